/**
 * Builds the three administrative levels with both code systems:
 * - sigungu geometry from SGIS 2018; the Interior code, 2022 name and adults on the 2022 roll come
 *   from the 2022 election file, matched by spatial overlap (sample points) and checked by name;
 * - sido geometry dissolved from sigungu along shared arcs, grouped by the *current* province, so
 *   Gunwi-gun (moved to Daegu in 2023) is part of Daegu's polygon;
 * - eup-myeon-dong from SGIS 2018, attached to their sigungu by the first 5 SGIS digits.
 */
import type { Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { GridIndex } from '../../main/core/region/grid-index.js';
import type { BBox, MultiPolygonCoords, PolygonCoords, Position } from '../../main/core/region/geometry.js';
import { interiorPoint, multiPolygonBBox, pointInMultiPolygon } from '../../main/core/region/geometry.js';
import type { EmdRecord, RegionIndexFile, SidoRecord, SigunguRecord } from '../../main/core/region/index-file.js';
import { REGION_INDEX_VERSION } from '../../main/core/region/index-file.js';
import { SIDO_CODE_CHANGES, SIDO_FACTS, SIGUNGU_CODE_CHANGES, SIGUNGU_OLD_NAMES, SIGUNGU_PART_CODES, emdNameEn, sigunguName, sigunguNameEn } from './names.js';
import type { TopoArea } from './topology.js';
import { areaObjects, mergedCoords, objectCoords } from './topology.js';

/** A region with its geometry, ready to be written as a GeoJSON feature. */
export interface RegionShape {
  id: number;
  code: string | null;
  sgisCode: string;
  name: string;
  nameEn: string;
  coords: MultiPolygonCoords;
}

export interface VoteProps {
  sgg: string;
  SIDONM: string;
  SGGNM: string;
  POPU_ALL: number;
}

export interface RegionsResult {
  sido: RegionShape[];
  sigungu: RegionShape[];
  emd: RegionShape[];
  index: RegionIndexFile;
  /** Lines for the build log: the SGIS ↔ Interior matching report. */
  log: string[];
}

type SgisProps = { name: string; name_eng: string; code: string };

const props = (o: TopoArea): SgisProps => o.properties as unknown as SgisProps;
const byCode = <T extends { sgisCode: string }>(a: T, b: T): number => (a.sgisCode < b.sgisCode ? -1 : a.sgisCode > b.sgisCode ? 1 : 0);
const compact = (s: string): string => s.replace(/\s+/g, '');

/** Current Interior code for a 2022 code: Gunwi's move, then province renumbering. */
export function currentSigunguCode(code2022: string): string {
  const moved = SIGUNGU_CODE_CHANGES[code2022];
  if (moved) return moved;
  const sido = SIDO_CODE_CHANGES[code2022.slice(0, 2)];
  return sido ? sido + code2022.slice(2) : code2022;
}

/** Deterministic points inside a polygon, for estimating which SGIS sigungu it overlaps. */
function samplePoints(coords: MultiPolygonCoords): Position[] {
  const [x0, y0, x1, y1] = multiPolygonBBox(coords);
  for (const n of [12, 40]) {
    const pts: Position[] = [];
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const p: Position = [x0 + ((x1 - x0) * (i + 0.5)) / n, y0 + ((y1 - y0) * (j + 0.5)) / n];
        if (pointInMultiPolygon(p[0], p[1], coords)) pts.push(p);
      }
    }
    if (pts.length >= 20) return pts;
  }
  return [interiorPoint(coords)];
}

function toCoords(g: Polygon | MultiPolygon): MultiPolygonCoords {
  return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as PolygonCoords[];
}

/** Matches every 2022 sigungu to one SGIS 2018 sigungu; throws unless the result is one-to-one. */
function matchSigungu(sgis: Array<{ sgisCode: string; name: string; coords: MultiPolygonCoords }>, vote: Array<Feature<Polygon | MultiPolygon, VoteProps>>, log: string[]): Map<string, Feature<Polygon | MultiPolygon, VoteProps>> {
  const grid = new GridIndex(sgis.map((s) => s.coords));
  const result = new Map<string, Feature<Polygon | MultiPolygon, VoteProps>>();
  const problems: string[] = [];
  for (const f of [...vote].sort((a, b) => (a.properties.sgg < b.properties.sgg ? -1 : 1))) {
    const tally = new Map<number, number>();
    const pts = samplePoints(toCoords(f.geometry));
    for (const p of pts) {
      const k = grid.find(p[0], p[1]);
      if (k >= 0) tally.set(k, (tally.get(k) ?? 0) + 1);
    }
    const ranked = [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const top = ranked[0];
    const label = `${f.properties.sgg} ${f.properties.SIDONM} ${f.properties.SGGNM}`;
    if (!top) {
      problems.push(`${label}: overlaps no SGIS 2018 sigungu`);
      continue;
    }
    const share = top[1] / pts.length;
    const s = sgis[top[0]]!;
    if (share < 0.8) problems.push(`${label}: best SGIS match ${s.sgisCode} ${s.name} covers only ${(share * 100).toFixed(0)}% of it`);
    const prior = result.get(s.sgisCode);
    if (prior) problems.push(`${label} and ${prior.properties.sgg} both match SGIS ${s.sgisCode} ${s.name}`);
    result.set(s.sgisCode, f);
    const code = f.properties.sgg;
    const sameName = compact(s.name) === compact(f.properties.SGGNM);
    const known = (SIGUNGU_OLD_NAMES[currentSigunguCode(code)] ?? []).includes(s.name);
    if (!sameName) {
      const how = known ? 'known rename, kept (old name accepted on input)' : 'UNEXPECTED name difference, spatial match kept';
      log.push(`sigungu match: SGIS ${s.sgisCode} "${s.name}" ↔ Interior ${code} "${f.properties.SGGNM}" by overlap ${(share * 100).toFixed(0)}%: ${how}`);
    }
  }
  for (const s of sgis) if (!result.has(s.sgisCode)) problems.push(`SGIS ${s.sgisCode} ${s.name} has no 2022 counterpart`);
  if (problems.length > 0) throw new Error(`geo-data: SGIS 2018 ↔ Interior 2022 sigungu matching is not one-to-one:\n  ${problems.join('\n  ')}`);
  log.push(`sigungu match: ${result.size} SGIS 2018 sigungu ↔ ${vote.length} Interior 2022 sigungu, one-to-one`);
  return result;
}

const r6 = (p: Position): Position => [Math.round(p[0] * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6];
const rBox = (b: BBox): BBox => [...r6([b[0], b[1]]), ...r6([b[2], b[3]])] as BBox;

/**
 * @param muni full-detail SGIS municipalities topology, already rounded (see simplifyTopology)
 * @param sub SGIS sub-municipalities topology, already rounded
 */
export function buildRegions(muni: Topology, sub: Topology, vote: FeatureCollection<Polygon | MultiPolygon, VoteProps>): RegionsResult {
  const log: string[] = [];
  const muniObjects = areaObjects(muni).sort((a, b) => (props(a).code < props(b).code ? -1 : 1));
  const sgisSigungu = muniObjects.map((o) => ({ sgisCode: props(o).code, name: props(o).name, nameEng: props(o).name_eng, object: o, coords: objectCoords(muni, o) }));
  const matches = matchSigungu(sgisSigungu, vote.features, log);

  const sidoByCode = new Map(SIDO_FACTS.map((s) => [s.code, s]));
  const sigunguRecords: SigunguRecord[] = [];
  const sigunguShapes: RegionShape[] = [];
  for (const s of sgisSigungu) {
    const v = matches.get(s.sgisCode)!.properties;
    const code = currentSigunguCode(v.sgg);
    const sidoCode = code.slice(0, 2);
    const sidoFact = sidoByCode.get(sidoCode);
    if (!sidoFact) throw new Error(`geo-data: sigungu ${code} belongs to no known province`);
    if (sidoFact.sgisCode !== s.sgisCode.slice(0, 2)) log.push(`sigungu ${code} ${s.name}: SGIS province ${s.sgisCode.slice(0, 2)} → current province ${sidoFact.code} ${sidoFact.name}`);
    const name = sigunguName(v.SGGNM);
    const aliases = [...new Set([...(SIGUNGU_OLD_NAMES[code] ?? []), ...(compact(s.name) !== compact(name) ? [sigunguName(s.name)] : [])])].filter((a) => a !== name).sort();
    const oldCodes = [...(v.sgg !== code ? [v.sgg] : []), ...Object.entries(SIGUNGU_PART_CODES).filter(([, to]) => to === code).map(([from]) => from)].sort();
    const centroid = r6(interiorPoint(s.coords));
    sigunguRecords.push({ code, sgisCode: s.sgisCode, sidoCode, name, nameEn: sigunguNameEn(s.sgisCode, s.name, s.nameEng), aliases, oldCodes, code2022: v.sgg, adults2022: v.POPU_ALL, centroid, bbox: rBox(multiPolygonBBox(s.coords)) });
  }
  sigunguRecords.forEach((r, i) => sigunguShapes.push({ id: i + 1, code: r.code, sgisCode: r.sgisCode, name: r.name, nameEn: r.nameEn, coords: sgisSigungu[i]!.coords }));

  const sidoRecords: SidoRecord[] = [];
  const sidoShapes: RegionShape[] = [];
  for (const fact of [...SIDO_FACTS].sort((a, b) => (a.sgisCode < b.sgisCode ? -1 : 1))) {
    const members = sigunguRecords.map((r, i) => ({ r, o: sgisSigungu[i]!.object })).filter((m) => m.r.sidoCode === fact.code);
    if (members.length === 0) throw new Error(`geo-data: province ${fact.code} ${fact.name} has no sigungu`);
    const coords = mergedCoords(muni, members.map((m) => m.o));
    const adults = members.reduce((sum, m) => sum + m.r.adults2022, 0);
    sidoRecords.push({ code: fact.code, sgisCode: fact.sgisCode, name: fact.name, nameEn: fact.nameEn, aliases: [...fact.aliases].sort(), aliasesEn: [...fact.aliasesEn].sort(), oldCodes: fact.oldCodes, adults2022: adults, centroid: r6(interiorPoint(coords)), bbox: rBox(multiPolygonBBox(coords)) });
    sidoShapes.push({ id: sidoShapes.length + 1, code: fact.code, sgisCode: fact.sgisCode, name: fact.name, nameEn: fact.nameEn, coords });
  }

  const sigunguBySgis = new Map(sigunguRecords.map((r) => [r.sgisCode, r]));
  const emdRecords: EmdRecord[] = [];
  const emdShapes: RegionShape[] = [];
  for (const o of areaObjects(sub).sort((a, b) => (props(a).code < props(b).code ? -1 : 1))) {
    const p = props(o);
    const parent = sigunguBySgis.get(p.code.slice(0, 5));
    if (!parent) throw new Error(`geo-data: eup-myeon-dong ${p.code} ${p.name} has no sigungu ${p.code.slice(0, 5)}`);
    const coords = objectCoords(sub, o);
    if (coords.length === 0) throw new Error(`geo-data: eup-myeon-dong ${p.code} ${p.name} has no area`);
    const rec: EmdRecord = { sgisCode: p.code, sigunguCode: parent.code, name: p.name.trim(), nameEn: emdNameEn(p.name, p.name_eng), centroid: r6(interiorPoint(coords)), bbox: rBox(multiPolygonBBox(coords)) };
    emdRecords.push(rec);
    emdShapes.push({ id: emdShapes.length + 1, code: null, sgisCode: rec.sgisCode, name: rec.name, nameEn: rec.nameEn, coords });
  }

  const codeAliases: Record<string, string> = { ...SIDO_CODE_CHANGES, ...SIGUNGU_CODE_CHANGES, ...SIGUNGU_PART_CODES };
  const index: RegionIndexFile = {
    version: REGION_INDEX_VERSION,
    adults2022Note: 'adults2022 = POPU_ALL of the 20th presidential election (9 March 2022): adults 18+ on the electoral roll, not the total population',
    sido: sidoRecords.sort(byCode),
    sigungu: sigunguRecords,
    emd: emdRecords,
    codeAliases: Object.fromEntries(Object.entries(codeAliases).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
  return { sido: sidoShapes, sigungu: sigunguShapes, emd: emdShapes, index, log };
}
