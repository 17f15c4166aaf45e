import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

interface VirtualListProps {
  count: number;
  /** Every row is exactly this tall (px); that is what makes windowing exact and cheap. */
  rowHeight: number;
  renderRow: (index: number) => ComponentChildren;
  rowKey: (index: number) => string;
  /** Accessible name of the list. */
  label: string;
  /** Height used until the container can be measured (and in test DOMs that do no layout). */
  fallbackHeight?: number;
  /** Rows rendered beyond each edge, so Tab and fast scrolling find rows already there. */
  overscan?: number;
  class?: string;
  /** Told the rows [start, end) rendered, whenever they change (a windowed source reads more as the reader scrolls). */
  onRange?: (start: number, end: number) => void;
}

/** The rows [start, end) to render for a scroll position. */
export function visibleRange(
  count: number,
  rowHeight: number,
  scrollTop: number,
  height: number,
  overscan: number,
): [number, number] {
  if (count === 0 || rowHeight <= 0) return [0, 0];
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const shown = Math.ceil(Math.max(height, rowHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(first, count - 1) - overscan);
  const end = Math.min(count, first + shown + overscan);
  return [start, end];
}

/**
 * A windowed list: a scroll container as tall as all rows, holding only the rows in view plus
 * `overscan` on each side, absolutely placed. Rows keep stable keys so focus survives scrolling.
 */
export function VirtualList(props: VirtualListProps) {
  const { count, rowHeight, renderRow, rowKey, label, fallbackHeight = 480, overscan = 4, onRange, ...rest } = props;
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(fallbackHeight);
  const frame = useRef<number | null>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight > 0 ? el.clientHeight : fallbackHeight);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [fallbackHeight]);

  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  // A shorter list (new filter) can leave the old scroll position past its end.
  useEffect(() => {
    const el = ref.current;
    if (el && el.scrollTop > count * rowHeight) {
      el.scrollTop = 0;
      setScrollTop(0);
    }
  }, [count, rowHeight]);

  function onScroll(e: Event) {
    const el = e.currentTarget as HTMLDivElement;
    if (frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      setScrollTop(el.scrollTop);
    });
  }

  const [start, end] = visibleRange(count, rowHeight, scrollTop, height, overscan);
  const range = useRef(onRange);
  range.current = onRange;
  useEffect(() => range.current?.(start, end), [start, end]);
  const rows = [];
  for (let i = start; i < end; i++) {
    rows.push(
      <div
        key={rowKey(i)}
        role="listitem"
        aria-setsize={count}
        aria-posinset={i + 1}
        class="vrow"
        style={{ position: 'absolute', top: `${i * rowHeight}px`, left: 0, right: 0, height: `${rowHeight}px` }}
      >
        {renderRow(i)}
      </div>,
    );
  }

  return (
    <div
      ref={ref}
      class={`vlist ${rest.class ?? ''}`}
      onScroll={onScroll}
      tabIndex={0}
      role="region"
      aria-label={`${label} (scrollable)`}
    >
      <div role="list" aria-label={label} style={{ position: 'relative', height: `${count * rowHeight}px` }}>
        {rows}
      </div>
    </div>
  );
}
