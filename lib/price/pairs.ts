import { spans, type Amount } from './scan';
import { RANGE_GAP, PAIR_GAP } from './context';
import type { PriceRole } from './types';
import { TAX_GAP } from './tax';

/** An amount being classified: its role so far and where its context runs. */
export interface Cand extends Amount {
  role?: PriceRole;
  /** The role came from a label ("was", "now"), not from position. */
  labelled?: boolean;
  bare: boolean;
  /** Context runs from the previous marked amount's end to the next one's start. */
  prevEnd: number;
  nextStart: number;
  ctxBefore?: string;
  ctxAfter?: string;
}

const CLAUSE_END = /[;|\n•·]|[.!?](?=\s+\p{Lu})/gu;

/** Text before an amount: its own clause (after the last ";", "|", line break or sentence end), at most 48 chars. */
export function before(c: Cand, text: string): string {
  if (c.ctxBefore === undefined) {
    const run = text.slice(Math.max(c.prevEnd, c.s - 48), c.s);
    const ends = spans(CLAUSE_END, run);
    c.ctxBefore = run.slice(ends.length ? ends[ends.length - 1]!.e : 0);
  }
  return c.ctxBefore;
}

/** Text after an amount, up to the next marked amount, at most 40 chars. */
export function after(c: Cand, text: string): string {
  return (c.ctxAfter ??= text.slice(c.e, Math.min(c.nextStart, c.e + 40)));
}

const YEAR = /^(?:19|20)\d\d$/;
const BETWEEN_GAP = /^\s*(?:and|y|e|und|et|en)\s*$/iu;
const BETWEEN = /(?:between|entre|zwischen|tra|tussen)\s*$/iu;
/**
 * What makes a bare number before a dash a rank, a day or part of a name, not the low end of a range:
 * an article or a number sign before it ("le 31 — 295 $", "No. 4 - 129 €", "the 12th – …").
 */
const RANK_OR_DAY = /(?<!\p{L})(?:le|la|les|the|am|den|der|el|il|lo|no\.?|nr\.?|n[°º]|#)\s*$/iu;
/** A dash set off by spaces on both sides as a clause break ("… 31 — 295 $"); ranges take "-" or "–". */
const SPACED_DASH = /^\s+—\s+$/u;

/**
 * Marks ranges among neighbouring amounts: "$99–$150", "$99 - 150", "99 - 150 €", "between $99 and
 * $150". A bare end takes the other end's currency, but only on the side the sign does not face
 * ("$99 - 150", not "Size 8 - $30"), and a bare low end must be within a factor of ten.
 */
export function markRanges(all: Cand[], text: string): void {
  for (let i = 0; i + 1 < all.length; i++) {
    const a = all[i]!;
    const b = all[i + 1]!;
    if (a.bare && b.bare) continue;
    if (a.bare && (b.pre || a.amount * 10 < b.amount || YEAR.test(String(a.amount)))) continue;
    if (a.bare && (RANK_OR_DAY.test(before(a, text)) || SPACED_DASH.test(text.slice(a.e, b.s)))) continue;
    if (b.bare && (a.suf || YEAR.test(String(b.amount)))) continue;
    if (!a.bare && !b.bare && a.currency !== b.currency) continue;
    if (!(a.amount < b.amount)) continue;
    const gap = text.slice(a.e, b.s);
    if (!RANGE_GAP.test(gap) && !(BETWEEN_GAP.test(gap) && BETWEEN.test(before(a, text)))) continue;
    a.currency = b.currency = a.currency ?? b.currency;
    a.bare = b.bare = false;
    a.role = 'range-low';
    b.role = 'range-high';
    i++;
  }
}

/**
 * Marks sale pairs among kept prices: "$200 now $150" (the one before a "now" price was), and
 * unlabelled side-by-side prices in one currency ("$200 $150", "$795 ($549.95)"), where the
 * lower is the current price whichever comes first.
 */
export function markSalePairs(kept: Cand[], text: string): void {
  for (let i = 0; i + 1 < kept.length; i++) {
    const a = kept[i]!;
    const b = kept[i + 1]!;
    if (a.currency !== b.currency || a.role || (b.role && !(b.labelled && b.role === 'current'))) continue;
    const gap = text.slice(a.e, b.s);
    if (b.role === 'current') {
      // Prose puts the thing between the two ("This $130 jacket is currently on sale for $104"): a longer
      // gap in one sentence pairs them when the labelled price is the lower, as a sale's is.
      const near = gap.length <= 24 || (gap.length <= 48 && b.amount < a.amount && !/[.!?]\s/.test(gap));
      if (near && !/[;|\n/]/.test(gap)) a.role = 'was';
    } else if ((PAIR_GAP.test(gap) || TAX_GAP.test(gap)) && a.amount !== b.amount) {
      a.role = a.amount > b.amount ? 'was' : 'current';
      b.role = a.amount > b.amount ? 'current' : 'was';
      i++;
    }
  }
}
