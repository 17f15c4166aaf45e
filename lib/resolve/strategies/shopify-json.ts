import type { Listing } from '../../listing/types';

/** One product of a Shopify predictive-search answer. */
export interface SuggestHit {
  title: string;
  handle: string;
  vendor: string | null;
}

/** A Shopify /products/HANDLE.js document, the fields Magpie reads. */
export interface ShopifyProduct {
  title: string;
  handle: string;
  vendor: string | null;
  /** Cents (minor units). */
  price: number | null;
  available: boolean | null;
  image: string | null;
  url: string | null;
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max = 500): string | null =>
  typeof v === 'string' && v.trim() && v.length <= max ? v.trim() : null;
let handleRe: RegExp | null = null;
// Built on first use: a Unicode property class is slow to build, and the worker imports this at every start.
const isHandle = (s: string): boolean => (handleRe ??= /^[\p{L}\p{N}][\p{L}\p{N}_-]{0,254}$/u).test(s);

/** The product hits of a /search/suggest.json answer; malformed entries are skipped. */
export function parseSuggest(json: unknown): SuggestHit[] {
  const resources = isRec(json) ? json.resources : undefined;
  const results = isRec(resources) ? resources.results : undefined;
  const products = isRec(results) ? results.products : undefined;
  if (!Array.isArray(products)) return [];
  const hits: SuggestHit[] = [];
  for (const p of products.slice(0, 20)) {
    if (!isRec(p)) continue;
    const title = str(p.title);
    const handle = str(p.handle, 255);
    if (title && handle && isHandle(handle)) hits.push({ title, handle, vendor: str(p.vendor, 120) });
  }
  return hits;
}

/** A /products/HANDLE.js document, or null when it is not one. */
export function parseProductJs(json: unknown): ShopifyProduct | null {
  if (!isRec(json)) return null;
  const title = str(json.title);
  const handle = str(json.handle, 255);
  if (!title || !handle) return null;
  const price = typeof json.price === 'number' && Number.isFinite(json.price) && json.price >= 0 ? json.price : null;
  const variants = Array.isArray(json.variants) ? json.variants.filter(isRec) : [];
  const available =
    typeof json.available === 'boolean'
      ? json.available
      : variants.length > 0
        ? variants.some((v) => v.available === true)
        : null;
  const image = str(json.featured_image, 2048) ?? (Array.isArray(json.images) ? str(json.images[0], 2048) : null);
  return { title, handle, vendor: str(json.vendor, 120), price, available, image, url: str(json.url, 2048) };
}

/** The currency of a /cart.js answer: what the shop prices in for this visitor. */
export function parseCartCurrency(json: unknown): string | null {
  const c = isRec(json) ? json.currency : null;
  return typeof c === 'string' && /^[A-Z]{3}$/.test(c) ? c : null;
}

/** A Listing from a Shopify product; image and URL made absolute against the shop's origin. */
export function shopifyListing(p: ShopifyProduct, origin: string, currency: string | null): Listing {
  return {
    title: p.title,
    brand: p.vendor,
    price: p.price === null ? null : Math.round(p.price) / 100,
    currency,
    availability: p.available === null ? null : p.available ? 'InStock' : 'OutOfStock',
    image: absolute(p.image, origin),
    url: absolute((p.url ?? `/products/${p.handle}`).split('?')[0] ?? '', origin),
  };
}

function absolute(u: string | null, origin: string): string | null {
  if (!u) return null;
  try {
    const abs = new URL(u.startsWith('//') ? `https:${u}` : u, origin);
    return abs.protocol === 'https:' || abs.protocol === 'http:' ? abs.href : null;
  } catch {
    return null;
  }
}
