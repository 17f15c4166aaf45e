import { lookupBrand, lookupRetailer } from '../gazetteer';
import { canonical, splitBrand } from './brand';
import type { Candidate, Ctx, Line } from './context';
import { whole } from './context';
import { BUY_LABEL } from './buy-line';
import { hasNamedProduct } from './section';
import { clusters } from './clusters';
import { hrefOf, internal, lineHref } from './href';
import { destination, retailerFromText, retailerFromUrl } from './retailer';
import { COUNTER, offer } from './offer';
import { makerOnly } from './brand';
import { makerLine } from './maker-slot';
import { isPriceLabel } from './lexicon';
import { clean, CTA, lowerAlnum, LABEL, nameOk, properName, words } from './text';

const HINTS: [keyof Fields, RegExp][] = [
  ['brand', /brand|designer|vendor|maker|marque|marke|manufacturer/i],
  ['retailer', /retailer|merchant|store|seller|stockist|source|shop-?name/i],
  ['name', /name|title|heading|headline|product-?text/i],
];

interface Fields {
  brand?: string;
  name?: string;
  retailer?: string;
}

// Card labels that are not brands: "Best Overall", "Editor's pick", "Sale".
const BADGE = /^(?:best|top|our|editor|most|new|sale|exclusive|sponsored|ad|trending|hot|limited|award|winner|\d+%)/i;

// A tile's department line ("WOMEN", "メンズ", "여성") sits above the name where a maker would: it names no one.
const AUDIENCE = new RegExp(
  String.raw`^(?:(?:wo)?m[ae]n'?s?|kids|baby|unisex|ladies|girls|boys|damen|herren|kinder|femme|homme|donna|uomo|` +
    String.raw`mujer|hombre|dames|heren|レディース|ウィメンズ|メンズ|キッズ|ベビー|ユニセックス|여성|남성|키즈|유니섹스|女装|男装|童装)$`,
  'iu',
);

function hint(l: Line, box: Element): keyof Fields | 'head' | null {
  for (let e: Element | null = l.el; e && e !== box.parentElement; e = e.parentElement) {
    const c = e.getAttribute('class') ?? '';
    for (const [k, re] of HINTS) if (re.test(c)) return k;
    if (/^H[2-6]$/.test(e.tagName.toUpperCase())) return 'head';
  }
  return null;
}

/**
 * A product shown as a group of short lines (a card, a carousel tile, a slide): brand, name,
 * price, shop and a link, read from the fields' class names where there are any, else by order.
 */
export function groupMention(ctx: Ctx, lines: Line[], box: Element, format: string): Candidate | null {
  if (lines.length > 14 || lines.some((l) => hasNamedProduct(ctx, l))) return null;
  const f: Fields = {};
  const texts: string[] = [];
  let price: Candidate['price'] = null;
  let url: string | null = null;
  let ctaShop: string | null = null;
  let before = 0;
  let fromHead = false;
  let shopNext = false;
  for (const l of lines) {
    const t = clean(l.text);
    const o = offer(ctx, l);
    const lk = lineHref(ctx, l);
    if (COUNTER.test(t) || AUDIENCE.test(t)) continue;
    // A spec box (<dl>, a two-column table) labels its rows: "Price" names nothing, and the row after
    // "Where to buy" is the shop, not the product.
    const shopRow = shopNext;
    shopNext = BUY_LABEL.test(t);
    if (shopNext || LABEL.test(t) || isPriceLabel(t)) continue;
    if (shopRow && !clusters(ctx, l).length) {
      ctaShop ??= retailerFromText(t);
      url ??= lk;
      continue;
    }
    if (o) {
      price ??= o.price;
      ctaShop ??= o.shop;
      url ??= lk;
      continue;
    }
    const cs = clusters(ctx, l);
    if (CTA.test(t) || (cs.length === 1 && /^\s*(?:at|from|chez|bei|sur|@)\s/i.test(t.slice(cs[0]!.e)))) {
      if (cs.length === 1) price ??= cs[0]!.price;
      const at = /\b(?:at|from|chez|bei|sur|@|auf)\s+(.{2,40})$/i.exec(t);
      ctaShop ??= at ? retailerFromText(at[1]!) : null;
      url ??= lk;
      continue;
    }
    if (cs.length || words(t).length > 14) continue;
    const h = hint(l, box);
    let k = h;
    // A heading names the product unless a field marked as the name follows: then it is the brand line above it.
    if (k === 'head') k = f.name ? null : 'name';
    // So does a titled badge ("1. Best Overall" in .product-title) above the product's own name field.
    else if (k === 'name' && f.name && (fromHead || BADGE.test(f.name.replace(/^\d{1,2}[.)]\s*/, '')))) {
      texts.splice(before, 0, f.name);
      f.name = undefined;
    }
    if (k && !f[k]) {
      f[k] = t;
      if (k === 'name') [before, fromHead] = [texts.length, h === 'head'];
    } else texts.push(t);
  }
  if (!price && !ctaShop) return null;
  const a = box.closest('a[href]') ?? box.querySelector('a[href]');
  url ??= hrefOf(ctx, a);
  let name = f.name ?? (f.brand ? texts.shift() : undefined);
  let brand = f.brand ?? null;
  // Shop themes print the vendor below the title ("Nile Swimsuit" over "Hunza G"): a known brand, or in the grid's
  // maker slot.
  const below = f.name && !brand ? texts[before] : undefined;
  if (below && !BADGE.test(below) && makerLine(lines, below)) brand = texts.splice(before, 1)[0]!;
  // A short line just above a titled name is its brand ("Toteme" over "Suede bomber jacket").
  const above = f.name && !brand && before ? texts[before - 1]! : '';
  if (
    above &&
    !BADGE.test(above) &&
    (lookupBrand(above) || (properName(above) && !lookupBrand(splitBrand(f.name!).brand ?? '')))
  ) {
    brand = above;
    if (lowerAlnum(f.name!).startsWith(lowerAlnum(above))) name = f.name!.slice(above.length).trim();
  }
  // Two headings, maker over name ("Nike Sportswear" over "AIR FORCE 1 '07 - Sneaker low"): a name
  // field that holds only a maker is the brand line, and the line after it names the product.
  const next = f.name && !brand && name === f.name ? texts[before] : undefined;
  if (next && makerLine(lines, f.name!) && !makerOnly(next) && nameOk(next, 16)) {
    brand = f.name!;
    name = texts.splice(before, 1)[0]!;
  }
  if (!name && texts.length >= 2 && words(texts[0]!).length <= 4) {
    brand = texts.shift()!;
    name = texts.shift();
  } else if (!name) name = texts.shift();
  // Image-only tiles name the product in the picture's alt text.
  name ??= box.querySelector('img[alt]')?.getAttribute('alt')?.trim();
  if (!name || !nameOk(name, 16)) return null;
  const split = brand ? { brand: canonical(brand), name } : splitBrand(name, null, url && destination(url));
  // A brand that is itself a shop ("MANGO" on an opaque link) is sold by its own shop.
  const retailer =
    (f.retailer && retailerFromText(f.retailer)) ||
    ctaShop ||
    retailerFromUrl(url, split.brand) ||
    (split.brand && lookupRetailer(split.brand)?.name) ||
    null;
  // A tile linking back into the publisher's own site is a story teaser, not a product, unless the
  // site is a shop and the link is one of its product pages ("/products/linen-shirt").
  const ownPage = !!url && internal(ctx, url) && OWN_PRODUCT.test(url);
  const own = !retailer && ownPage ? siteName(ctx) : null;
  if (!retailer && !own && (!split.brand || (url && internal(ctx, url)))) return null;
  // Tiles of a shop's grid naming no maker ("Boxy Tee | Bone") are its own label (as written: "ユニクロ"), an unknown
  // maker part of the name unless the shop is unknown too; marked for ./shop-tiles (a multi-brand shop's grid).
  const site = own ?? siteName(ctx) ?? retailer;
  const guess = split.brand && (lookupBrand(split.brand) || !lookupBrand(site ?? ''));
  const shopLabel = ownPage && !brand && !guess ? site : null;
  const maker = shopLabel ?? split.brand;
  const title = shopLabel ? name : split.name;
  const score = 1 + (price ? 2 : 0) + (url ? 2 : 0) + (maker ? 1 : 0) + (retailer || own ? 1 : 0);
  return {
    brand: maker,
    name: title,
    price,
    retailer: retailer ?? own,
    url,
    element: box,
    claims: whole(lines),
    score,
    format,
    ...(shopLabel ? { shopLabel: true } : {}),
  };
}

const OWN_PRODUCT = /^https?:\/\/[^/]+(?:\/[a-z]{2}(?:[-_][a-z]{2})?){0,2}\/(?:products?|p)\/[^/?#]+/i;

/** The site's own name ("Harbour & Co"), from og:site_name; null when it does not name itself. */
function siteName(ctx: Ctx): string | null {
  const n = clean(ctx.doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '');
  return n && n.length <= 40 ? n : null;
}
