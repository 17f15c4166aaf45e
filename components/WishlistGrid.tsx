import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { SavedItem } from '../lib/db/types';

export type GroupBy = 'none' | 'shop' | 'article';

export const GROUP_LABELS: Record<GroupBy, string> = { none: 'No grouping', shop: 'Shop', article: 'Article' };

export interface ItemGroup {
  key: string;
  /** Heading of the group; empty when not grouped. */
  label: string;
  items: SavedItem[];
}

/**
 * Items in groups by shop or by the article they came from, in the order the list is sorted:
 * a group sits where its first item would. Items without a shop or article go last.
 */
export function groupItems(items: readonly SavedItem[], by: GroupBy): ItemGroup[] {
  if (by === 'none') return [{ key: 'all', label: '', items: [...items] }];
  const groups = new Map<string, ItemGroup>();
  let other: ItemGroup | null = null;
  for (const item of items) {
    const label = by === 'shop' ? item.retailer : item.articleTitle || item.articleUrl;
    if (!label) {
      other ??= { key: '\u0000other', label: by === 'shop' ? 'Shop not known' : 'Not from an article', items: [] };
      other.items.push(item);
      continue;
    }
    const key = label.toLocaleLowerCase();
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, label, items: [] }));
    g.items.push(item);
  }
  return other ? [...groups.values(), other] : [...groups.values()];
}

interface Props {
  items: readonly SavedItem[];
  group: GroupBy;
  renderItem: (item: SavedItem) => ComponentChildren;
  /** Cards shown at first and added by each "Show more". */
  pageSize?: number;
}

/**
 * The full-page wishlist: cards in as many columns as the window holds, each as tall as its
 * content, optionally under a heading per shop or article. Long lists show a page at a time.
 */
export function WishlistGrid({ items, group, renderItem, pageSize = 60 }: Props) {
  const [limit, setLimit] = useState(pageSize);
  const shown = items.slice(0, limit);
  const groups = groupItems(shown, group);
  const more = items.length - shown.length;
  return (
    // Focusable from script only: focus comes back here after a removal.
    <div class="grid-scroll" tabIndex={-1} role="region" aria-label="Saved items">
      {groups.map((g) => {
        const list = (
          <ul class="item-grid">
            {g.items.map((item) => (
              <li key={item.id}>{renderItem(item)}</li>
            ))}
          </ul>
        );
        if (!g.label) return <div key={g.key}>{list}</div>;
        const headingId = `group-${encodeURIComponent(g.key)}`;
        return (
          <section key={g.key} class="item-group" aria-labelledby={headingId}>
            <h2 id={headingId} class="group-title">
              {g.label} <span class="group-count">({g.items.length})</span>
            </h2>
            {list}
          </section>
        );
      })}
      {more > 0 && (
        <button type="button" class="btn show-more" onClick={() => setLimit((n) => n + pageSize)}>
          Show {Math.min(more, pageSize)} more of {more}
        </button>
      )}
    </div>
  );
}
