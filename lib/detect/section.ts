import type { Candidate, Ctx, Line } from './context';
import { splitBrand } from './brand';
import { clusters } from './clusters';
import { toCandidate } from './candidate';
import { hrefOf } from './href';
import { parseAround, segments } from './segment';
import { destination, retailerFromText, retailerFromUrl } from './retailer';
import { clean, CTA, nameOk, words } from './text';
import { lookupBrand } from '../gazetteer';

// "Get them from Amazon for", "Grab it at Zara for": the shop sits before the price.
const BUY_FROM = /\b(?:from|at|on|chez|bei|über)\s+([\p{Lu}\d][^,;:()]{0,30}?)\s+(?:for|starting at|pour|für)\s*$/iu;
const SHOP_AT = /\b(?:at|from|on|chez|sur|bei|über|auf)\s+([\p{Lu}\d][^,;:()]{0,30}?)\s*$/u;

/** True when a line holds a complete product of its own ("Name, $P at Shop"): then it is not a buy line. */
export function hasNamedProduct(ctx: Ctx, l: Line): boolean {
  return segments(ctx, l).some(([c, s, e]) => !!parseAround(l, c, s, e)?.name);
}

interface Buy {
  price: Candidate['price'];
  url: string | null;
  retailer: string | null;
}

/** Reads a buy line: "$P at Shop", "Shop it: $P, shop.com", "Get it from Amazon for $P", or a "Shop now" link. */
function readBuy(ctx: Ctx, l: Line): Buy | null {
  const link = l.links.find((x) => hrefOf(ctx, x.a));
  const url = link ? hrefOf(ctx, link.a) : null;
  const cs = clusters(ctx, l);
  if (cs.length === 1) {
    const c = cs[0]!;
    const p = parseAround(l, c, 0, l.text.length);
    const pre = l.text.slice(0, c.s);
    const from = BUY_FROM.exec(pre);
    if (p && !p.name) return { price: p.price, url, retailer: p.retailer };
    if (from && (url || /^(?:get|buy|grab|shop|snag|order|find|find it)\b/i.test(pre))) {
      return { price: c.price, url, retailer: retailerFromText(from[1]!) };
    }
    return null;
  }
  const t = clean(l.text);
  if (!cs.length && url && CTA.test(t) && words(t).length <= 8) {
    const at = SHOP_AT.exec(t);
    return { price: null, url, retailer: at ? retailerFromText(at[1]!) : null };
  }
  return null;
}

/** A complete product line under a title that names its brand when the line does not ("Le cabas Jacquemus"). */
function withTitleBrand(ctx: Ctx, title: Line, l: Line, format: string): Candidate | null {
  const segs = segments(ctx, l);
  const brand = splitBrand(clean(title.text)).brand;
  if (segs.length !== 1 || !brand || !lookupBrand(brand)) return null;
  const [c, s, e] = segs[0]!;
  const p = parseAround(l, c, s, e);
  const cand = p && toCandidate(ctx, l, p, s, e, format);
  if (!cand || cand.brand) return null;
  return { ...cand, brand, element: title.el, claims: [...cand.claims, { i: title.i, s: 0, e: 1e9 }], score: cand.score + 1 };
}

/**
 * A product introduced by a title (a heading, a bold line) and bought through a later line of its
 * section: the mention takes its name from the title and its price, link and shop from the buy line.
 */
export function sectionMention(ctx: Ctx, title: Line, body: Line[], format: string, needPrice: boolean): Candidate | null {
  const raw = clean(title.text);
  if (/\?$/.test(raw) || words(raw).length > 18) return null;
  let buyAt = -1;
  let buy: Buy | null = null;
  for (let k = 0; k < body.length && !buy; k++) {
    if (hasNamedProduct(ctx, body[k]!)) return withTitleBrand(ctx, title, body[k]!, format);
    if ((buy = readBuy(ctx, body[k]!))) buyAt = k;
  }
  if (!buy || (needPrice && !buy.price)) return null;
  const tc = clusters(ctx, title).find((c) => /^[\s)"”.!]*$/.test(title.text.slice(c.e)));
  let name = clean(tc ? title.text.slice(0, tc.s) : raw).replace(/[\s,:–—-]+$/, '');
  name = name.replace(/^(?:best|our|top|editor'?s?|the)\b[^:]{0,30}:\s*/i, '');
  let price = buy.price ?? tc?.price ?? null;
  if (!price) {
    const all = body.slice(0, buyAt).flatMap((l) => clusters(ctx, l));
    if (all.length === 1) price = all[0]!.price;
  }
  const url = buy.url ?? hrefOf(ctx, title.links[0]?.a);
  if (!url || !nameOk(name, 18)) return null;
  const split = splitBrand(name, null, destination(url));
  if (!split.name || (!price && !split.brand)) return null;
  const retailer = (buy.retailer && retailerFromText(buy.retailer, split.brand)) ?? retailerFromUrl(url, split.brand);
  let score = 2 + (price ? 2 : 0) + (retailer ? 1 : 0);
  if (split.brand && lookupBrand(split.brand)) score += 1;
  return {
    ...split,
    price,
    retailer,
    url,
    element: title.el,
    claims: [title, ...body.slice(0, buyAt + 1)].map((l) => ({ i: l.i, s: 0, e: 1e9 })),
    score,
    format,
  };
}
