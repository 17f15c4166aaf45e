import { isBuyable, normaliseAvailability } from './availability';
import { normaliseCurrency, readShownPrice } from './currency';
import { visibleText } from './dom';
import { allElements } from './dom-index';
import { isOutsideMainProduct } from './other-products';
import { emptyResult, type ExtractContext, type ListingExtractor, type SourceResult } from './extractor';
import { firstText, hasType, itemsOf, readItem, type MicrodataItem } from './microdata-items';
import { readMachineAmount } from './number';
import { cleanText, containment, isPlaceholder } from './text';
import { absoluteUrl } from './url';

const PRODUCT_TYPES = ['product', 'productgroup', 'individualproduct', 'productmodel', 'someproducts'];
const MAX_SCOPES = 500;

/**
 * Reads the page's main microdata Product — the scope holding the product heading, or named like the
 * page, or marked mainEntity — and never a recommendation tile or a product nested in another.
 */
export const microdataExtractor: ListingExtractor = {
  name: 'microdata',
  extract(doc: Document, ctx: ExtractContext): SourceResult {
    const scopes = allElements(doc)
      .filter((el) => el.hasAttribute('itemscope') && el.hasAttribute('itemtype'))
      .slice(0, MAX_SCOPES)
      .map((el) => readItem(el))
      .filter((item) => hasType(item, PRODUCT_TYPES));
    const main = chooseMain(scopes, ctx);
    return main ? readProduct(main.item, main.confidence, ctx) : emptyResult();
  },
};

function chooseMain(
  products: MicrodataItem[],
  ctx: ExtractContext,
): { item: MicrodataItem; confidence: number } | null {
  const heading = ctx.hints.heading;
  const refs = [heading ? visibleText(heading, 400) : '', ...ctx.hints.titles].filter(Boolean);
  let best: MicrodataItem | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const item of products) {
    let score = 0;
    if (heading && item.el.contains(heading)) score += 3;
    const name = firstText(item, 'name');
    if (name && refs.some((r) => containment(name, r) >= 0.6)) score += 2;
    if (/mainentity/i.test(item.el.getAttribute('itemprop') ?? '')) score += 2;
    if (itemsOf(item, 'offers').length) score += 1;
    if (products.some((p) => p !== item && p.el.contains(item.el))) score -= 3;
    if (isOutsideMainProduct(item.el)) score -= 3;
    if (score > bestScore) [best, bestScore] = [item, score];
  }
  if (!best) return null;
  // a lone scope that nothing ties to the page may still be it; several unrelated ones are tiles
  if (bestScore >= 2) return { item: best, confidence: 1 };
  if (products.length === 1 && bestScore >= 0) return { item: best, confidence: 0.6 };
  return null;
}

function readProduct(item: MicrodataItem, confidence: number, ctx: ExtractContext): SourceResult {
  const offers = itemsOf(item, 'offers')
    .flatMap((o) => [o, ...itemsOf(o, 'offers')])
    .map((o) => readOffer(o, ctx));
  const priced =
    offers.find((o) => o.price !== null && isBuyable(o.availability)) ?? offers.find((o) => o.price !== null);
  const availability =
    offers.find((o) => isBuyable(o.availability))?.availability ??
    offers.find((o) => o.availability)?.availability ??
    null;
  return {
    title: usable(firstText(item, 'name')),
    brand: usable(firstText(item, 'brand')),
    price: priced?.price ?? null,
    currency: priced?.currency ?? offers.find((o) => o.currency)?.currency ?? null,
    availability,
    image: firstImage(item, ctx.baseUrl),
    url: absoluteUrl(firstText(item, 'url'), ctx.baseUrl),
    confidence,
  };
}

function readOffer(o: MicrodataItem, ctx: ExtractContext) {
  const raw = firstText(o, 'price') ?? firstText(o, 'lowPrice');
  // content="15.00" is machine-readable; shown text ("56,00 €", "$1,299") follows display conventions
  const shown = raw && !/^\s*\d+(\.\d+)?\s*$/.test(raw) ? readShownPrice(raw, ctx.currency) : null;
  const price = shown ? shown.amount : raw ? readMachineAmount(raw) : null;
  return {
    price: price !== null && price > 0 ? price : null,
    currency: normaliseCurrency(firstText(o, 'priceCurrency'), ctx.currency) ?? shown?.currency ?? null,
    availability: normaliseAvailability(firstText(o, 'availability')),
  };
}

function firstImage(item: MicrodataItem, baseUrl: string): string | null {
  for (const v of item.props.get('image') ?? []) {
    const raw = typeof v === 'string' ? v : (firstText(v, 'url') ?? firstText(v, 'contentUrl'));
    const abs = absoluteUrl(raw, baseUrl);
    if (abs) return abs;
  }
  return null;
}

function usable(s: string | null): string | null {
  const t = cleanText(s);
  return t && !isPlaceholder(t) ? t : null;
}
