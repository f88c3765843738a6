/**
 * A dBASE III (.dbf) reader for shapefile attribute tables. Text is decoded with iconv-lite in the
 * given encoding: the national node-link files are CP949 (a .cpg file, when present, names it).
 * Field names are ASCII. Numeric fields come back as numbers (null when blank), others as trimmed text.
 */
import iconv from 'iconv-lite';

export interface DbfField {
  name: string;
  type: string;
  length: number;
  decimals: number;
}

export type DbfValue = string | number | boolean | null;

export interface DbfFile {
  fields: DbfField[];
  /** Rows in file order; a row marked deleted is kept as `deleted: true` so record numbers still line up with the .shp. */
  rows: Array<{ deleted: boolean; values: Record<string, DbfValue> }>;
}

export function readDbf(buf: Buffer, encoding = 'cp949'): DbfFile {
  if (buf.length < 32) throw new Error(`not a dbf file: ${buf.length} bytes`);
  if (!iconv.encodingExists(encoding)) throw new Error(`unknown text encoding ${encoding}`);
  const count = buf.readUInt32LE(4);
  const headerLen = buf.readUInt16LE(8);
  const recordLen = buf.readUInt16LE(10);
  if (headerLen < 33 || headerLen > buf.length || recordLen < 1) throw new Error(`not a dbf file: header ${headerLen} bytes, record ${recordLen} bytes`);
  const fields: DbfField[] = [];
  for (let off = 32; off + 32 <= headerLen && buf[off] !== 0x0d; off += 32) {
    const rawName = buf.subarray(off, off + 11);
    const nul = rawName.indexOf(0);
    fields.push({
      name: rawName.subarray(0, nul < 0 ? 11 : nul).toString('latin1').trim(),
      type: String.fromCharCode(buf[off + 11]!),
      length: buf[off + 16]!,
      decimals: buf[off + 17]!,
    });
  }
  const width = 1 + fields.reduce((s, f) => s + f.length, 0);
  if (width > recordLen) throw new Error(`dbf fields need ${width} bytes per record, the header says ${recordLen}`);
  const rows: DbfFile['rows'] = [];
  for (let i = 0; i < count; i++) {
    const start = headerLen + i * recordLen;
    if (start + recordLen > buf.length) break; // truncated file: the importer notices the missing rows
    const deleted = buf[start] === 0x2a;
    const values: Record<string, DbfValue> = {};
    let off = start + 1;
    for (const f of fields) {
      values[f.name] = decodeField(buf.subarray(off, off + f.length), f, encoding);
      off += f.length;
    }
    rows.push({ deleted, values });
  }
  return { fields, rows };
}

function decodeField(raw: Buffer, f: DbfField, encoding: string): DbfValue {
  switch (f.type) {
    case 'N':
    case 'F': {
      const t = raw.toString('latin1').trim();
      if (t === '' || /^\*+$/.test(t)) return null;
      const n = Number(t);
      return Number.isFinite(n) ? n : t;
    }
    case 'L': {
      const c = raw.toString('latin1').trim().toUpperCase();
      return c === 'Y' || c === 'T' ? true : c === 'N' || c === 'F' ? false : null;
    }
    default: {
      // Cut at the first NUL: some writers pad with NUL instead of spaces.
      const nul = raw.indexOf(0);
      return iconv.decode(nul < 0 ? raw : raw.subarray(0, nul), encoding).trim();
    }
  }
}
