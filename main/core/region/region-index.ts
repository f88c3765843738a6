/**
 * The region index: point → {sido, sigungu, eup-myeon-dong}, code → card/geometry, name → code,
 * 10-digit feed codes → sigungu. Built once from geo-data/out; every method is synchronous and
 * allocation-light because `at` runs on every mouse move.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { NameResolution, RegionCard, RegionHit, RegionLevel, RegionRef, RegionSearchHit } from '../../common/region-types.js';
import { assertNever } from '../../common/assert-never.js';
import type { Position } from './geometry.js';
import type { EmdRecord, SidoRecord, SigunguRecord } from './index-file.js';
import { findProvince, resolveSigunguName } from './name-match.js';
import type { RegionData } from './region-data.js';
import { emdRef, loadRegionData, sidoRef, sigunguRef } from './region-data.js';
import { buildSearchEntries, searchEntries } from './search.js';

/** A sigungu with its current province. */
export interface SigunguWithSido {
  sido: RegionRef;
  sigungu: RegionRef;
}

/** The region index API (see README of geo-data for the data behind it). */
export interface RegionIndex {
  /** Region under a point, or null outside South Korea (sea, neighbours). */
  at(lon: number, lat: number): RegionHit | null;
  /** Card for a region. `code`: Interior code (sido/sigungu; old codes such as 42, 47720 too), else SGIS code; SGIS 7-digit for emd. */
  card(level: RegionLevel, code: string): RegionCard | null;
  /** Regions by Korean or English name; exact, then prefix, then substring matches. */
  search(query: string, limit?: number): RegionSearchHit[];
  /** Province (may be null) + sigungu name → sigungu; ambiguous bare names list every candidate. */
  resolveName(province: string | null, name: string): NameResolution;
  /** A province by any of its names: 서울, 서울특별시, 강원도, 강원특별자치도, Seoul ... */
  resolveProvince(name: string): RegionRef | null;
  /** 10-digit legal-dong or administrative code (or any code of ≥5 digits) → its sigungu, old codes accepted. */
  sigunguByCode10(code: string): SigunguWithSido | null;
  /** Full-detail geometry (GeoJSON) of a region, codes as for `card`. */
  geometry(level: RegionLevel, code: string): Polygon | MultiPolygon | null;
  /** Label point / centroid [lon, lat] inside the region. */
  centroid(level: RegionLevel, code: string): [number, number] | null;
  /** Adults 18+ on the March 2022 electoral roll (POPU_ALL) of a sigungu or province: not population. */
  adults2022(code: string): number | null;
  /** All records of a level, in code order (for lists and tests). */
  list(level: 'sido'): RegionRef[];
  list(level: 'sigungu'): RegionRef[];
  list(level: 'emd'): Array<{ name: string; nameEn: string; sgisCode: string }>;
}

type AnyRecord = { kind: 'sido'; r: SidoRecord } | { kind: 'sigungu'; r: SigunguRecord } | { kind: 'emd'; r: EmdRecord };

class RegionIndexImpl implements RegionIndex {
  private searchIndex: ReturnType<typeof buildSearchEntries> | undefined;

  constructor(private readonly d: RegionData) {}

  at(lon: number, lat: number): RegionHit | null {
    const k = this.d.sigunguGrid.find(lon, lat);
    if (k < 0) return null;
    const sg = this.d.sigunguList[k]!;
    const sido = this.d.sidoByCode.get(sg.sidoCode)!;
    const e = this.d.emdGrid.find(lon, lat, (i) => this.d.emdList[i]!.sigunguCode === sg.code);
    return { sido: sidoRef(sido), sigungu: sigunguRef(sg), emd: e < 0 ? null : emdRef(this.d.emdList[e]!) };
  }

  private sido(code: string): SidoRecord | undefined {
    const d = this.d;
    return d.sidoByCode.get(code) ?? d.sidoByCode.get(d.file.codeAliases[code] ?? '') ?? d.sidoBySgis.get(code);
  }

  private sigungu(code: string): SigunguRecord | undefined {
    const d = this.d;
    if (!/^\d{5}$/.test(code)) return undefined;
    const direct = d.sigunguByCode.get(code) ?? d.sigunguByCode.get(d.file.codeAliases[code] ?? '');
    if (direct) return direct;
    const renumbered = d.file.codeAliases[code.slice(0, 2)];
    const viaSido = renumbered ? d.sigunguByCode.get(renumbered + code.slice(2)) : undefined;
    return viaSido ?? d.file.sigungu.find((r) => r.oldCodes.includes(code)) ?? d.sigunguBySgis.get(code);
  }

  private find(level: RegionLevel, code: string): AnyRecord | null {
    const c = code.trim();
    switch (level) {
      case 'sido': {
        const r = this.sido(c);
        return r ? { kind: 'sido', r } : null;
      }
      case 'sigungu': {
        const r = this.sigungu(c);
        return r ? { kind: 'sigungu', r } : null;
      }
      case 'emd': {
        const r = this.d.emdBySgis.get(c);
        return r ? { kind: 'emd', r } : null;
      }
      default:
        return assertNever(level, 'region level');
    }
  }

  card(level: RegionLevel, code: string): RegionCard | null {
    const found = this.find(level, code);
    if (!found) return null;
    const { r } = found;
    const base = { name: r.name, nameEn: r.nameEn, sgisCode: r.sgisCode, centroid: r.centroid, bbox: r.bbox };
    switch (found.kind) {
      case 'sido':
        return { level: 'sido', ...base, code: found.r.code, parents: [], adults2022: found.r.adults2022 };
      case 'sigungu': {
        const sido = this.d.sidoByCode.get(found.r.sidoCode)!;
        return { level: 'sigungu', ...base, code: found.r.code, parents: [{ level: 'sido', name: sido.name, nameEn: sido.nameEn, code: sido.code }], adults2022: found.r.adults2022 };
      }
      case 'emd': {
        const sg = this.d.sigunguByCode.get(found.r.sigunguCode)!;
        const sido = this.d.sidoByCode.get(sg.sidoCode)!;
        const parents = [
          { level: 'sido' as const, name: sido.name, nameEn: sido.nameEn, code: sido.code },
          { level: 'sigungu' as const, name: sg.name, nameEn: sg.nameEn, code: sg.code },
        ];
        return { level: 'emd', ...base, code: null, parents, adults2022: null };
      }
      default:
        return assertNever(found, 'region record');
    }
  }

  search(query: string, limit = 10): RegionSearchHit[] {
    this.searchIndex ??= buildSearchEntries(this.d);
    return searchEntries(this.searchIndex, query, limit);
  }

  resolveName(province: string | null, name: string): NameResolution {
    return resolveSigunguName(this.d, province, name);
  }

  resolveProvince(name: string): RegionRef | null {
    const r = findProvince(this.d, name);
    return r ? sidoRef(r) : null;
  }

  sigunguByCode10(code: string): SigunguWithSido | null {
    const c = code.trim();
    if (!/^\d{5,10}$/.test(c)) return null;
    const prefix = c.slice(0, 5);
    // Interior codes only: a 10-digit feed code is never an SGIS code.
    const d = this.d;
    const direct = d.sigunguByCode.get(prefix) ?? d.sigunguByCode.get(d.file.codeAliases[prefix] ?? '');
    const renumbered = d.file.codeAliases[prefix.slice(0, 2)];
    const r = direct ?? (renumbered ? d.sigunguByCode.get(renumbered + prefix.slice(2)) : undefined) ?? d.file.sigungu.find((s) => s.oldCodes.includes(prefix));
    if (!r) return null;
    return { sido: sidoRef(d.sidoByCode.get(r.sidoCode)!), sigungu: sigunguRef(r) };
  }

  geometry(level: RegionLevel, code: string): Polygon | MultiPolygon | null {
    const found = this.find(level, code);
    if (!found) return null;
    const key = found.kind === 'emd' ? found.r.sgisCode : found.r.code;
    const coords = this.d.geometry[found.kind].get(key);
    if (!coords) return null;
    return coords.length === 1 ? { type: 'Polygon', coordinates: coords[0]! } : { type: 'MultiPolygon', coordinates: coords };
  }

  centroid(level: RegionLevel, code: string): [number, number] | null {
    const found = this.find(level, code);
    return found ? ([...found.r.centroid] as Position) : null;
  }

  adults2022(code: string): number | null {
    const c = code.trim();
    if (/^\d{2}$/.test(c)) return this.sido(c)?.adults2022 ?? null;
    return this.sigungu(c)?.adults2022 ?? null;
  }

  list(level: 'sido' | 'sigungu'): RegionRef[];
  list(level: 'emd'): Array<{ name: string; nameEn: string; sgisCode: string }>;
  list(level: RegionLevel): Array<RegionRef | { name: string; nameEn: string; sgisCode: string }> {
    switch (level) {
      case 'sido':
        return this.d.file.sido.map(sidoRef);
      case 'sigungu':
        return this.d.file.sigungu.map(sigunguRef);
      case 'emd':
        return this.d.file.emd.map(emdRef);
      default:
        return assertNever(level, 'region level');
    }
  }
}

/**
 * Loads the index from a geo-data output folder (geo-data/out). Throws GeoDataMissingError with
 * the command to run when the folder was not built.
 */
export function loadRegionIndex(geoDataDir: string): RegionIndex {
  return new RegionIndexImpl(loadRegionData(geoDataDir));
}
