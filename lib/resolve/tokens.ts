// Words that carry no identity in a product name, in the languages shops write in.
const STOP = new Set(
  'a an the and or of in with for by on at to from x de la le les du des el los las y et und mit en'.split(' '),
);

// Colour words (stemmed), which tell one variant of a product from another.
const COLOURS = new Set(
  (
    'black white ivory cream ecru natural beige tan camel brown chocolate khaki olive green sage mint teal ' +
    'blue navy cobalt sky turquoise purple lilac lavender violet pink blush fuchsia rose red burgundy wine ' +
    'orange rust coral yellow mustard gold silver grey gray charcoal nude multi multicolor multicolour'
  ).split(' '),
);

/** Whether a key token names a colour. */
export function isColour(token: string): boolean {
  return COLOURS.has(token);
}

// Words every other bag or dress has: they count, but for less than a distinctive word.
const GENERIC = new Set(
  (
    'bag bags mini small medium large leather top handle cross body crossbody shoulder clutch pouch tote ' +
    'purse wallet new black white natural cream blue red green yellow pink brown tan beige grey gray ' +
    'women womens woman men mens dress shoe shoes boot boots sandal sandals shirt top skirt coat jacket ' +
    'designer shop online sale official store home collection'
  ).split(' '),
);

/** Folds text to comparable words: lower case, accents and apostrophes gone, "&" → "and". */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A plural and its singular compare equal ("bags" = "bag"); "dress" keeps its s. */
export function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** The identifying words of a name: folded, stop words gone, stemmed, in order. */
export function keyTokens(text: string): string[] {
  return words(text)
    .filter((w) => !STOP.has(w))
    .map(stem);
}

/** How much a matched word counts. */
export function weight(token: string): number {
  return GENERIC.has(token) ? 0.4 : 1;
}
