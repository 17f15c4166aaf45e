import type { Tok } from './prose-tokens';

/** An article before a described maker: "from the Italian label X", "van het Griekse label X". */
const ARTICLE = /^(?:the|a|an|der|des|dem|die|den|det|het|de|einer|eines)$/i;
/**
 * The word that says the name after it is a maker: "label", "brand", "designer", German "Marke", "Label",
 * "Traditionslabels", Dutch "merk", Nordic "märket", "mærke", "merket". Case endings included.
 */
const MAKER_WORD = new RegExp(
  String.raw`^(?:label|labels|brand|designer|designers|maker|house|` +
    String.raw`marke|modemarke|luxusmarke|traditionslabel|traditionslabels|designerin|` +
    String.raw`merk|modemerk|märket|varumärket|mærke|mærket|merket|designeren|designern)$`,
  'i',
);
/** German genitive articles tying a piece to a described maker ("Alpaka-Knitwear der dänischen Designer"). */
const GENITIVE = /^(?:der|des)$/i;
/** How many describing words ("Italian", "dänischen", "kleinen britischen") may stand before the maker word. */
const MAX_DESCRIBE = 2;

/**
 * Where the maker's name starts after a described maker phrase opening at token `k` (the preposition or German
 * genitive article): "from the Italian label | Dusan", "der französischen Marke | Le Gramme", "van het Griekse
 * label | Devotion". Returns -1 when the words after `k` are no such phrase. The description says the name after
 * it is a maker even when no list knows it.
 */
export function describedMakerAt(ts: Tok[], k: number, afterPrep: boolean): number {
  if (!afterPrep && !GENITIVE.test(ts[k]?.t ?? '')) return -1;
  let j = afterPrep && ts[k + 1] && ARTICLE.test(ts[k + 1]!.t) ? k + 2 : k + 1;
  const from = j;
  while (j < ts.length && j - from < MAX_DESCRIBE && ts[j]!.word && !MAKER_WORD.test(ts[j]!.t) && !ts[j]!.end) j++;
  if (j === from || !ts[j] || !MAKER_WORD.test(ts[j]!.t) || ts[j]!.end) return -1;
  // "der dänischen Designer von Sunflower": the maker word and the maker's name joined by "von"/"of".
  if (ts[j + 1] && /^(?:von|of|van)$/i.test(ts[j + 1]!.t)) j++;
  const next = ts[j + 1];
  return next?.word && /^[\p{Lu}\d]/u.test(next.t) ? j + 1 : -1;
}
