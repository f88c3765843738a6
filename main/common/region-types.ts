/**
 * Region types shared by the core (region index), the IPC contract and the renderer.
 * Codes are strings: leading zeros and fixed widths matter.
 */

/** A province (sido) or a municipality (sigungu). */
export interface RegionRef {
  /** Current Korean name, e.g. "서울특별시", "종로구". */
  name: string;
  /** English name, e.g. "Seoul", "Jongno-gu". */
  nameEn: string;
  /** Ministry of the Interior administrative code: 2 digits (sido) or 5 digits (sigungu), current (e.g. 51 for Gangwon). */
  code: string;
  /** Statistics Korea (SGIS) code: 2 digits (sido) or 5 digits (sigungu), as in the 2018 boundaries. */
  sgisCode: string;
}

/** An eup-myeon-dong: SGIS codes only (Interior codes are not available at this level here). */
export interface EmdRef {
  name: string;
  nameEn: string;
  /** 7-digit SGIS code. */
  sgisCode: string;
}

/** Result of point → region. */
export interface RegionHit {
  sido: RegionRef;
  sigungu: RegionRef;
  /** null where the point is inside a sigungu but in none of the dong polygons (slivers between datasets). */
  emd: EmdRef | null;
}

export type RegionLevel = 'sido' | 'sigungu' | 'emd';

/** What the region card shows. */
export interface RegionCard {
  level: RegionLevel;
  name: string;
  nameEn: string;
  /** Interior code (sido/sigungu) or null for dongs. */
  code: string | null;
  sgisCode: string;
  /** Parents from the top, e.g. [sido] for a sigungu, [sido, sigungu] for a dong. */
  parents: Array<{ level: RegionLevel; name: string; nameEn: string; code: string | null }>;
  /** Adults 18+ on the March 2022 electoral roll (POPU_ALL of the 20th presidential election); null for dongs. */
  adults2022: number | null;
  /** [lon, lat] of the region's label point / centroid. */
  centroid: [number, number];
  /** [minLon, minLat, maxLon, maxLat]. */
  bbox: [number, number, number, number];
}

/** One search hit for the region search box. */
export interface RegionSearchHit {
  level: RegionLevel;
  name: string;
  nameEn: string;
  /** Display path, e.g. "서울특별시 › 종로구". */
  path: string;
  pathEn: string;
  code: string | null;
  sgisCode: string;
  centroid: [number, number];
  bbox: [number, number, number, number];
}

/** Outcome of resolving a province + name or a bare name to a sigungu code. */
export type NameResolution =
  | { kind: 'found'; region: RegionRef; sido: RegionRef }
  | { kind: 'ambiguous'; candidates: Array<{ sido: RegionRef; region: RegionRef }> }
  | { kind: 'not-found'; reason: string };
