/**
 * Minimal shapefile writer for tests: .shp + .shx (Point or PolyLine) and a dBASE III .dbf with
 * text encoded in a chosen encoding (CP949 by default), following the ESRI technical description.
 */
import iconv from 'iconv-lite';

/** A point, a polyline as parts of points, or null (a Null shape). */
export type TestShape = [number, number] | Array<Array<[number, number]>> | null;

export function writeShp(kind: 'point' | 'polyline', shapes: TestShape[]): { shp: Buffer; shx: Buffer } {
  const contents = shapes.map((s) => {
    if (s === null) {
      const b = Buffer.alloc(4);
      b.writeInt32LE(0, 0);
      return b;
    }
    if (kind === 'point') {
      const [x, y] = s as [number, number];
      const b = Buffer.alloc(20);
      b.writeInt32LE(1, 0);
      b.writeDoubleLE(x, 4);
      b.writeDoubleLE(y, 12);
      return b;
    }
    const parts = s as Array<Array<[number, number]>>;
    const pts = parts.flat();
    const b = Buffer.alloc(44 + 4 * parts.length + 16 * pts.length);
    b.writeInt32LE(3, 0);
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((v, i) => b.writeDoubleLE(v, 4 + 8 * i));
    b.writeInt32LE(parts.length, 36);
    b.writeInt32LE(pts.length, 40);
    let start = 0;
    parts.forEach((p, i) => {
      b.writeInt32LE(start, 44 + 4 * i);
      start += p.length;
    });
    const at = 44 + 4 * parts.length;
    pts.forEach((p, i) => {
      b.writeDoubleLE(p[0], at + 16 * i);
      b.writeDoubleLE(p[1], at + 16 * i + 8);
    });
    return b;
  });
  const header = (lengthBytes: number) => {
    const h = Buffer.alloc(100);
    h.writeInt32BE(9994, 0);
    h.writeInt32BE(lengthBytes / 2, 24);
    h.writeInt32LE(1000, 28);
    h.writeInt32LE(kind === 'point' ? 1 : 3, 32);
    return h;
  };
  const records: Buffer[] = [];
  const index: Buffer[] = [];
  let offset = 100;
  contents.forEach((c, i) => {
    const rh = Buffer.alloc(8);
    rh.writeInt32BE(i + 1, 0);
    rh.writeInt32BE(c.length / 2, 4);
    records.push(rh, c);
    const ix = Buffer.alloc(8);
    ix.writeInt32BE(offset / 2, 0);
    ix.writeInt32BE(c.length / 2, 4);
    index.push(ix);
    offset += 8 + c.length;
  });
  return { shp: Buffer.concat([header(offset), ...records]), shx: Buffer.concat([header(100 + 8 * shapes.length), ...index]) };
}

export interface TestField {
  name: string;
  type: 'C' | 'N';
  length: number;
  decimals?: number;
}

/** dBASE III table; `deleted` marks rows with the '*' flag. */
export function writeDbf(fields: TestField[], rows: Array<Record<string, string | number | null>>, opts: { encoding?: string; deleted?: number[] } = {}): Buffer {
  const enc = opts.encoding ?? 'cp949';
  const headerLen = 32 + 32 * fields.length + 1;
  const recordLen = 1 + fields.reduce((s, f) => s + f.length, 0);
  const b = Buffer.alloc(headerLen + recordLen * rows.length + 1, 0x20);
  b.fill(0, 0, headerLen);
  b[0] = 0x03;
  b[1] = 126;
  b[2] = 9;
  b[3] = 15;
  b.writeUInt32LE(rows.length, 4);
  b.writeUInt16LE(headerLen, 8);
  b.writeUInt16LE(recordLen, 10);
  fields.forEach((f, i) => {
    const off = 32 + 32 * i;
    b.write(f.name, off, 'latin1');
    b[off + 11] = f.type.charCodeAt(0);
    b[off + 16] = f.length;
    b[off + 17] = f.decimals ?? 0;
  });
  b[headerLen - 1] = 0x0d;
  rows.forEach((row, r) => {
    const start = headerLen + r * recordLen;
    b[start] = opts.deleted?.includes(r) ? 0x2a : 0x20;
    let off = start + 1;
    for (const f of fields) {
      const v = row[f.name];
      let bytes: Buffer;
      if (v === null || v === undefined) bytes = Buffer.alloc(0);
      else if (f.type === 'N') bytes = Buffer.from(String(v).padStart(f.length, ' '), 'latin1');
      else bytes = iconv.encode(String(v), enc);
      bytes.copy(b, off, 0, Math.min(bytes.length, f.length));
      off += f.length;
    }
  });
  b[b.length - 1] = 0x1a;
  return b;
}
