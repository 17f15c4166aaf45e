import { lookupBrand } from '../gazetteer';
import { splitBrand } from './brand';
import type { Candidate, Cluster, Ctx, Line } from './context';
import { whole } from './context';
import { hasNamedProduct } from './section';
import { clusters } from './clusters';
import { hrefOf } from './href';
import { destination, retailerFromText, retailerFromUrl } from './retailer';
import { clean, CTA, nameOk, words } from './text';

const COUNTER = /^(?:slide\s*)?\d{1,3}\s*(?:of|\/|de|von|sur|sur)\s*\d{1,3}$/i;
const PRICE_WORDS = /^(?:was|now|sale|from|ab|dès|à partir de|statt|jetzt|nur|reg\.?|price|prix|preis|[\s:,()\-–—/]|\+)*$/i;
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

/** A line that is only a price (with was/now words): "$175", "$120 $89.96", "from £40". */
export function priceOnly(ctx: Ctx, l: Line): Cluster | null {
  const cs = clusters(ctx, l);
  if (cs.length !== 1) return null;
  const c = cs[0]!;
  return PRICE_WORDS.test(l.text.slice(0, c.s) + ' ' + l.text.slice(c.e)) ? c : null;
}

function hint(l: Line, box: Element): keyof Fields | null {
  for (let e: Element | null = l.el; e && e !== box.parentElement; e = e.parentElement) {
    const c = e.getAttribute('class') ?? '';
    for (const [k, re] of HINTS) if (re.test(c)) return k;
    if (/^H[2-6]$/.test(e.tagName.toUpperCase())) return 'name';
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
  for (const l of lines) {
    const t = clean(l.text);
    const po = priceOnly(ctx, l);
    const lk = l.links.find((x) => hrefOf(ctx, x.a));
    if (COUNTER.test(t)) continue;
    if (po) {
      price ??= po.price;
      continue;
    }
    const cs = clusters(ctx, l);
    if (CTA.test(t) || (cs.length === 1 && /^\s*(?:at|from|chez|bei|sur|@)\s/i.test(t.slice(cs[0]!.e)))) {
      if (cs.length === 1) price ??= cs[0]!.price;
      const at = /\b(?:at|from|chez|bei|sur|@|auf)\s+(.{2,40})$/i.exec(t);
      ctaShop ??= at ? retailerFromText(at[1]!) : null;
      if (lk) url ??= hrefOf(ctx, lk.a);
      continue;
    }
    if (cs.length || words(t).length > 14) continue;
    const k = hint(l, box);
    if (k && !f[k]) f[k] = t;
    else texts.push(t);
  }
  if (!price && !ctaShop) return null;
  const a = box.closest('a[href]') ?? box.querySelector('a[href]');
  url ??= hrefOf(ctx, a);
  let name = f.name ?? (f.brand ? texts.shift() : undefined);
  let brand = f.brand ?? null;
  if (!name && texts.length >= 2 && words(texts[0]!).length <= 4) {
    brand = texts.shift()!;
    name = texts.shift();
  } else if (!name) name = texts.shift();
  if (!name || !nameOk(name, 16)) return null;
  const split = brand ? { brand: lookupBrand(brand)?.name ?? brand, name } : splitBrand(name, null, url && destination(url));
  const retailer = (f.retailer && retailerFromText(f.retailer)) || ctaShop || retailerFromUrl(url, split.brand);
  if (!split.brand && !retailer) return null;
  const score = 1 + (price ? 2 : 0) + (url ? 2 : 0) + (split.brand ? 1 : 0) + (retailer ? 1 : 0);
  return { ...split, price, retailer, url, element: box, claims: whole(lines), score, format };
}

/** The lines lying inside an element, found by widening from one line it holds. */
export function linesWithin(ctx: Ctx, box: Element, at: number, max = 40): Line[] {
  const L = ctx.lines;
  let a = at;
  let b = at;
  // Capped: a box this big is a page section, not one product, and callers stop there.
  while (a > 0 && at - a <= max && box.contains(L[a - 1]!.el)) a--;
  while (b + 1 < L.length && b - at <= max && box.contains(L[b + 1]!.el)) b++;
  return L.slice(a, b + 1);
}
