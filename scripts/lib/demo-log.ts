/** The demo's console output: one line per step with how long it took, the products, the wishlist. */
import { availabilityLabel } from '../../components/format';
import { formatPrice } from '../../lib/price/format';
import type { SavedItem } from '../../lib/db/types';
import type { Mention } from '../../lib/detect/types';
import type { ResolveState } from '../../lib/protocol/resolve-state';
import { formatMentionTable, formatStateNotes } from './mention-table';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Step timings so far, for the closing summary. */
export const timings: { label: string; ms: number }[] = [];

/**
 * Runs one step, printing its label first (so a slow step shows what it is waiting for) and its
 * duration when done. A failing step prints "failed" and rethrows.
 */
export async function step<T>(label: string, run: () => Promise<T> | T): Promise<T> {
  const started = Date.now();
  process.stdout.write(`• ${label} … `);
  try {
    const result = await run();
    const ms = Date.now() - started;
    timings.push({ label, ms });
    process.stdout.write(`${seconds(ms)}\n`);
    return result;
  } catch (err) {
    process.stdout.write('failed\n');
    throw err;
  }
}

/** Total time of the steps that ran. */
export function totalTime(): string {
  return seconds(timings.reduce((sum, t) => sum + t.ms, 0));
}

/** Indents a block of text (a table) under the step lines. */
export function indent(text: string, by = '  '): string {
  return text
    .split('\n')
    .map((line) => (line ? by + line : line))
    .join('\n');
}

/** "Brand Name", as a reader would say it. */
export const productTitle = (m: Pick<Mention, 'brand' | 'name'>) => [m.brand, m.name].filter(Boolean).join(' ');

/** The article's products with today's prices, and why any check found no listing. */
export function printProducts(mentions: readonly Mention[], states: readonly ResolveState[]): void {
  console.log(`\n${indent(formatMentionTable(mentions, states))}\n`);
  const notes = formatStateNotes(mentions, states);
  if (notes.length > 0) console.log(indent(notes.join('\n')) + '\n');
}

/** Prints the wishlist; throws when a product the demo saved is not in it. */
export function printWishlist(items: readonly SavedItem[], saved: readonly Mention[]): void {
  const missing = saved.filter((m) => !items.some((i) => i.name === m.name && i.brand === m.brand));
  if (missing.length > 0) throw new Error(`Saved but not in the wishlist: ${missing.map(productTitle).join(', ')}`);
  console.log(
    `\n  The wishlist (read back from Magpie's IndexedDB) has ` +
      `${items.length === 1 ? '1 item' : `${items.length} items`}:`,
  );
  for (const item of items) {
    const price =
      item.currentPrice !== null && item.currency ? formatPrice(item.currentPrice, item.currency) : 'no price';
    const stock = item.availability ? `, ${availabilityLabel(item.availability).toLowerCase()}` : '';
    console.log(`  ✓ ${productTitle(item)} — ${price} at ${item.retailer ?? 'an unknown shop'}${stock}`);
  }
  console.log('');
}
