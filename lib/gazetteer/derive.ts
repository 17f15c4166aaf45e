/**
 * Extra lookup keys derived from a listed name, so readers' variants match without being
 * stored: "Jo Malone London" is also found as "Jo Malone", "Ray Ban" as "RayBan". The build
 * drops source aliases these rules reproduce, which keeps the content-script data small.
 */

/** Trailing words shops and readers add to a label's name. */
const GENERIC_TAIL = new Set([
  'london',
  'paris',
  'nyc',
  'ny',
  'new york',
  'la',
  'milano',
  'copenhagen',
  'stockholm',
  'usa',
  'australia',
  'jeans',
  'denim',
  'clothing',
  'studio',
  'studios',
  'beauty',
  'cosmetics',
  'skincare',
  'the label',
  'label',
  'official',
  'collection',
  'swim',
  'swimwear',
  'shoes',
  'boots',
  'bags',
  'jewelry',
  'jewellery',
  'eyewear',
  'parfums',
  'fragrances',
  'running',
  'sportswear',
  'co',
  'company',
  'brand',
  'the brand',
  'makeup',
  'hair',
  'lingerie',
  'skin',
]);

/** A name never ends on a joining word ("Lock & Co" must not become "lock and"). */
const DANGLING = new Set(['and', 'of', 'the', 'by', 'de', 'du', 'la', 'le', 'et', 'y', 'x', 'for', 'with', 'di']);

export interface DerivedKey {
  key: string;
  ambiguous: boolean;
}

/**
 * Keys a folded name key also answers to: without a generic tail ("jo malone london" →
 * "jo malone"), and written as one word ("ray ban" → "rayban"). A tail-less single word
 * is marked ambiguous, since "Rare Beauty" minus "beauty" is an everyday word.
 */
export function derivedKeys(key: string): DerivedKey[] {
  const out: DerivedKey[] = [];
  const words = key.split(' ');
  for (const tailLength of [2, 1]) {
    if (words.length <= tailLength) continue;
    const tail = words.slice(-tailLength).join(' ');
    if (!GENERIC_TAIL.has(tail)) continue;
    const head = words.slice(0, -tailLength);
    if (DANGLING.has(head[head.length - 1]!)) break;
    // A head without a letter ("2.1" of "2.1 Denim") is a figure of any text: prices, percentages, versions.
    if (!/\p{L}/u.test(head.join(''))) break;
    out.push({ key: head.join(' '), ambiguous: head.length === 1 });
    break;
  }
  // Short parts make everyday words when joined: "Li-Ning" would read "lining".
  if (words.length > 1 && words.every((w) => w.length >= 3)) {
    out.push({ key: words.join(''), ambiguous: false });
  }
  return out;
}
