import { useEffect, useState } from 'preact/hooks';
import type { CurrencyTotal, ItemQuery, MagpieApi, SavedItem } from '../lib/api/types';
import { isPlainList } from '../lib/api/db-rules';
import { messageOf } from './errors';

export type WishlistData =
  { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; items: SavedItem[]; total: number };

/** Rows read at first in a windowed list: a few screens of the popup. */
export const FIRST_WINDOW = 40;
/** Rows read more when the reader scrolls near the end of those read. */
const MORE = 120;

/**
 * Runs `task` once the next frame has painted (a frame, then a task), so work that reads every row
 * does not hold back the rows already on their way to the screen. Returns a cancel function.
 */
function afterPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(task, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Like `afterPaint`, then also waits until the page is idle (at most `timeoutMs`): for work that
 * reads every row and would otherwise hold up what the reader does next.
 */
function afterPaintIdle(task: () => void, timeoutMs = 500): () => void {
  let idle: number | undefined;
  const cancelPaint = afterPaint(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(task, { timeout: timeoutMs });
    else task();
  });
  return () => {
    cancelPaint();
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}

/**
 * The wishlist's rows for `query`, live. Windowed (the popup): only the first rows are read (an
 * indexed query in date order), and more as the reader scrolls (`showing`), so opening the tab on
 * 5,000 items reads dozens. Unfiltered totals are a few stored sums, read with the rows; a search
 * or filter sums every matching row, so those wait until the first rows are on screen and the page idles.
 */
export function useWishlistData(api: MagpieApi, query: ItemQuery, attempt: number, windowed: boolean) {
  const [data, setData] = useState<WishlistData>({ kind: 'loading' });
  const [totals, setTotals] = useState<CurrencyTotal[] | null>(null);
  const [retailers, setRetailers] = useState<string[]>([]);
  // How far the reader scrolled, for one query: a new query starts again from the first window.
  const [grown, setGrown] = useState<{ query: ItemQuery; limit: number } | null>(null);
  const limit = grown?.query === query ? grown.limit : FIRST_WINDOW;
  const ready = data.kind === 'ready';

  useEffect(() => {
    let alive = true;
    const stop = api.watchItems(
      windowed ? { ...query, limit } : query,
      ({ items, total }) => alive && setData({ kind: 'ready', items, total }),
      (err) => alive && setData({ kind: 'error', message: messageOf(err) }),
    );
    return () => {
      alive = false;
      stop();
    };
  }, [api, query, attempt, windowed, limit]);

  // Unfiltered totals are a few stored sums: asked for beside the rows, so both show in one go.
  // Filtered ones sum every matching row: asked for once the first rows painted and the page is idle.
  const stored = isPlainList(query);
  const totalsNow = stored || ready;
  useEffect(() => {
    if (!totalsNow) return;
    let alive = true;
    let stop = () => {};
    const watch = () => {
      if (alive)
        stop = api.watchTotals(
          query,
          (t) => alive && setTotals(t),
          () => alive && setTotals(null),
        );
    };
    let cancel = () => {};
    if (stored) watch();
    else cancel = afterPaintIdle(watch);
    return () => {
      alive = false;
      cancel();
      stop();
    };
  }, [api, query, attempt, totalsNow]);
  // After the first rows painted: the retailer filter's names.
  useEffect(() => {
    if (data.kind !== 'ready') return;
    let alive = true;
    // After each change: a saved item may bring a new retailer.
    const cancel = afterPaint(
      () =>
        void api.listRetailers().then(
          (r) => alive && setRetailers(r),
          () => {},
        ),
    );
    return () => {
      alive = false;
      cancel();
    };
  }, [api, data]);

  /** Tells the hook which rows the list shows, so it reads more before the reader reaches the end. */
  function showing(end: number): void {
    if (!windowed || data.kind !== 'ready') return;
    const { items, total } = data;
    const nearEnd = end + MORE / 4 > items.length;
    if (items.length < total && nearEnd && limit <= items.length) setGrown({ query, limit: items.length + MORE });
  }

  return { data, totals, retailers, showing };
}
