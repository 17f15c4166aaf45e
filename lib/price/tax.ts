/**
 * Prices shown with and without tax. Japanese shops print the tax word between a sale price and the
 * struck original ("¥4,990税込¥6,990"), and show one price twice, before and after the consumption tax
 * ("¥4,990(税抜) ¥5,489(税込)"): the first is a sale pair, the second is one price.
 */

/** What this step needs of an amount being classified (pairs.ts's Cand): kept structural to avoid an import cycle. */
interface Priced {
  s: number;
  e: number;
  amount: number;
  currency: string | null;
  role?: string;
}

/** A tax note between two prices shown side by side: "¥4,990税込¥6,990", "¥4,990 (tax incl.) ¥6,990". */
export const TAX_GAP =
  /^\s*[(（]?\s*(?:税込み?|税抜き?|税別|本体価格|tax incl\.?|incl\.? tax|부가세 포함|含税)\s*[)）]?\s*[(（]?\s*$/iu;

/** A tax word near a price: the text between two prices or just around them. */
const TAX_WORD = /税|tax|VAT|부가세|부가가치세/iu;
/** A clause boundary: prices across it are not one product's. */
const BREAK = /[;|\n。]/u;
/** The price after tax over the price before it, at the usual consumption tax and VAT rates (5–10 %), rounded. */
const LOW = 1.045;
const HIGH = 1.105;

/**
 * Removes the price before tax where a product's price is shown twice, with and without tax: two amounts
 * in one currency, close together, a tax word between or around them, and the larger one a tax rate above
 * the smaller. The price with tax, what the reader pays, stays.
 */
export function dropTaxTwins<T extends Priced>(kept: T[], text: string): T[] {
  const out: T[] = [];
  for (let i = 0; i < kept.length; i++) {
    const a = kept[i]!;
    const b = kept[i + 1];
    if (b && a.currency === b.currency && !a.role && !b.role) {
      const gap = text.slice(a.e, b.s);
      const around = text.slice(Math.max(0, a.s - 8), b.e + 8);
      const [lo, hi] = a.amount < b.amount ? [a, b] : [b, a];
      const ratio = hi.amount / lo.amount;
      if (gap.length <= 24 && !BREAK.test(gap) && TAX_WORD.test(around) && ratio >= LOW && ratio <= HIGH) {
        out.push(hi);
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
