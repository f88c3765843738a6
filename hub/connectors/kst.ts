/**
 * Korean sources give local time (KST, UTC+9, no daylight saving) without an offset. Converting by
 * arithmetic on UTC fields keeps the result independent of the machine's time zone.
 */
const KST_OFFSET_MS = 9 * 3600_000;

function build(y: number, mo: number, d: number, h: number, mi: number, s: number): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const t = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(t);
  if (back.getUTCDate() !== d || back.getUTCMonth() !== mo - 1) return null; // e.g. 02/30
  return t - KST_OFFSET_MS;
}

/** "YYYY/MM/DD HH:MM:SS" or "YYYY-MM-DD HH:MM:SS" (KST) → UTC epoch ms, or null if malformed. */
export function parseKstDateTime(text: string): number | null {
  const m = /^(\d{4})[/-](\d{2})[/-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  return build(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
}

/** "yyyyMMddHHmmss" (KST, ITS style) → UTC epoch ms, or null. */
export function parseKstCompact(text: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text.trim());
  if (!m) return null;
  return build(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
}

/** UTC epoch ms → "YYYY/MM/DD HH:MM:SS" in KST (for recorded payloads and the scenario). */
export function formatKstDateTime(t: number): string {
  const d = new Date(t + KST_OFFSET_MS);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}/${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}
