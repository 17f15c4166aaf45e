import { useEffect, useRef, useState } from 'preact/hooks';
import type { MagpieApi, SavedItem } from '../lib/api/types';
import { VirtualList } from './VirtualList';
import { WishlistRow, type EditKind } from './WishlistRow';
import { DEFAULT_FILTERS, WishlistControls, isFiltered, toQuery, type Filters } from './WishlistControls';
import { DataTools } from './DataTools';
import { Toast, type ToastSpec } from './Toast';
import { messageOf } from './errors';
import { CurrencyTotals } from './CurrencyTotals';
import { useWishlistData } from './use-wishlist-data';
import { PricesAsSaved } from './PricesAsSaved';
import { PriceHistoryDialog } from './PriceHistoryDialog';
import { countOf } from './format';
import { GROUP_LABELS, WishlistGrid, type GroupBy } from './WishlistGrid';

interface Props {
  api: MagpieApi;
  /** popup: narrow rows and tools folded away; page: wide rows, tools in view. */
  layout: 'popup' | 'page';
  /** Wait after the last keystroke before searching. */
  searchDelayMs?: number;
}

const ROW_HEIGHT = { popup: 150 } as const;
const titleOf = (i: SavedItem) => [i.brand, i.name].filter(Boolean).join(' ');

/**
 * The wishlist: every saved item, live from the database, with search, sort, filters, tags and
 * notes, remove with undo, and export/import. The list is windowed so thousands of items stay smooth.
 */
export function Wishlist({ api, layout, searchDelayMs = 150 }: Props) {
  const [filters, setFilters] = useState<Filters>(DEFAULT_FILTERS);
  const [query, setQuery] = useState(() => toQuery(DEFAULT_FILTERS));
  const [editing, setEditing] = useState<{ id: string; kind: EditKind } | null>(null);
  const [toast, setToast] = useState<ToastSpec | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [group, setGroup] = useState<GroupBy>('none');
  const searchRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const toastSeq = useRef(0);
  const idPrefix = `wl-${layout}`;
  const [historyOf, setHistoryOf] = useState<SavedItem | null>(null);
  const [seenAt, setSeenAt] = useState<number | undefined>(undefined);
  const { data, totals, retailers, showing } = useWishlistData(api, query, attempt, layout === 'popup');

  // Markers show what changed since the last visit; this visit becomes the next one's mark.
  useEffect(() => {
    let alive = true;
    api.markWishlistSeen().then(
      (t) => alive && setSeenAt(t),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [api]);

  // Typing waits for a pause; every other control applies at once.
  useEffect(() => {
    const next = toQuery(filters);
    if (JSON.stringify(next) === JSON.stringify(query)) return;
    if (next.search === query.search) {
      setQuery(next);
      return;
    }
    const t = setTimeout(() => setQuery(next), searchDelayMs);
    return () => clearTimeout(t);
  }, [filters]);

  function notify(message: string, onUndo?: () => void) {
    setToast({ id: ++toastSeq.current, message, onUndo });
  }

  function closeToast() {
    const inToast = document.activeElement?.closest?.('.toast');
    setToast(null);
    // Focus must not fall to the page body when the focused Undo button goes away: back to the list.
    if (inToast || document.activeElement === document.body) {
      const list = rootRef.current?.querySelector<HTMLElement>('.vlist, .grid-scroll');
      (list ?? searchRef.current)?.focus();
    }
  }

  async function remove(item: SavedItem) {
    try {
      const token = await api.removeItem(item.id);
      notify(`Removed ${titleOf(item)}`, () => {
        api.restoreItem(token).then(
          () => notify(`Restored ${titleOf(item)}`),
          (err) => notify(`Could not undo: ${messageOf(err)}`),
        );
      });
    } catch (err) {
      notify(`Could not remove ${titleOf(item)}: ${messageOf(err)}`);
    }
  }

  function renderBody() {
    if (data.kind === 'loading') {
      return (
        <p class="placeholder" aria-busy="true">
          <span class="spinner" aria-hidden="true" /> Loading the wishlist…
        </p>
      );
    }
    if (data.kind === 'error') {
      return (
        <div class="placeholder" role="alert">
          <p>Could not read the wishlist: {data.message}</p>
          <button type="button" class="btn" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>
        </div>
      );
    }
    const { items } = data;
    if (items.length === 0) {
      return isFiltered(filters) ? (
        <div class="placeholder">
          <p class="placeholder-title">Nothing matches</p>
          <button type="button" class="btn" onClick={() => setFilters({ ...DEFAULT_FILTERS, sort: filters.sort })}>
            Clear search and filters
          </button>
        </div>
      ) : (
        <div class="placeholder">
          <p class="placeholder-title">Your wishlist is empty</p>
          <p>
            Save products from an article with the bookmark buttons, here in “On this page” or beside the product on the
            page.
          </p>
        </div>
      );
    }
    const row = (item: SavedItem) => (
      <WishlistRow
        item={item}
        editing={editing?.id === item.id ? editing.kind : null}
        onEdit={(kind) => setEditing(kind ? { id: item.id, kind } : null)}
        onRemove={() => void remove(item)}
        onSaveNotes={(notes) => api.setNotes(item.id, notes)}
        onSaveTags={(tags) => api.setTags(item.id, tags)}
        onHistory={() => setHistoryOf(item)}
        seenAt={seenAt}
      />
    );
    if (layout === 'page') return <WishlistGrid items={items} group={group} renderItem={row} />;
    return (
      <VirtualList
        class="wishlist-list"
        label="Saved items"
        count={Math.max(items.length, data.total)}
        onRange={(_start, end) => showing(end)}
        rowHeight={ROW_HEIGHT.popup}
        fallbackHeight={400}
        rowKey={(i) => items[i]?.id ?? String(i)}
        renderRow={(i) => {
          const item = items[i];
          return item ? row(item) : null;
        }}
      />
    );
  }

  // The popup reads a window of the rows: the count is of all of them.
  const shown =
    data.kind !== 'ready' ? null : layout === 'popup' ? Math.max(data.items.length, data.total) : data.items.length;
  return (
    <div class={`wishlist wishlist-${layout}`} ref={rootRef}>
      <WishlistControls
        filters={filters}
        retailers={retailers}
        onChange={setFilters}
        searchRef={searchRef}
        idPrefix={idPrefix}
      />
      <div class="wishlist-bar">
        <p class="count" role="status">
          {shown === null ? '' : countOf(shown, 'item', 'items')}
        </p>
        {totals && <CurrencyTotals totals={totals} />}
        {layout === 'page' && (
          <label class="control">
            <span class="control-label">Group by</span>
            <select
              class="input"
              value={group}
              onChange={(e) => setGroup((e.currentTarget as HTMLSelectElement).value as GroupBy)}
            >
              {(Object.keys(GROUP_LABELS) as GroupBy[]).map((g) => (
                <option key={g} value={g}>
                  {GROUP_LABELS[g]}
                </option>
              ))}
            </select>
          </label>
        )}
        {layout === 'page' ? (
          <DataTools api={api} />
        ) : (
          <details class="more">
            <summary>Export / import</summary>
            <DataTools api={api} />
          </details>
        )}
      </div>
      <PricesAsSaved api={api} />
      {renderBody()}
      {historyOf && <PriceHistoryDialog api={api} item={historyOf} onClose={() => setHistoryOf(null)} />}
      <Toast toast={toast} onClose={closeToast} />
    </div>
  );
}
