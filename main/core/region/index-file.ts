/**
 * The shape of `geo-data/out/region-index.json`: written by the geo-data build, read by the
 * region index. Kept in one place so writer and reader cannot drift apart.
 */
import type { BBox, Position } from './geometry.js';

export const REGION_INDEX_VERSION = 1;

/** A province as the index stores it. */
export interface SidoRecord {
  /** Current Interior code (2 digits), e.g. "51" for Gangwon. */
  code: string;
  /** SGIS 2018 code (2 digits), e.g. "32" for Gangwon. */
  sgisCode: string;
  name: string;
  nameEn: string;
  /** Names accepted on input besides `name`: former names and short forms (강원도, 강원, 서울시 ...). */
  aliases: string[];
  /** English names accepted on input besides `nameEn` (former names). */
  aliasesEn: string[];
  /** Former Interior codes still accepted on input (e.g. "42" for Gangwon). */
  oldCodes: string[];
  /** Sum of the sigungu's adults on the March 2022 electoral roll. */
  adults2022: number;
  centroid: Position;
  bbox: BBox;
}

/** A municipality (si/gun/gu) as the index stores it. */
export interface SigunguRecord {
  /** Current Interior code (5 digits), e.g. "11110", "27720" for Gunwi-gun. */
  code: string;
  /** SGIS 2018 code (5 digits), e.g. "11010". */
  sgisCode: string;
  /** Current Interior code of the province it belongs to now. */
  sidoCode: string;
  /** Official Korean name; compound city districts keep their space: "수원시 장안구". */
  name: string;
  nameEn: string;
  /** Former names accepted on input (e.g. "남구" for 미추홀구). */
  aliases: string[];
  /** Former Interior codes accepted on input (e.g. "47720" for Gunwi-gun). */
  oldCodes: string[];
  /** Interior code in the 2022 election file (before later renumbering). */
  code2022: string;
  /** POPU_ALL of the 20th presidential election (9 March 2022): adults 18+ on the roll, not population. */
  adults2022: number;
  centroid: Position;
  bbox: BBox;
}

/** An eup-myeon-dong (SGIS 2018 only). */
export interface EmdRecord {
  /** 7-digit SGIS code; its first 5 digits are the SGIS sigungu code. */
  sgisCode: string;
  /** Interior code of the sigungu it belongs to. */
  sigunguCode: string;
  name: string;
  nameEn: string;
  centroid: Position;
  bbox: BBox;
}

/** The whole attribute table. Arrays are sorted by code for stable output. */
export interface RegionIndexFile {
  version: number;
  /** What `adults2022` means, spelled out for anyone reading the file. */
  adults2022Note: string;
  sido: SidoRecord[];
  sigungu: SigunguRecord[];
  emd: EmdRecord[];
  /** Extra prefixes accepted by code lookups, e.g. {"47720": "27720", "42": "51"}. */
  codeAliases: Record<string, string>;
}
