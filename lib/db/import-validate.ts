import type { HistoryRow, SavedItem } from './types';
import { describeHistoryProblem, describeItemBaseProblem, isRecord, isTime } from './guards';
import { textKey, urlKey } from './key';
import { LIMITS } from './limits';
import { DbInputError } from './errors';

/** An export file after checking: items with derived fields recomputed (priceDropped pending), history without ids. */
export interface ParsedExport {
  items: SavedItem[];
  history: Omit<HistoryRow, 'id'>[];
  /** Items whose id appeared earlier in the same file. */
  duplicates: number;
}

const fail = (message: string): never => {
  throw new DbInputError(message);
};

/** Copies the fields an item may carry; anything else in the file is dropped. */
function toItem(r: Record<string, unknown>): SavedItem {
  const i = r as unknown as SavedItem;
  return {
    id: i.id,
    brand: i.brand,
    name: i.name,
    retailer: i.retailer,
    listingUrl: i.listingUrl,
    articleUrl: i.articleUrl,
    articleTitle: i.articleTitle,
    mentionUrl: i.mentionUrl,
    articlePrice: i.articlePrice && { amount: i.articlePrice.amount, currency: i.articlePrice.currency },
    currentPrice: i.currentPrice,
    currency: i.currency,
    availability: i.availability,
    image: i.image,
    notes: i.notes,
    tags: [...i.tags],
    source: i.source,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    priceDropped: false,
    textKey: textKey(i.brand, i.name, i.retailer),
    urlKey: urlKey(i.listingUrl),
    // Tracking state comes along when well-formed; a file from before it reads as checked when last updated.
    checkedAt: isTime(r.checkedAt) ? r.checkedAt : i.updatedAt,
    ...(typeof r.checkProblem === 'string' || r.checkProblem === null
      ? { checkProblem: r.checkProblem?.slice(0, 300) ?? null }
      : {}),
    ...(isTime(r.changedAt) ? { changedAt: r.changedAt } : {}),
    ...(isTime(r.firstPrice) || r.firstPrice === null ? { firstPrice: r.firstPrice } : {}),
    ...(isTime(r.lowestPrice) || r.lowestPrice === null ? { lowestPrice: r.lowestPrice } : {}),
  };
}

/**
 * Parses and checks a whole export file before anything is written; throws `DbInputError`
 * with a message naming the first problem ("item 3: currentPrice must be …").
 */
export function parseExport(text: unknown): ParsedExport {
  if (typeof text !== 'string') return fail('the file must be text');
  if (text.length > LIMITS.importChars)
    return fail(`the file is too large (over ${LIMITS.importChars / 1024 / 1024} MB)`);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return fail('not a Magpie export: the file is not valid JSON');
  }
  if (!isRecord(doc) || doc.format !== 'magpie-wishlist') return fail('not a Magpie export');
  if (typeof doc.version === 'number' && doc.version > 1) {
    return fail(`this export (version ${doc.version}) comes from a newer Magpie; update Magpie to import it`);
  }
  if (doc.version !== 1) return fail('not a Magpie export: unknown version');
  if (!Array.isArray(doc.items)) return fail('not a Magpie export: items must be a list');
  if (!Array.isArray(doc.history)) return fail('not a Magpie export: history must be a list');
  if (doc.items.length > LIMITS.importItems)
    return fail(`too many items (${doc.items.length}; the limit is ${LIMITS.importItems})`);
  if (doc.history.length > LIMITS.importHistory) {
    return fail(`too many history rows (${doc.history.length}; the limit is ${LIMITS.importHistory})`);
  }
  const items: SavedItem[] = [];
  const ids = new Set<string>();
  let duplicates = 0;
  doc.items.forEach((raw: unknown, n) => {
    const problem = describeItemBaseProblem(raw);
    if (problem || !isRecord(raw)) return fail(`item ${n + 1}: ${problem}`);
    const item = toItem(raw);
    if (ids.has(item.id)) duplicates++;
    else items.push(item);
    ids.add(item.id);
  });
  const history = doc.history.map((raw: unknown, n) => {
    const problem = describeHistoryProblem(raw);
    if (problem || !isRecord(raw)) return fail(`history row ${n + 1}: ${problem}`);
    const h = raw as unknown as HistoryRow;
    if (!ids.has(h.itemId)) return fail(`history row ${n + 1}: itemId matches no item in the file`);
    return { itemId: h.itemId, time: h.time, price: h.price, currency: h.currency, availability: h.availability };
  });
  return { items, history, duplicates };
}
