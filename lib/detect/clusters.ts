import { findPrices, type PriceMatch } from '../price';
import type { Cluster, Ctx, Line } from './context';

/** Prices read from a range ("$100-$300"): a range is no product's price. */
export const RANGES = new WeakSet<object>();

/**
 * "normally sell for $399.99. Right now, they are down to $298": a former price, then within the next sentence a
 * lower one in the same currency, is one product's sale told in two sentences; the lower one is its price.
 */
function soldSince(text: string, was: PriceMatch, now: PriceMatch): boolean {
  const gap = text.slice(was.end, now.start);
  return (
    was.role === 'was' &&
    now.role === 'current' &&
    now.amount < was.amount &&
    now.currency === was.currency &&
    gap.length <= 120 &&
    (gap.match(/[.!?](?:\s|$)/g) ?? []).length <= 1 &&
    !/[;|\n]/.test(gap)
  );
}

/** Reads a line's prices once, pairing "was/now" and range ends into one cluster each. */
export function clusters(ctx: Ctx, line: Line): Cluster[] {
  if (line.pc) return line.pc;
  const out: Cluster[] = [];
  if (/\d/.test(line.text)) {
    const ps = findPrices(line.text, { defaultCurrency: ctx.currency });
    for (let k = 0; k < ps.length; k++) {
      const p = ps[k]!;
      const next = ps[k + 1];
      const pair =
        next &&
        (next.start - p.end <= 24 || soldSince(line.text, p, next)) &&
        /^(?:was|range-low|current)$/.test(p.role) &&
        /^(?:current|range-high|was)$/.test(next.role) &&
        p.role !== next.role;
      const pick = pair && p.role === 'was' ? next : p;
      const price = { amount: pick.amount, currency: pick.currency ?? ctx.currency };
      if (pair && p.role === 'range-low') RANGES.add(price);
      out.push({ s: p.start, e: pair ? next.end : p.end, price });
      if (pair) k++;
    }
  }
  return (line.pc = out);
}
