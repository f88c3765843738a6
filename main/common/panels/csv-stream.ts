/**
 * Incremental RFC 4180 CSV parsing: text arrives in chunks of any size (a quoted field, a CRLF or a
 * doubled quote may be split across chunks) and complete rows come out with their 1-based line number.
 * Used by file imports in the core (Node streams) and in the renderer (File.stream()).
 */

/** A parsed row and the line it started on. */
export interface CsvRow {
  line: number;
  fields: string[];
}

export class CsvStreamParser {
  private field = '';
  private row: string[] = [];
  private quoted = false;
  /** The previous chunk ended on a quote inside a quoted field (maybe the first of a doubled quote). */
  private pendingQuote = false;
  /** The previous chunk ended on CR (a following LF belongs to the same line break). */
  private pendingCr = false;
  private line = 1;
  private rowLine = 1;
  private first = true;

  /** Parses a chunk; returns the rows completed by it. */
  push(chunk: string): CsvRow[] {
    const rows: CsvRow[] = [];
    let i = 0;
    if (this.first && chunk.length > 0) {
      this.first = false;
      if (chunk.charCodeAt(0) === 0xfeff) i = 1; // byte-order mark
    }
    for (; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (this.pendingCr) {
        this.pendingCr = false;
        if (c === '\n') continue;
      }
      if (this.pendingQuote) {
        this.pendingQuote = false;
        if (c === '"') {
          this.field += '"';
          continue;
        }
        this.quoted = false; // that quote closed the field; fall through to handle c unquoted
      }
      if (this.quoted) {
        if (c === '"') {
          if (i + 1 < chunk.length) {
            if (chunk[i + 1] === '"') {
              this.field += '"';
              i++;
            } else this.quoted = false;
          } else this.pendingQuote = true;
        } else {
          if (c === '\n') this.line++;
          this.field += c;
        }
      } else if (c === '"' && this.field === '') this.quoted = true;
      else if (c === ',') {
        this.row.push(this.field);
        this.field = '';
      } else if (c === '\n' || c === '\r') {
        if (c === '\r') {
          if (i + 1 < chunk.length) {
            if (chunk[i + 1] === '\n') i++;
          } else this.pendingCr = true;
        }
        this.endRow(rows);
        this.line++;
        this.rowLine = this.line;
      } else this.field += c;
    }
    return rows;
  }

  /** Ends the input; returns the last row if the text did not end with a line break. */
  end(): CsvRow[] {
    const rows: CsvRow[] = [];
    if (this.pendingQuote) {
      this.pendingQuote = false;
      this.quoted = false;
    }
    if (this.field !== '' || this.row.length > 0) this.endRow(rows);
    return rows;
  }

  private endRow(rows: CsvRow[]): void {
    this.row.push(this.field);
    const fields = this.row;
    this.row = [];
    this.field = '';
    // Blank lines are not rows.
    if (!(fields.length === 1 && fields[0]!.trim() === '')) rows.push({ line: this.rowLine, fields });
  }
}

/** Whole-text convenience: every row of a CSV text. */
export function parseCsvText(text: string): CsvRow[] {
  const p = new CsvStreamParser();
  return [...p.push(text), ...p.end()];
}

/** One CSV field, quoted when it holds a comma, a quote, a line break or edge spaces. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
