import type { Cluster, Ctx, Line } from './context';
import { clusters } from './clusters';
import { parseAround } from './segment';
import { PRICE_WORDS as CJK_PRICE_WORDS } from './cjk-credit';

/** A slide counter: "4 of 16", "Slide 2/9". */
export const COUNTER = /^(?:slide\s*)?\d{1,3}\s*(?:of|\/|de|von|sur)\s*\d{1,3}$/i;
// Shop themes print hidden labels and the currency code around a price: "Regular price£125.00 GBP".
const PRICE_WORDS = new RegExp(
  String.raw`^(?:was|now|sale|from|ab|dès|à partir de|statt|jetzt|nur|reg\.?|regular|unit|price|prix|preis|` +
    String.raw`[\s:,()\-–—/]|\+|\b(?:GBP|USD|EUR|CAD|AUD|NZD|CHF|SEK|DKK|NOK|INR)\b)*$`,
  'i',
);

/** A line that is only a price (with was/now words): "$175", "$120 $89.96", "from £40". */
export function priceOnly(ctx: Ctx, l: Line): Cluster | null {
  const cs = clusters(ctx, l);
  if (cs.length !== 1) return null;
  const c = cs[0]!;
  const rest = l.text.slice(0, c.s) + ' ' + l.text.slice(c.e);
  // Japanese and Korean shops glue their labels to the price: "期間限定価格¥4,990税込".
  return PRICE_WORDS.test(rest) || CJK_PRICE_WORDS.test(rest.trim()) ? c : null;
}

/**
 * A line offering the product without naming it: a price alone or with its shop ("$380 at Net-a-Porter", "£1,250,
 * Matches").
 */
export function offer(ctx: Ctx, l: Line): { price: Cluster['price']; shop: string | null } | null {
  const po = priceOnly(ctx, l);
  if (po) return { price: po.price, shop: null };
  const cs = clusters(ctx, l);
  const p = cs.length ? parseAround(l, cs[0]!, 0, cs[1]?.s ?? l.text.length) : null;
  return p && !p.name && p.retailer ? { price: p.price, shop: p.retailer } : null;
}
