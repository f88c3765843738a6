/** UTC ms → "MM-DD HH:mm" in KST (what Korean control rooms read), whatever the machine's zone. */
export function kstShort(ts: number): string {
  const d = new Date(ts + 9 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}
