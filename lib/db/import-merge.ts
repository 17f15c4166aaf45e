import type { SavedItem } from './types';
import { LIMITS } from './limits';
import { lowerNoAccents } from './text';
import { textKey, urlKey } from './key';

/**
 * The stored items an import is matched against, as `saveItem` matches: by id, then by listing
 * URL, then by brand|name|retailer unless both rows know different listing URLs. Items added
 * earlier in the same import join it, so one file's two copies of a product merge too.
 */
export class ItemIndex {
  private readonly byId = new Map<string, SavedItem>();
  private readonly byUrl = new Map<string, SavedItem>();
  private readonly byText = new Map<string, SavedItem[]>();

  constructor(items: Iterable<SavedItem>) {
    for (const i of items) this.add(i);
  }

  add(item: SavedItem): void {
    const old = this.byId.get(item.id);
    if (old)
      this.byText.set(
        old.textKey,
        (this.byText.get(old.textKey) ?? []).filter((r) => r.id !== old.id),
      );
    this.byId.set(item.id, item);
    if (item.urlKey) this.byUrl.set(item.urlKey, item);
    this.byText.set(item.textKey, [...(this.byText.get(item.textKey) ?? []), item]);
  }

  /** The row `item` is the same product as, or null. */
  find(item: SavedItem): SavedItem | null {
    const byId = this.byId.get(item.id);
    if (byId) return byId;
    const byUrl = item.urlKey ? this.byUrl.get(item.urlKey) : undefined;
    if (byUrl) return byUrl;
    const u = item.urlKey;
    return this.byText.get(item.textKey)?.find((r) => u === null || r.urlKey === null || r.urlKey === u) ?? null;
  }
}

/** Both notes, the kept row's first, each once; cut to the cap rather than lose the kept one. */
function mergeNotes(kept: string, incoming: string): string {
  if (!incoming || kept.includes(incoming)) return kept;
  if (!kept || incoming.includes(kept)) return incoming.slice(0, LIMITS.notes);
  return `${kept}\n\n${incoming}`.slice(0, LIMITS.notes).trim();
}

/** Both tag lists, duplicates (ignoring case and accents) once, up to the cap. */
function mergeTags(kept: readonly string[], incoming: readonly string[]): string[] {
  const seen = new Set(kept.map(lowerNoAccents));
  const out = [...kept];
  for (const t of incoming) {
    if (out.length >= LIMITS.tags) break;
    if (!seen.has(lowerNoAccents(t))) (out.push(t), seen.add(lowerNoAccents(t)));
  }
  return out;
}

/**
 * `kept` (already on the wishlist) with what `incoming` (the same product from a file) adds:
 * notes and tags of both, fields `kept` does not know, the earlier save date. The id stays;
 * `kept` is returned unchanged (same object) when the file adds nothing.
 */
export function mergeImported(kept: SavedItem, incoming: SavedItem): SavedItem {
  const listingUrl = kept.listingUrl ?? incoming.listingUrl;
  const observed = kept.currentPrice === null && incoming.currentPrice !== null;
  const next: SavedItem = {
    ...kept,
    brand: kept.brand ?? incoming.brand,
    retailer: kept.retailer ?? incoming.retailer,
    listingUrl,
    urlKey: kept.urlKey ?? urlKey(listingUrl),
    articleUrl: kept.articleUrl ?? incoming.articleUrl,
    articleTitle: kept.articleTitle ?? incoming.articleTitle,
    mentionUrl: kept.mentionUrl ?? incoming.mentionUrl,
    articlePrice: kept.articlePrice ?? incoming.articlePrice,
    currentPrice: observed ? incoming.currentPrice : kept.currentPrice,
    currency: observed ? incoming.currency : kept.currency,
    availability: kept.availability ?? incoming.availability,
    image: kept.image ?? incoming.image,
    notes: mergeNotes(kept.notes, incoming.notes),
    tags: mergeTags(kept.tags, incoming.tags),
    createdAt: Math.min(kept.createdAt, incoming.createdAt),
  };
  next.textKey = textKey(next.brand, next.name, next.retailer);
  const same = (Object.keys(next) as (keyof SavedItem)[]).every(
    (k) => JSON.stringify(next[k]) === JSON.stringify(kept[k]),
  );
  return same ? kept : next;
}
