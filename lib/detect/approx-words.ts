/**
 * Words that hedge a price without naming the product, in the languages the lexicon covers: "(around ₹150)",
 * ", about $84,", "(ca. 30 €)", "(environ 45 €)", "(unos 20 euros)". A name read up to the price stops before them,
 * as it stops before "was" or "from" (./segment-words PRE_LABEL); the labels take the hedged figure as the price.
 */
const APPROX = [
  'around',
  'about',
  'approx\\.?',
  'approximately',
  'roughly',
  'circa',
  'etwa',
  'rund',
  'zirka',
  'environ',
  'autour de',
  'intorno a(?:i|gli)?',
  'unos',
  'unas',
  'alrededor de',
  'aprox\\.?',
  'aproximadamente',
  'cerca de',
  'ongeveer',
  'omkring',
  'ungefär',
  'cirka',
  'noin',
  'około',
  'ok\\.',
];

/** Hedging words (one or more) ending the text before a price, with the space after them. */
export const APPROX_END = new RegExp(String.raw`(?:^|(?<=[\s(,:–—-]))(?:(?:${APPROX.join('|')})\s*)+$`, 'iu');
