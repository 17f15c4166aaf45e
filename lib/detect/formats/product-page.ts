import { retailerForHost } from '../../gazetteer';
import { parsePrice } from '../../price';
import type { Candidate, Ctx, Format } from '../context';
import { lowerAlnum } from '../text';
import { displayedPrice } from '../shown-price';

type Rec = Record<string, unknown>;
type Found = Pick<Candidate, 'name' | 'brand' | 'price' | 'url'>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
// Unrendered template placeholders ("$metabrand", "{{ name }}") are not values; "&amp;" is a shop's
// HTML escaping left in its JSON ("Harbour &amp; Co").
const str = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() && !/^\s*(?:\$[a-z]|\{\{)/i.test(v)
    ? v.trim().slice(0, 300).replace(/&amp;/g, '&')
    : typeof v === 'number'
      ? String(v)
      : null;
const types = (n: Rec): string => [n['@type']].flat().join(' ');
const PRODUCT = /\b(?:product|productgroup|individualproduct)\b/i;
const MAX_JSON = 1_000_000;
// A shop's product page has a buy button; its other product tiles are not what the reader came for.
const ADD_TO_CART = new RegExp(
  String.raw`add to (?:cart|bag|basket)|in den (?:warenkorb|einkaufswagen)|ajouter au (?:panier|sac)|` +
    String.raw`aggiungi al carrello|añadir a la cesta`,
  'i',
);

/** Every JSON-LD node on the page, @graph and nested arrays flattened. */
function nodes(doc: Document): Rec[] {
  const out: Rec[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth > 6) return;
    if (Array.isArray(v)) v.forEach((x) => walk(x, depth + 1));
    else if (isRec(v)) {
      out.push(v);
      // A WebPage's mainEntity is the product the page is about.
      for (const k of ['@graph', 'mainEntity']) if (v[k]) walk(v[k], depth + 1);
    }
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const t = s.textContent ?? '';
    if (t.length > MAX_JSON) continue;
    try {
      walk(JSON.parse(t), 0);
    } catch {
      // A broken JSON-LD block is the page's problem, not a reason to stop.
    }
  }
  return out;
}

const meta = (doc: Document, k: string): string | null =>
  str(doc.querySelector(`meta[property="${k}"], meta[name="${k}"]`)?.getAttribute('content'));

function priceOf(v: unknown, cur: string | null, ctx: Ctx): Candidate['price'] {
  const s = str(v);
  const currency = (cur ?? ctx.currency).toUpperCase();
  const amount =
    s && /^\d+(?:\.\d+)?$/.test(s) ? Number(s) : s ? parsePrice(s, { defaultCurrency: currency })?.amount : null;
  return amount && amount > 0 ? { amount, currency } : null;
}

function fromJsonLd(ctx: Ctx, all: Rec[]): Found | null {
  const products = all.filter((n) => PRODUCT.test(types(n)) && str(n.name));
  if (!products.length || new Set(products.map((p) => str(p.name))).size > 1) return null;
  for (const p of products) {
    const offers = [p.offers].flat().filter(isRec);
    const offer = offers.find((o) => o.price != null || o.lowPrice != null) ?? offers[0] ?? {};
    // The selling price, not a struck-through or list price given beside it.
    const spec =
      ([offer.priceSpecification]
        .flat()
        .find((s) => isRec(s) && !/strike|list|msrp|srp/i.test(String(s.priceType))) as Rec) ?? {};
    const price = priceOf(
      offer.price ?? offer.lowPrice ?? spec.price,
      str(offer.priceCurrency) ?? str(spec.priceCurrency),
      ctx,
    );
    if (price || p === products[products.length - 1]) {
      const b: unknown = [p.brand].flat()[0];
      const brand = isRec(b) ? str(b.name) : str(b);
      return { name: str(p.name)!, brand, price, url: str(offer.url) ?? str(p.url) };
    }
  }
  return null;
}

function fromMicrodata(ctx: Ctx, doc: Document): Found | null {
  const items = doc.querySelectorAll('[itemtype*="schema.org/Product" i]');
  if (items.length !== 1) return null;
  const item = items[0]!;
  // The item's own properties, not those of a nested offer, seller or review.
  const prop = (k: string, within = item, deep = false): string | null => {
    const e = [...within.querySelectorAll(`[itemprop="${k}"]`)].find(
      (x) => deep || x.parentElement?.closest('[itemscope]') === within,
    );
    if (!e) return null;
    if (e.hasAttribute('itemscope')) return prop('name', e);
    return str(e.getAttribute('content') ?? e.textContent?.replace(/\s+/g, ' '));
  };
  const name = prop('name');
  return name
    ? {
        name,
        brand: prop('brand'),
        price: priceOf(prop('price', item, true), prop('priceCurrency', item, true), ctx),
        url: null,
      }
    : null;
}

/** A retailer's product page (schema.org Product JSON-LD or microdata, OpenGraph product tags): that one product. */
export const productPage: Format = {
  id: 'product-page',
  detect(ctx) {
    const doc = ctx.doc;
    const ogType = meta(doc, 'og:type')?.toLowerCase() ?? '';
    const all = nodes(doc);
    if (ogType === 'article' || all.some((n) => /article|blogposting|itemlist/i.test(types(n)))) return [];
    const micro = fromMicrodata(ctx, doc);
    let found = fromJsonLd(ctx, all) ?? micro;
    if (!found && ogType === 'product') {
      const name = meta(doc, 'og:title');
      const cur = meta(doc, 'product:price:currency') ?? meta(doc, 'og:price:currency');
      const price = priceOf(meta(doc, 'product:price:amount') ?? meta(doc, 'og:price:amount'), cur, ctx);
      found = name ? { name, brand: meta(doc, 'product:brand'), price, url: null } : null;
    }
    if (!found) return [];
    found.price ??= micro?.price ?? null;
    // "GANT Akron Boot" from a shop that also gives the brand reads as brand "GANT", name "Akron Boot".
    const b = found.brand;
    if (b && found.name.toLowerCase().startsWith(`${b.toLowerCase()} `)) found.name = found.name.slice(b.length + 1);
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    const url = found.url ?? meta(doc, 'og:url') ?? str(canonical) ?? ctx.pageUrl;
    // The shop's name: known by its host, or as the page names itself ("Coat | Northbound Clothing").
    const site = /\s[|–—]\s([^|–—]{2,40})$/.exec(doc.title)?.[1]?.trim();
    const retailer = retailerForHost(ctx.host)?.name ?? meta(doc, 'og:site_name') ?? site ?? null;
    // A title that still carries the shop's name ("Linen Apron | Quayside Home") loses it.
    const cut = /^(.+?)\s[|–—]\s(.+)$/.exec(found.name);
    if (cut && retailer && lowerAlnum(cut[2]!) === lowerAlnum(retailer)) found.name = cut[1]!;
    const h1 = doc.querySelector('h1');
    // Structured data without an offer: the price the page shows under the title.
    if (h1 && !found.price) found.price = displayedPrice(h1, ctx.currency);
    // No brand anywhere on a shop the gazetteer does not know: a small shop's own label (its own name).
    if (!found.brand && retailer && !retailerForHost(ctx.host)) found.brand = retailer;
    const element = h1 ?? doc.body ?? doc.documentElement;
    return [{ ...found, url, retailer, element, claims: [], score: 9, format: 'product-page' }];
  },
};

/** Whether the page sells one product itself (a buy button), so article formats must stay silent on it. */
export function isShopPage(ctx: Ctx): boolean {
  for (const b of ctx.doc.querySelectorAll('button, input[type="submit"], [role="button"]')) {
    if (ADD_TO_CART.test(b.textContent || b.getAttribute('value') || b.getAttribute('aria-label') || '')) return true;
  }
  return false;
}
