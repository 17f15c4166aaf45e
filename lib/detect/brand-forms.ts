import { lookupBrand } from '../gazetteer';

/**
 * A maker written in the genitive without an apostrophe, as Swedish, Danish, Norwegian and German do
 * ("Byredos Mojave Ghost", "Chanels neue Tasche"): the first word is a known maker plus "s" and not a maker
 * itself. Returns the brand and the rest, or null.
 */
export function genitiveLead(words: string[]): { brand: string; name: string } | null {
  const first = words[0] ?? '';
  if (words.length < 2 || !/^\p{Lu}\p{L}{2,}s$/u.test(first) || lookupBrand(first)) return null;
  const hit = lookupBrand(first.slice(0, -1));
  return hit && !hit.ambiguous ? { brand: hit.name, name: words.slice(1).join(' ') } : null;
}

/** 'Naya "Jada"', "Veja ‘Campo’": a maker and its model in quotes, as outfit credits write them (brand as written). */
export function quotedModel(text: string): { brand: string; name: string } | null {
  const m = /^(\p{Lu}[^"“”„‘’']{1,30}?)\s+["“„‘'](\p{L}[^"“”„‘’']{1,40})["”“’']$/u.exec(text.trim());
  return m ? { brand: m[1]!, name: m[2]! } : null;
}

const fold = (s: string): string =>
  ` ${s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** Whether two spellings name one label word for word: equal, or one inside the other ("Nike" in "Nike Sportswear"). */
export function sameWords(a: string, b: string): boolean {
  const [x, y] = [fold(a), fold(b)];
  return x === y || x.replace(/ /g, '') === y.replace(/ /g, '') || x.includes(y) || y.includes(x);
}
