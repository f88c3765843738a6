/**
 * Remembering the window's place across restarts, kept in settings.layout under `window.*` keys.
 * Multi-monitor: saved bounds are reused only if they are still mostly on a connected display (a
 * monitor may have been unplugged); otherwise the window opens at the default size on the primary one.
 */

/** A rectangle in screen coordinates (Electron's Rectangle). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Saved window state. */
export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

type Layout = Record<string, number | boolean | string>;

/** Read window state from settings.layout, or null if absent or incomplete. */
export function windowStateFromLayout(layout: Layout): WindowState | null {
  const { 'window.x': x, 'window.y': y, 'window.width': width, 'window.height': height, 'window.maximized': maximized } = layout;
  if (typeof x !== 'number' || typeof y !== 'number' || typeof width !== 'number' || typeof height !== 'number') return null;
  if (!(width > 0 && height > 0)) return null;
  return { bounds: { x, y, width, height }, maximized: maximized === true };
}

/** The settings.layout patch that stores a window state. */
export function windowStateToLayout(state: WindowState): Layout {
  return {
    'window.x': Math.round(state.bounds.x),
    'window.y': Math.round(state.bounds.y),
    'window.width': Math.round(state.bounds.width),
    'window.height': Math.round(state.bounds.height),
    'window.maximized': state.maximized,
  };
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Bounds to open the window with: the saved ones if at least half the window lies on one display's
 * work area (clamped to fit that display), else null (use the defaults).
 */
export function restoreBounds(saved: Rect, workAreas: readonly Rect[]): Rect | null {
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(saved, area);
    if (overlap > bestArea) {
      best = area;
      bestArea = overlap;
    }
  }
  if (!best || bestArea < (saved.width * saved.height) / 2) return null;
  const width = Math.min(saved.width, best.width);
  const height = Math.min(saved.height, best.height);
  const x = Math.min(Math.max(saved.x, best.x), best.x + best.width - width);
  const y = Math.min(Math.max(saved.y, best.y), best.y + best.height - height);
  return { x, y, width, height };
}
