/**
 * A small ESRI shapefile (.shp) reader for the shapes the national node-link files use: Point and
 * PolyLine, plus Polygon for the forest-base importer (and their Z/M variants, whose extra measures are
 * ignored; a polygon record has the polyline layout, its parts are rings). Records are read in order;
 * a malformed record becomes an entry with an error rather than stopping the file, so the importer
 * can reject it with its reason.
 */

/** Shape type codes from the ESRI shapefile technical description (1998). */
export const SHAPE = { null: 0, point: 1, polyLine: 3, polygon: 5, pointZ: 11, polyLineZ: 13, polygonZ: 15, pointM: 21, polyLineM: 23, polygonM: 25 } as const;

export type ShpGeometry =
  | { type: 'Point'; coordinates: [number, number] }
  | { type: 'PolyLine'; parts: Array<Array<[number, number]>> }
  /** Rings as stored: outer rings clockwise, holes counter-clockwise (ESRI); grouping them is the caller's. */
  | { type: 'Polygon'; rings: Array<Array<[number, number]>> }
  | { type: 'Null' };

/** One record: its 1-based number from the file, the geometry, or why it could not be read. */
export type ShpRecord = { number: number; geometry: ShpGeometry } | { number: number; error: string };

export interface ShpFile {
  shapeType: number;
  bbox: [number, number, number, number];
  records: ShpRecord[];
}

const FILE_CODE = 9994;

/** Reads a whole .shp; throws only when the header itself is not a shapefile header. */
export function readShp(buf: Buffer): ShpFile {
  if (buf.length < 100) throw new Error(`not a shapefile: ${buf.length} bytes, the header alone is 100`);
  if (buf.readInt32BE(0) !== FILE_CODE) throw new Error(`not a shapefile: file code ${buf.readInt32BE(0)}, expected ${FILE_CODE}`);
  const declared = buf.readInt32BE(24) * 2;
  const end = Math.min(declared, buf.length);
  const shapeType = buf.readInt32LE(32);
  const bbox: ShpFile['bbox'] = [buf.readDoubleLE(36), buf.readDoubleLE(44), buf.readDoubleLE(52), buf.readDoubleLE(60)];
  const records: ShpRecord[] = [];
  let off = 100;
  while (off + 8 <= end) {
    const number = buf.readInt32BE(off);
    const len = buf.readInt32BE(off + 4) * 2;
    const start = off + 8;
    if (len < 4 || start + len > end) {
      records.push({ number, error: `record ${number}: content length ${len} runs past the end of the file` });
      break;
    }
    records.push(readRecord(buf.subarray(start, start + len), number));
    off = start + len;
  }
  return { shapeType, bbox, records };
}

function readRecord(c: Buffer, number: number): ShpRecord {
  const type = c.readInt32LE(0);
  switch (type) {
    case SHAPE.null:
      return { number, geometry: { type: 'Null' } };
    case SHAPE.point:
    case SHAPE.pointZ:
    case SHAPE.pointM: {
      if (c.length < 20) return { number, error: `record ${number}: point record too short (${c.length} bytes)` };
      return { number, geometry: { type: 'Point', coordinates: [c.readDoubleLE(4), c.readDoubleLE(12)] } };
    }
    case SHAPE.polyLine:
    case SHAPE.polyLineZ:
    case SHAPE.polyLineM:
    case SHAPE.polygon:
    case SHAPE.polygonZ:
    case SHAPE.polygonM: {
      const polygon = type === SHAPE.polygon || type === SHAPE.polygonZ || type === SHAPE.polygonM;
      if (c.length < 44) return { number, error: `record ${number}: ${polygon ? 'polygon' : 'polyline'} record too short (${c.length} bytes)` };
      const numParts = c.readInt32LE(36);
      const numPoints = c.readInt32LE(40);
      const pointsAt = 44 + 4 * numParts;
      if (numParts < 1 || numPoints < 0 || pointsAt + 16 * numPoints > c.length) {
        return { number, error: `record ${number}: ${numParts} parts / ${numPoints} points do not fit in ${c.length} bytes` };
      }
      const starts: number[] = [];
      for (let i = 0; i < numParts; i++) starts.push(c.readInt32LE(44 + 4 * i));
      if (starts[0] !== 0 || starts.some((s, i) => s < 0 || s > numPoints || (i > 0 && s < starts[i - 1]!))) {
        return { number, error: `record ${number}: part offsets ${JSON.stringify(starts)} are not ascending from 0 within ${numPoints} points` };
      }
      const parts: Array<Array<[number, number]>> = [];
      for (let p = 0; p < numParts; p++) {
        const from = starts[p]!;
        const to = p + 1 < numParts ? starts[p + 1]! : numPoints;
        const pts: Array<[number, number]> = [];
        for (let i = from; i < to; i++) pts.push([c.readDoubleLE(pointsAt + 16 * i), c.readDoubleLE(pointsAt + 16 * i + 8)]);
        parts.push(pts);
      }
      return { number, geometry: polygon ? { type: 'Polygon', rings: parts } : { type: 'PolyLine', parts } };
    }
    default:
      return { number, error: `record ${number}: unsupported shape type ${type}` };
  }
}
