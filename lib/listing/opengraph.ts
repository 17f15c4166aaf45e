import { normaliseAvailability } from './availability';
import { currencyInText, normaliseCurrency, readShownPrice } from './currency';
import { visibleText } from './dom';
import { metaContent, metaContents } from './dom-index';
import type { ExtractContext, ListingExtractor, SourceResult } from './extractor';
import { readMachineAmount } from './number';
import { cleanText, containment, isPlaceholder, tokens } from './text';
import { absoluteUrl, isSiteImage } from './url';

/** Current-price keys, the sale price first: when a page gives one it is what the buyer pays. */
const PRICE_KEYS = [
  ['product:sale_price:amount', 'product:sale_price:currency'],
  ['product:price:amount', 'product:price:currency'],
  ['og:price:amount', 'og:price:currency'],
] as const;
/** Former / list prices: never the current one. */
const REGULAR_KEYS = [
  'product:original_price:amount',
  'og:original_price:amount',
  'og:price:standard_amount',
  'product:price:standard_amount',
  'product:regular_price:amount',
  'product:list_price:amount',
];

/** Reads OpenGraph (og:*) and Facebook product (product:*) meta tags. */
export const opengraphExtractor: ListingExtractor = {
  name: 'opengraph',
  extract(doc: Document, ctx: ExtractContext): SourceResult {
    const meta = (...keys: string[]) => metaContent(doc, keys);
    let price: number | null = null;
    let currency: string | null = null;
    for (const [amountKey, currencyKey] of PRICE_KEYS) {
      const raw = meta(amountKey);
      const amount = raw ? readMachineAmount(raw) : null;
      if (amount === null || amount <= 0) continue;
      price = amount;
      currency = normaliseCurrency(meta(currencyKey), ctx.currency) ?? currencyInText(raw!, ctx.currency);
      break;
    }
    // a bare og:price holding the shown price with its sign ("2,900원~", "€ 40,00")
    const shown = price === null ? meta('og:price', 'product:price') : null;
    if (shown) {
      const read = readShownPrice(shown, ctx.currency);
      if (read.amount !== null && read.amount > 0 && read.currency) [price, currency] = [read.amount, read.currency];
    }
    const regularPrices = REGULAR_KEYS.map((k) => readMachineAmount(meta(k) ?? '')).filter(
      (p): p is number => p !== null && p > 0 && p !== price,
    );
    const image = metaContents(doc, [
      'og:image',
      'og:image:url',
      'og:image:secure_url',
      'twitter:image',
      'twitter:image:src',
    ])
      .map((v) => absoluteUrl(v, ctx.baseUrl))
      .find((u): u is string => !!u && !isSiteImage(u));
    const brand = cleanText(meta('product:brand', 'og:brand', 'og:product:brand'));
    const title = siteFreeTitle(meta('og:title', 'twitter:title'), meta('og:site_name', 'og:site-name'), ctx.pageUrl);
    return {
      title: title && namesTheProduct(title, ctx) ? title : null,
      brand: brand && !isPlaceholder(brand) ? brand : null,
      price,
      currency,
      availability: normaliseAvailability(meta('product:availability', 'og:availability', 'og:product:availability')),
      image: image ?? null,
      url: absoluteUrl(meta('og:url'), ctx.baseUrl),
      regularPrices,
      confidence: /product/i.test(meta('og:type') ?? '') ? 1 : 0.7,
    };
  },
};

const PRICE_SEGMENT = /^\s*(\p{Sc}|[A-Z]{3})?\s?\d[\d.,' ]*\s?(\p{Sc}|[A-Z]{3})?\s*$/u;

/**
 * og:title without the shop's name: "Shirt - Black - Zalando.ie" → "Shirt - Black",
 * "Buy Camera | Smart home | Argos" → "Camera | Smart home".
 */
export function siteFreeTitle(raw: string | null, siteName: string | null, pageUrl: string): string | null {
  const title = cleanText(raw);
  if (!title || isPlaceholder(title)) return null;
  const site = new Set([...tokens(siteName ?? ''), ...hostWords(pageUrl)]);
  const isSite = (segment: string) => {
    const t = tokens(segment);
    return t.length > 0 && t.length <= 4 && t.some((w) => site.has(w));
  };
  const parts = title.split(/\s+[|–—·:]\s+|\s+-\s+|\s*｜\s*/);
  let seps: string[] = title.match(/\s+[|–—·:]\s+|\s+-\s+|\s*｜\s*/g) ?? [];
  let start = 0;
  let end = parts.length;
  // trailing shop name and price ("… - Kiabi - 15,00€"), at most two segments
  for (let k = 0; k < 2 && end - start > 1 && (isSite(parts[end - 1]!) || PRICE_SEGMENT.test(parts[end - 1]!)); k++)
    end--;
  if (end - start > 1 && isSite(parts[start]!)) start++;
  seps = seps.slice(start, end - 1);
  let out = parts[start]!;
  for (let i = start + 1; i < end; i++) out += seps[i - start - 1]! + parts[i]!;
  return out.replace(/^(buy|shop|acheter|kaufen|comprar|compra)\s+/i, '').trim() || null;
}

/**
 * False for a shop-wide og:title ("Online Shopping - Bedding, Furniture...") on a page whose
 * heading says otherwise.
 */
function namesTheProduct(title: string, ctx: ExtractContext): boolean {
  const heading = ctx.hints.heading ? visibleText(ctx.hints.heading, 300) : '';
  return !heading || containment(heading, title) >= 0.3 || containment(title, heading) >= 0.3;
}

/** The words of a page's host name that can name the shop ("www.alibaba.com" → alibaba, com). */
export function hostWords(pageUrl: string): string[] {
  try {
    const labels = new URL(pageUrl).hostname.toLowerCase().split('.');
    return labels.filter((l) => l.length > 3 && !['www', 'shop', 'store'].includes(l)).flatMap((l) => tokens(l));
  } catch {
    return [];
  }
}
