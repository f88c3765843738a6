/**
 * Times shown to operators are Korean Standard Time (UTC+9, no daylight saving), whatever the
 * workstation's own time zone: computed by offset, not from the local clock's zone.
 */
const KST_OFFSET_MS = 9 * 60 * 60 * 1000;

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD HH:mm KST` for a UTC epoch ms. */
export function formatKst(utcMs: number): string {
  const d = new Date(utcMs + KST_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} KST`;
}
