import type { Candidate, Ctx, Line } from './context';
import { clusters } from './clusters';
import { lineHref } from './href';
import { retailerFromText } from './retailer';
import { parseAround } from './segment';
import { clean, CTA, words } from './text';

// "Get them from Amazon for", "Grab it at Zara for": the shop sits before the price.
const BUY_FROM = /\b(?:from|at|on|chez|bei|über)\s+([\p{Lu}\d][^,;:()]{0,30}?)\s+(?:for|starting at|pour|für)\s*$/iu;
/** A spec row's label whose value is the shop: "Where to buy", "Stockist", "Buy at". */
export const BUY_LABEL =
  /^(?:buy|shop|available|stockist|retailer|where to buy|buy it|get it)(?:\s+(?:at|from|it|now|here|in))?\s*:?$/i;
const SHOP_AT = /\b(?:at|from|on|chez|sur|bei|über|auf)\s+([\p{Lu}\d][^,;:()]{0,30}?)\s*$/u;

/** A buy line read: its price, link and shop. */
export interface Buy {
  price: Candidate['price'];
  url: string | null;
  retailer: string | null;
  /** A brand the buy line names in a field ("Marke: COS – Preis: 115 €"). */
  brand?: string | null;
}

/** Reads a buy line: "$P at Shop", "Shop it: $P, shop.com", "Get it from Amazon for $P", or a "Shop now" link. */
export function readBuy(ctx: Ctx, l: Line): Buy | null {
  const url = lineHref(ctx, l);
  const cs = clusters(ctx, l);
  if (cs.length) {
    // Offers side by side ("$20 from Uniqlo $25 from Amazon"): the first one is the buy.
    const c = cs[0]!;
    const p = parseAround(l, c, 0, cs[1]?.s ?? l.text.length);
    const pre = l.text.slice(0, c.s);
    const from = BUY_FROM.exec(pre);
    if (p && !p.name) return { price: p.price, url, retailer: p.retailer, brand: p.brandAfter };
    if (from && (url || /^(?:get|buy|grab|shop|snag|order|find|find it)\b/i.test(pre))) {
      return { price: c.price, url, retailer: retailerFromText(from[1]!) };
    }
    return null;
  }
  const t = clean(l.text);
  // A button ("Shop now", "Buy at Nordstrom") or a bare shop domain ("mrporter.com") as the link.
  const dom = /^\S+\.[a-z]{2,}$/i.test(t);
  if (!cs.length && url && (dom || CTA.test(t)) && words(t).length <= 8) {
    const at = dom ? [t, t] : SHOP_AT.exec(t);
    return { price: null, url, retailer: at ? retailerFromText(at[1]!) : null };
  }
  // A spec row's value: "Buy at" | "<a>Lookfantastic</a>".
  const shop = url && BUY_LABEL.test(clean(ctx.lines[l.i - 1]?.text ?? '')) ? retailerFromText(t) : null;
  if (shop) return { price: null, url, retailer: shop };
  return null;
}

/**
 * The buy link just below a complete product line that has none ("1. Name, £28" … "BUY NOW"):
 * within three lines, before any heading, price or other product's line.
 */
export function buyLinkAfter(ctx: Ctx, i: number, claimed: Set<number>): Buy | null {
  for (let k = i + 1; k <= i + 3 && k < ctx.lines.length; k++) {
    const l = ctx.lines[k]!;
    if (l.h || claimed.has(k) || clusters(ctx, l).length) return null;
    const b = readBuy(ctx, l);
    if (b) return b;
  }
  return null;
}
