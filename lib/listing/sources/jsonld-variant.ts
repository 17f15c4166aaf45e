import { asList, isRecord, prop, type JsonRecord } from '../guards';
import type { PageHints } from '../page-hints';
import { tokens } from '../text';
import { absoluteUrl, urlKey } from '../url';

const ID_KEYS = ['sku', 'gtin', 'gtin8', 'gtin12', 'gtin13', 'gtin14', 'mpn', 'productID', 'id', '@id'];

/**
 * The variant the page shows: the one whose URL, id, image or colour matches the page URL
 * (?variant=ID, a colour code), its canonical URL, og:image or selected swatch. Ties keep page
 * order, so with no signal the first variant wins.
 */
export function chooseVariant(variants: JsonRecord[], hints: PageHints, baseUrl: string): number {
  if (variants.length < 2) return 0;
  let best = 0;
  let bestScore = 0;
  variants.forEach((v, i) => {
    const score = variantScore(v, hints, baseUrl);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

function variantScore(v: JsonRecord, hints: PageHints, baseUrl: string): number {
  let score = 0;
  // a variant's own URL, or its offer's (Shopify puts ?variant=ID there)
  const urls = [prop(v, 'url'), ...asList(prop(v, 'offers')).map((o) => (isRecord(o) ? prop(o, 'url') : undefined))]
    .map((u) => absoluteUrl(u, baseUrl))
    .filter((u): u is string => u !== null);
  if (urls.some((u) => sameUrl(u, hints.pageUrl) || (hints.canonical !== null && sameUrl(u, hints.canonical))))
    score += 5;
  const url = urls.join(' ');
  const ids = ID_KEYS.map((k) => prop(v, k))
    .filter((x): x is string | number => typeof x === 'string' || typeof x === 'number')
    .map((x) => String(x).trim().toLowerCase());
  const images = imageUrls(v, baseUrl);
  const colour = typeof prop(v, 'color') === 'string' ? (prop(v, 'color') as string).trim().toLowerCase() : '';
  for (const raw of hints.params) {
    const p = raw.toLowerCase();
    if (ids.some((id) => id === p || id.split(/[/#]/).pop() === p)) score += 4;
    if (p.length >= 4 && (images.some((img) => img.toLowerCase().includes(p)) || url.toLowerCase().includes(p)))
      score += 3;
    if (colour && containsWords(p, colour)) score += 2;
  }
  if (hints.ogImage && images.some((img) => urlKey(img) === urlKey(hints.ogImage!))) score += 3;
  if (colour && hints.selectedOptions().some((o) => o.toLowerCase() === colour)) score += 2;
  return score;
}

/** Same page: equal ignoring the fragment, with the whole query compared (?variant=ID matters). */
function sameUrl(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}

/** Image URLs of a node: a string, an array, ImageObject {url|contentUrl}; absolute. */
export function imageUrls(node: JsonRecord, baseUrl: string): string[] {
  const out: string[] = [];
  for (const img of asList(prop(node, 'image')).slice(0, 50)) {
    const raw = isRecord(img) ? (prop(img, 'url') ?? prop(img, 'contentUrl')) : img;
    for (const r of asList(raw)) {
      const abs = absoluteUrl(r, baseUrl);
      if (abs) out.push(abs);
    }
  }
  return out;
}

/** True when `phrase`'s words occur, in order and whole, in `text` ("black" in "123_black_88"). */
function containsWords(text: string, phrase: string): boolean {
  const p = tokens(phrase).join(' ');
  return p !== '' && (' ' + tokens(text).join(' ') + ' ').includes(' ' + p + ' ');
}
