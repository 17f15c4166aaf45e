import type { Candidate, Ctx, Line } from './context';
import { canonical, splitBrand } from './brand';
import { clusters } from './clusters';
import { toCandidate } from './candidate';
import { internal, lineHref } from './href';
import { parseAround } from './segment';
import { segments } from './price-segments';
import { destination, retailerFromText, retailerFromUrl } from './retailer';
import { clean, lowerAlnum, nameOk, words } from './text';
import { productPhrase } from './phrase';
import { readBuy, type Buy } from './buy-line';
import { proseEndBuy } from './prose-buy';
import { lookupBrand } from '../gazetteer';

/** A heading that labels a pick's role in a guide ("Best overall", "Our pick", "Pros"), never a product or maker. */
export const SECTION_LABEL = new RegExp(
  String.raw`^(?:the\s+)?(?:best|top|our|runner|budget|upgrade|also great|editor|verdict|bottom line|how we|` +
    String.raw`why|what|where|final|faq|pros?|cons?|(?:key )?specs?|rating|things to)\b`,
  'i',
);
/** True when a line holds a complete product of its own ("Name, $P at Shop"): then it is not a buy line. */
export function hasNamedProduct(ctx: Ctx, l: Line): boolean {
  return segments(ctx, l).some(([c, s, e]) => !!parseAround(l, c, s, e)?.name);
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
  return {
    ...cand,
    brand,
    element: title.el,
    claims: [...cand.claims, { i: title.i, s: 0, e: 1e9 }],
    score: cand.score + 1,
  };
}

/**
 * A product introduced by a title (a heading, a bold line) and bought through a later line of its
 * section: the mention takes its name from the title and its price, link and shop from the buy line.
 */
export function sectionMention(
  ctx: Ctx,
  title: Line,
  body: Line[],
  format: string,
  needPrice: boolean,
): Candidate | null {
  const raw = clean(title.text);
  // A title too long to be a name may still be a sentence naming one ("1. A Laneige lip mask that…").
  const lead = productPhrase(raw);
  const phrase = words(raw).length > 18 ? lead : null;
  if (/\?$/.test(raw) || (words(raw).length > 18 && !phrase)) return null;
  let buyAt = -1;
  let buy = null as Buy | null;
  // A price line without a link keeps looking for the section's button ("$1,150" … "Shop at Net-a-Porter").
  for (let k = 0; k < body.length && !buy?.url; k++) {
    const pb = buy ? null : proseEndBuy(ctx, body[k]!);
    if (pb) {
      [buy, buyAt] = [pb, k];
      continue;
    }
    if (hasNamedProduct(ctx, body[k]!)) {
      if (buy) break;
      return withTitleBrand(ctx, title, body[k]!, format);
    }
    const b = readBuy(ctx, body[k]!);
    // A later line at the same price is the same offer with its link ("Price: $45" … "Get it from Amazon for $45").
    if (
      !b ||
      (buy && b.price && !(buy.price && b.price.amount === buy.price.amount && b.price.currency === buy.price.currency))
    )
      continue;
    buy = buy ? { price: buy.price, url: b.url, retailer: buy.retailer ?? b.retailer } : b;
    buyAt = k;
  }
  if (!buy || (needPrice && !buy.price)) return null;
  const tc = clusters(ctx, title).find((c) => /^[\s)"”.!]*$/.test(title.text.slice(c.e)));
  let name = clean(tc ? title.text.slice(0, tc.s) : raw).replace(/[\s,:–—-]+$/, '');
  name = name.replace(/^(?:best|our|top|editor'?s?|the)\b[^:]{0,30}:\s*/i, '');
  if (phrase) name = phrase;
  // A title that is a sentence ("A set of <a>velvet hangers</a> so your clothes…") names its product in its link.
  const tl = title.links.length === 1 ? title.links[0]! : null;
  if (tl && words(title.text).length - words(title.text.slice(tl.s, tl.e)).length >= 4)
    name = clean(title.text.slice(tl.s, tl.e));
  let price = buy.price ?? tc?.price ?? null;
  if (!price) {
    const all = body.slice(0, buyAt).flatMap((l) => clusters(ctx, l));
    if (all.length === 1) price = all[0]!.price;
  }
  const url = buy.url ?? lineHref(ctx, title);
  if (!url || !nameOk(name, 18)) return null;
  let split = splitBrand(name, null, destination(url));
  // In a sentence title the maker sits in the product phrase, not in the clause that sells it ("…missing by December").
  const leadBrand = lead && !phrase ? splitBrand(lead, null, destination(url)).brand : null;
  if (leadBrand && lookupBrand(leadBrand) && lowerAlnum(leadBrand) !== lowerAlnum(split.brand ?? ''))
    split = { brand: leadBrand, name };
  if (buy.brand && !split.brand) split.brand = canonical(buy.brand);
  if (!split.name || (!price && !split.brand)) return null;
  const retailer = (buy.retailer && retailerFromText(buy.retailer, split.brand)) ?? retailerFromUrl(url, split.brand);
  // A section label ("Best budget pick", "Verdict") or a link back into the site names no product.
  if (!split.brand && (SECTION_LABEL.test(name) || (!retailer && internal(ctx, url)))) return null;
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
