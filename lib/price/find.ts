import { cleanDefault } from './currency';
import { foldDigits, scanAmounts } from './scan';
import { after, before, markRanges, markSalePairs, type Cand } from './pairs';
import { dropTaxTwins } from './tax';
import * as C from './context';
import { AFTER_NOT_PRICE_EAST, BEFORE_NOT_PRICE_EAST } from './context-east';
import type { PriceRole } from './types';
export type { PriceRole } from './types';

/** One product price in a run of text: offsets [start, end) cover the number and its currency markers. */
export interface PriceMatch {
  start: number;
  end: number;
  amount: number;
  /** ISO 4217 code, or null when nothing says which currency. */
  currency: string | null;
  role: PriceRole;
}

export interface PriceOptions {
  /** The page's currency (ISO code): used for bare numbers and to read shared signs such as "$" or "kr". */
  defaultCurrency?: string;
}

/** Texts longer than this are read only up to here. */
const MAX_TEXT = 100_000;
const YEAR = /^(?:19|20)\d\d$/;
/** What must come right before a bare number for any label to be there ("Price: ", "Nå ", "Ord. "). */
const LABEL_END = /[\p{L}.:][\s:]{0,2}$/u;

/**
 * Every product price in a run of text (a sentence, a line, a caption), in order. Savings ("Save $20"),
 * percentages, instalments ("4 payments of $25"), per-month fees, shipping fees and thresholds, caps
 * ("under $100") and bare numbers (sizes, years, ratings) are left out. A "was/now" or strikethrough
 * pair gives one 'was' and one 'current'; "$99–$150" gives 'range-low' and 'range-high'; "from $99"
 * gives a 'range-low' alone.
 */
export function findPrices(input: string, opts: PriceOptions = {}): PriceMatch[] {
  const text = foldDigits(input.slice(0, MAX_TEXT));
  const def = cleanDefault(opts.defaultCurrency);
  // Context runs to the neighbouring marked amounts, so bare numbers ("2 for $30") stay readable.
  const all = scanAmounts(text, def) as Cand[];
  let prevEnd = 0;
  for (const c of all) {
    c.bare = !c.pre && !c.suf;
    c.prevEnd = prevEnd;
    if (!c.bare) prevEnd = c.e;
  }
  let nextStart = text.length;
  for (let i = all.length - 1; i >= 0; i--) {
    const c = all[i]!;
    c.nextStart = nextStart;
    if (!c.bare) nextStart = c.s;
  }

  markRanges(all, text);
  const kept: Cand[] = [];
  let lowThreshold = false;
  for (const c of all) {
    if (c.bare) {
      // A bare number counts only after a price label ("Price: 59.99"), or a was/now label when
      // written as prices are ("Før 899,- Nå 599,-").
      if (YEAR.test(String(c.amount)) || !LABEL_END.test(text.slice(Math.max(0, c.s - 3), c.s))) continue;
      const b = before(c, text);
      if (!C.PRICE_LABEL.test(b) && !(c.priced && (C.WAS.test(b) || C.NOW.test(b) || C.PRICE_OF.test(b)))) continue;
      c.currency = def ?? null;
    }
    const b = before(c, text);
    const a = after(c, text);
    const shipWindow = b.slice(Math.max(b.lastIndexOf(','), b.lastIndexOf('('), b.lastIndexOf(')')) + 1);
    // A threshold range ("orders between $35 - $1,000") goes whole; "Save $20 — $80" keeps its $80.
    const threshold: boolean = c.role === 'range-high' ? lowThreshold : C.BASKET.test(b) || C.SHIPPING.test(shipWindow);
    lowThreshold = threshold && c.role === 'range-low';
    const rejected =
      threshold ||
      C.AFTER_NOT_PRICE.test(a) ||
      AFTER_NOT_PRICE_EAST.test(a) ||
      (c.role !== 'range-high' &&
        (C.BEFORE_NOT_PRICE.test(b) ||
          BEFORE_NOT_PRICE_EAST.test(b) ||
          C.SAVING_ON.test(text.slice(Math.max(0, c.s - 40), c.s))));
    if (rejected) {
      // A range stands or falls whole ("orders between $35 - $1,000" is a threshold at both ends).
      if (c.role === 'range-high' && kept.at(-1)?.role === 'range-low') kept.pop();
      continue;
    }
    if (c.role === 'range-high' && kept.at(-1)?.role !== 'range-low') c.role = undefined;
    if (!c.role) {
      const wide = text.slice(Math.max(c.prevEnd, c.s - 100), c.s);
      const prev = kept.at(-1);
      // "marked down to $104 from $130": "from" right after a lower price in the clause gives the former one.
      const fromHigher = !!prev && /^\s*from\s*$/iu.test(b) && prev.amount < c.amount && prev.currency === c.currency;
      if (C.LOWEST_30_DAYS.test(wide) || C.DOWN_FROM.test(b) || fromHigher) c.role = 'was';
      else if (C.FROM.test(b) || C.AND_UP.test(a)) c.role = 'range-low';
      else if (C.WAS.test(b) || C.WAS_SOLD.test(b)) c.role = 'was';
      else if (C.NOW.test(b)) c.role = 'current';
      c.labelled = !!c.role;
    }
    kept.push(c);
  }
  const priced = dropTaxTwins(kept, text);
  markSalePairs(priced, text);
  return priced.map((c) => ({
    start: c.s,
    end: c.e,
    amount: c.amount,
    currency: c.currency,
    role: c.role ?? 'current',
  }));
}
