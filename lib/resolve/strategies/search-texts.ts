import type { Mention } from '../../detect/types';
import { sameBrand } from '../match';

// Materials, finishes and colours: editors add them to a name, shops often keep them in variants.
const DESCRIPTORS = new Set(
  (
    'leather calf calfskin lambskin suede satin nubuck shearling patent canvas raffia straw cotton linen silk ' +
    'wool cashmere velvet corduroy denim nylon vinyl pvc croc croc-effect embossed quilted woven beaded ' +
    'black white natural cream ivory blue navy red green olive yellow pink brown tan beige grey gray gold silver ' +
    'metallic multi multicolor multicolour'
  ).split(' '),
);

/** Most search boxes a shop offers are queried this many times at most for one product. */
export const MAX_SEARCH_TEXTS = 3;

/**
 * What to type into the shop's search box, most specific first: brand and name (just the name
 * at the brand's own shop); the name without a trailing colour ("… in Natural"); the name without
 * materials and colours. Shop searches match every word, so shorter fallbacks find retitled items.
 */
export function searchTexts(mention: Pick<Mention, 'brand' | 'name'>, shopName: string): string[] {
  const name = mention.name.trim().replace(/\s+/g, ' ');
  const brand = mention.brand?.trim() ?? '';
  const monoBrand = brand !== '' && sameBrand(brand, shopName);
  const withBrand = (text: string) =>
    brand === '' || monoBrand || text.toLowerCase().startsWith(brand.toLowerCase()) ? text : `${brand} ${text}`;
  const bare = name.replace(/\s+in\s+[^,]+$/i, '').trim();
  const core = bare
    .split(' ')
    .filter((w) => !DESCRIPTORS.has(w.toLowerCase().replace(/[^\p{L}-]/gu, '')))
    .join(' ');
  const texts: string[] = [];
  for (const t of [name, bare, core]) {
    const q = withBrand(t);
    if (t.length >= 3 && !texts.includes(q)) texts.push(q);
  }
  return texts.slice(0, MAX_SEARCH_TEXTS);
}
