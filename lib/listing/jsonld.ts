import { isBuyable } from './availability';
import { visibleText } from './dom';
import { elementsByTag } from './dom-index';
import { emptyResult, type ExtractContext, type ListingExtractor, type SourceResult } from './extractor';
import { asList, isRecord, prop, type JsonRecord } from './guards';
import { collectFamilies, type ProductFamily } from './sources/jsonld-nodes';
import { readOffers, type OfferReading } from './sources/jsonld-offers';
import { parseJsonLd } from './sources/jsonld-parse';
import { chooseVariant, imageUrls } from './sources/jsonld-variant';
import { cleanText, containment, isPlaceholder } from './text';
import { absoluteUrl, urlKey } from './url';

const MAX_BLOCKS = 100;

/** Reads schema.org Product / ProductGroup JSON-LD: the variant the page shows, its offers, brand, image. */
export const jsonldExtractor: ListingExtractor = {
  name: 'jsonld',
  extract(doc: Document, ctx: ExtractContext): SourceResult {
    const values: unknown[] = [];
    for (const s of elementsByTag(doc, 'SCRIPT').slice(0, 2000)) {
      if (values.length >= MAX_BLOCKS) break;
      if (!/^\s*application\/ld\+json\s*$/i.test(s.getAttribute('type') ?? '')) continue;
      values.push(...parseJsonLd(s.textContent ?? ''));
    }
    const families = collectFamilies(values);
    if (!families.length) return emptyResult();
    const { family, match } = chooseFamily(families, ctx);
    return readFamily(family, match, ctx);
  },
};

function chooseFamily(families: ProductFamily[], ctx: ExtractContext): { family: ProductFamily; match: number } {
  const heading = ctx.hints.heading ? visibleText(ctx.hints.heading, 400) : '';
  const refs = [heading, ...ctx.hints.titles].filter(Boolean);
  let best = families[0]!;
  let bestScore = -1;
  for (const f of families) {
    const name = familyName(f) ?? '';
    let score = Math.max(0, ...refs.map((r) => containment(name, r)));
    const pages = [ctx.hints.canonical, ctx.pageUrl].filter((u): u is string => !!u).map(urlKey);
    if (f.variants.some((v) => pages.includes(urlKey(absoluteUrl(prop(v, 'url'), ctx.baseUrl) ?? '')))) score += 1;
    if (score > bestScore) [best, bestScore] = [f, score];
  }
  return { family: best, match: refs.length ? bestScore : 1 };
}

function familyName(f: ProductFamily): string | null {
  const raw = (f.group && prop(f.group, 'name')) ?? prop(f.variants[0]!, 'name');
  return cleanText(typeof raw === 'string' ? raw : null);
}

function readFamily(family: ProductFamily, match: number, ctx: ExtractContext): SourceResult {
  const variants = family.variants;
  const chosen = variants[chooseVariant(variants, ctx.hints, ctx.baseUrl)]!;
  const group = family.group;
  const field = (key: string): unknown => prop(chosen, key) ?? (group ? prop(group, key) : undefined);
  const offersOf = (v: JsonRecord) =>
    readOffers(prop(v, 'offers') ?? (group ? prop(group, 'offers') : undefined), ctx.currency);
  const own = offersOf(chosen);
  // sizes of the shown colour: the item is in stock if any of them is
  const siblings = variants.filter((v) => v === chosen || sameLook(v, chosen, ctx.baseUrl)).flatMap(offersOf);
  const priced = own.find((o) => o.price !== null && isBuyable(o.availability)) ?? own.find((o) => o.price !== null);
  const availability =
    siblings.find((o) => isBuyable(o.availability))?.availability ??
    own.find((o) => o.availability)?.availability ??
    null;
  return {
    title: familyName({ group, variants: [chosen] }),
    brand: readBrand(field('brand')),
    price: priced?.price ?? null,
    currency: priced?.currency ?? own.find((o) => o.currency)?.currency ?? null,
    availability,
    image: imageUrls(chosen, ctx.baseUrl)[0] ?? (group ? imageUrls(group, ctx.baseUrl)[0] : undefined) ?? null,
    url: absoluteUrl(field('url'), ctx.baseUrl),
    regularPrices: regularOf(own),
    offerPrices: own.filter((o) => o.price !== null && o.currency === priced?.currency).map((o) => o.price!),
    confidence: match > 0 ? 1 : 0.5,
  };
}

/** Same colour (or, without colours, same picture): sizes of one look rather than other colours. */
function sameLook(a: JsonRecord, b: JsonRecord, baseUrl: string): boolean {
  const ca = prop(a, 'color');
  const cb = prop(b, 'color');
  if (typeof ca === 'string' && typeof cb === 'string') return ca.trim().toLowerCase() === cb.trim().toLowerCase();
  const ia = imageUrls(a, baseUrl)[0];
  const ib = imageUrls(b, baseUrl)[0];
  return ia !== undefined && ib !== undefined ? urlKey(ia) === urlKey(ib) : true;
}

function regularOf(offers: OfferReading[]): number[] {
  return Array.from(new Set(offers.flatMap((o) => o.regularPrices)));
}

/** Brand as a string, {name}, or an array of either; placeholders and empty names are no brand. */
export function readBrand(v: unknown): string | null {
  for (const b of asList(v)) {
    const raw = isRecord(b) ? prop(b, 'name') : b;
    const name = cleanText(typeof raw === 'string' ? raw : null);
    if (name && !isPlaceholder(name) && !/^(null|undefined|n\/a|none|brand)$/i.test(name)) return name;
  }
  return null;
}
