/**
 * Which rows of a long list to render: the rows under the viewport plus a small overscan, never more
 * than `maxRows`. The list itself keeps a spacer of the full height, so the scroll bar covers every
 * row and scrolling to the bottom reaches the last one.
 */
export interface VirtualRange {
  /** First rendered row index. */
  start: number;
  /** One past the last rendered row index. */
  end: number;
  /** Height of the whole list in px (the spacer). */
  total: number;
  /** The scroll position actually used (clamped to the list). */
  scrollTop: number;
}

export const MAX_RENDERED_ROWS = 60;

export function virtualRange(count: number, rowHeight: number, viewportHeight: number, scrollTop: number, overscan = 6, maxRows = MAX_RENDERED_ROWS): VirtualRange {
  const total = count * rowHeight;
  const top = Math.max(0, Math.min(scrollTop, Math.max(0, total - viewportHeight)));
  const visible = Math.ceil(Math.max(viewportHeight, rowHeight) / rowHeight) + 1;
  const rows = Math.min(maxRows, visible + overscan * 2);
  let start = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const end = Math.min(count, start + rows);
  // At the bottom, keep the window full (and the last row in it).
  start = Math.max(0, Math.min(start, end - rows));
  return { start, end, total, scrollTop: top };
}
