import { wholeEntry } from './lexicon-wholes';

/** Punctuation a credit puts around its maker ("Ring – vintage!", "(thrifted)"): not part of the word. */
const EDGES = /^[\s"'“”‘’«»()[\]{}:;,.!?*–—-]+|[\s"'“”‘’«»()[\]{}:;,.!?*–—-]+$/gu;

/** "Photograph: Amazon", "Credit: Getty": a label and its colon before the words in the maker's place. */
const LABEL_COLON = /^\p{L}[\p{L}\s]{1,20}:\s/u;

/** A closing bracket with no opening one, or an opening one with no closing one, at an end of the text. */
const STRAY_BRACKET = /^[)\]}]|[([{]$|^[^([{]*[)\]}]$|^[/\\]/u;

/**
 * A pack size or count in the maker's place ("75매", "50 ml", "30枚", "2 x 100g"): a spec column or bracket read as
 * a credit, never a maker.
 */
const QUANTITY =
  /^(?:\d+\s*[x×]\s*)?\d+(?:[.,]\d+)?\s*(?:ml|cl|l|g|kg|oz|fl\.?\s?oz|pcs?|stk|매|개|입|장|枚|個|本|袋|粒|錠|包)\.?$/iu;

/**
 * Whether the words read as a candidate's maker name none: a credit that says the piece is thrifted, inherited,
 * home-made or a gift ("Ring: Vintage", "Jacket: Hand-me-down", "Väska: Loppis"; the lexicon's [nomaker] words in
 * every language), a pack size ("75매", "50 ml"), a caption label read with its maker ("Photograph: Amazon"), or a
 * fragment cut at a bracket or a slash ("London}", "/ Barneys)"). A real maker may hold a bracket inside its name
 * ("M)phosis"), not at its ends.
 */
export function namesNoMaker(brand: string): boolean {
  const word = brand.replace(EDGES, '');
  if (!word || wholeEntry('nomaker').test(word) || QUANTITY.test(word)) return true;
  const t = brand.trim();
  return LABEL_COLON.test(t) || (STRAY_BRACKET.test(t) && !/^\(.*\)$/u.test(t));
}
