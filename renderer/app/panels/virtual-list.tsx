/**
 * A virtualised list: a spacer as tall as every row, and only the rows under the viewport (plus a small
 * overscan, at most MAX_RENDERED_ROWS) absolutely placed inside it. Fixed row height keeps it O(1).
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { virtualRange } from '../../panels/virtual-range';

export interface VirtualListProps {
  count: number;
  rowHeight: number;
  renderRow: (index: number) => ReactNode;
  /** Height assumed before the element is measured (server rendering, first paint). */
  initialHeight?: number;
  /** Scroll position to start from (tests render the end of the list this way). */
  initialScrollTop?: number;
  /** Row to bring into view when it changes (the selected record). */
  scrollToIndex?: number | null;
  testId?: string;
}

export function VirtualList({ count, rowHeight, renderRow, initialHeight = 480, initialScrollTop = 0, scrollToIndex = null, testId }: VirtualListProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(initialScrollTop);
  const [height, setHeight] = useState(initialHeight);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight || initialHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [initialHeight]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || scrollToIndex === null || scrollToIndex < 0) return;
    const top = scrollToIndex * rowHeight;
    if (top < el.scrollTop || top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = Math.max(0, top - el.clientHeight / 2);
  }, [scrollToIndex, rowHeight]);

  const range = virtualRange(count, rowHeight, height, scrollTop);
  const rows: ReactNode[] = [];
  for (let i = range.start; i < range.end; i++) {
    rows.push(
      <div key={i} className="vrow" data-index={i} style={{ position: 'absolute', top: i * rowHeight, height: rowHeight, left: 0, right: 0 }}>
        {renderRow(i)}
      </div>,
    );
  }
  return (
    <div ref={ref} className="vlist" data-testid={testId} data-count={count} role="list" onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <div className="vlist-spacer" style={{ position: 'relative', height: range.total }}>
        {rows}
      </div>
    </div>
  );
}
