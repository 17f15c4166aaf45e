import { availabilityLabel } from '../../components/format';
import { formatPrice, priceTrend } from '../../lib/price/format';
import type { Mention } from '../../lib/detect/types';
import type { Price } from '../../lib/price/types';
import type { ResolveState } from '../../lib/protocol/resolve-state';

const TREND_MARK = { up: ' ↑', down: ' ↓', same: '' } as const;
const STATE_LABEL: Record<ResolveState['status'], string> = {
  pending: 'pending',
  resolved: 'resolved',
  unavailable: 'unavailable',
  'not-found': 'not found',
};

const priceText = (price: Price | null) => (price ? formatPrice(price.amount, price.currency) : '–');

function cell(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? flat.slice(0, width - 1) + '…' : flat.padEnd(width);
}

/** Rows as a fixed-width text table: each column as wide as its longest value, up to its cap. */
function table(header: string[], caps: number[], rows: string[][]): string {
  const widths = header.map((h, c) =>
    Math.min(caps[c] ?? 20, Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length))),
  );
  const line = (r: string[]) =>
    r
      .map((v, c) => cell(v, widths[c] ?? 10))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The listing's price and stock for one mention: "$195.00 ↑" (dearer than the article said), "In stock". */
function current(mention: Mention, state: ResolveState | undefined): [now: string, stock: string] {
  if (state?.status !== 'resolved') return ['–', '–'];
  const { price, currency, availability } = state.listing;
  const now = price !== null && currency ? { amount: price, currency } : null;
  const trend = priceTrend(mention.price, now);
  return [
    now ? priceText(now) + (trend ? TREND_MARK[trend] : '') : '–',
    availability ? availabilityLabel(availability) : '–',
  ];
}

/**
 * Mentions as a terminal table: #, brand, name, retailer, the article's price and, when states
 * are given (states[i] belongs to mentions[i]), today's price, stock and the resolve state.
 */
export function formatMentionTable(mentions: readonly Mention[], states?: readonly ResolveState[]): string {
  const base = (m: Mention, i: number) => [
    String(i + 1),
    m.brand ?? '–',
    m.name,
    m.retailer ?? '–',
    priceText(m.price),
  ];
  if (!states) return table(['#', 'Brand', 'Name', 'Retailer', 'Price'], [3, 20, 40, 18, 12], mentions.map(base));
  const rows = mentions.map((m, i) => {
    const state = states[i];
    return [...base(m, i), ...current(m, state), state ? STATE_LABEL[state.status] : '–'];
  });
  return table(
    ['#', 'Brand', 'Name', 'Retailer', 'Article', 'Now', 'Stock', 'State'],
    [3, 16, 38, 16, 10, 12, 12, 11],
    rows,
  );
}

/** One line per mention whose check did not find a listing, with why: the table has no room for it. */
export function formatStateNotes(mentions: readonly Mention[], states: readonly ResolveState[]): string[] {
  return states.flatMap((s, i) => {
    const m = mentions[i];
    const what = m ? [m.brand, m.name].filter(Boolean).join(' ') : `#${i + 1}`;
    if (s.status === 'unavailable') return [`#${i + 1} ${what}: ${s.reason}`];
    if (s.status === 'not-found')
      return [`#${i + 1} ${what}: not found at the shop${s.searchUrl ? ` (search: ${s.searchUrl})` : ''}`];
    return [];
  });
}
