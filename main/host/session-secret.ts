/** The per-launch secret that a WebSocket client must present (`/ipc?secret=…`). */
import { randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes as hex: unguessable, and safe in a URL. */
export function newSessionSecret(): string {
  return randomBytes(32).toString('hex');
}

/** Compare in constant time, so the time taken says nothing about how much of a guess was right. */
export function secretMatches(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  // timingSafeEqual needs equal lengths; comparing `a` with itself keeps the work the same.
  if (a.length !== b.length) {
    timingSafeEqual(a, a);
    return false;
  }
  return timingSafeEqual(a, b);
}
