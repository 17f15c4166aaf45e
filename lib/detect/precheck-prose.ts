import { SNEAKER_MODEL_PATTERN } from './generated/precheck-patterns';
import { ITEM_WORD, listCredits } from './precheck-lists';
import { lazyRegExp } from './precheck-text';

/*
 * Credits without a joint, in running prose: a maker's name before its product ("the Linea Pelle Dylan tote",
 * "Vince Camuto patent pumps"), a sneaker maker before its model ("Asics Gel Lyte", "Puma Suede"), a katakana maker
 * before a model ("ナイキのAF1", "アシックス「GEL」"). Each has a cheap first step (a capital, a maker, a katakana run).
 */

/**
 * Two capitalised words (or one joined by & or +), then up to three lower-case words: a name before its noun. Built
 * at its first use: creating a pattern of Unicode classes parses them, and most pages stop at NAME_JOINT.
 */
const NAME_NOUN = lazyRegExp(
  () =>
    String.raw`(?<![\p{L}])\p{Lu}[\p{L}'’]+(?:[ \u00a0](?:[&+][ \u00a0])?\p{Lu}[\p{L}'’]*)+` +
    String.raw`((?:[ \u00a0][a-zß-ÿ-]+){1,4})`,
  'gu',
);
/**
 * What every match of NAME_NOUN holds, without its Unicode classes: a space (and "&" or "+"), a capital (any letter
 * past Latin-1 may be one), letters, a space and a lower-case letter: the last word of the name and the first word
 * after it. A text without one (a short note, a page of figures and names) is told so by this plain pattern rather
 * than by compiling NAME_NOUN's Unicode classes, which cost a page's cold script about half a millisecond.
 */
const NAME_JOINT = /[ \u00a0](?:[&+][ \u00a0])?[A-ZÀ-Þ\u0100-\uffff][A-Za-z'\xaa-\uffff]*[ \u00a0][a-zß-ÿ-]/;
/** Words that end a name's adjectives before any noun: articles, prepositions, verbs of wearing and saying. */
const STOP =
  /^(?:a|an|the|and|or|in|of|on|at|to|for|by|with|is|was|are|were|has|had|wore|wears|wearing|said|says|der|die|das)$/;
/** Sneaker makers, then a capitalised model or a number: "Reebok Club C", "Asics GT-2160", "Saucony Jazz". */
const SNEAKER_MODEL = lazyRegExp(() => SNEAKER_MODEL_PATTERN, 'g');
/** Company words after a maker's name: the firm, not a model ("Nike Inc", "Adidas CEO"). */
const FIRM = /^(?:inc|ag|se|ceo|cfo|group|corp|shares?|stock|sales|said|says)\b/i;
/** Sneaker models that make a round-up (two may be news of a sale or an auction). */
const MODELS = 3;
/** A katakana maker, then の or 「 and a Latin model name or number ("アシックスのGEL-1130"). */
const KANA_MODEL = /[\u30a1-\u30fa\u30fc]{3,}(?:の「?|「)[A-Z0-9]/g;
/** How far (characters) a product word may sit after a katakana maker's model. */
const KANA_REACH = 120;

/** Whether the text names a product after its maker's name in prose: "the Linea Pelle Dylan tote". */
function nameBeforeNoun(text: string): boolean {
  if (!NAME_JOINT.test(text)) return false;
  NAME_NOUN.lastIndex = 0;
  for (let m = NAME_NOUN.exec(text); m; m = NAME_NOUN.exec(text)) {
    // The noun follows the name and its adjectives: "Vince Camuto basic black patent pumps", not "Anna Wintour
    // wore a dress" (a verb or a small word comes first).
    for (const word of m[1]!
      .toLowerCase()
      .trim()
      .split(/[ \u00a0]/)) {
      if (ITEM_WORD.starts(word)) return true;
      if (STOP.test(word)) break;
    }
    NAME_NOUN.lastIndex = m.index + m[0].length - m[1]!.length;
  }
  return false;
}

/** How many sneaker models after their maker, up to `enough`: "Reebok Club C", not "Nike Inc". */
function sneakerModels(text: string, low: string, enough: number): number {
  let found = 0;
  SNEAKER_MODEL.lastIndex = 0;
  for (let m = SNEAKER_MODEL.exec(low); m && found < enough; m = SNEAKER_MODEL.exec(low)) {
    const at = m.index + m[0].length;
    if (/[A-Z0-9]/.test(text[at] ?? '') && !FIRM.test(text.slice(at, at + 8))) found++;
  }
  return found;
}

/** How many katakana makers before a Latin model, with a product word after it, up to `enough`. */
function kanaModels(text: string, low: string, enough: number): number {
  let found = 0;
  KANA_MODEL.lastIndex = 0;
  for (let m = KANA_MODEL.exec(text); m && found < enough; m = KANA_MODEL.exec(text)) {
    if (ITEM_WORD.test(low.slice(m.index, m.index + KANA_REACH))) found++;
  }
  return found;
}

/**
 * Credits of lists and prose, added to the `found` credit lines up to `enough`. A maker's name before a noun is
 * common in news ("the Hermès Birkin bag sold for"), so it counts once, and only on a page with no other credit:
 * the pre-check then wants a blog's own voice or a heading credit beside it.
 */
export function proseCredits(text: string, low: string, found: number, enough: number): number {
  if (found < enough) found += listCredits(text, low, enough - found);
  const models = found < enough ? sneakerModels(text, low, MODELS) : 0;
  if (models >= MODELS) found = enough;
  if (found < enough) found += kanaModels(text, low, enough - found);
  // One sneaker model ("the Adidas Superstar") counts as one credit, as a maker before its noun does below.
  if (found === 0 && models > 0) return 1;
  return found === 0 && text.length === low.length && nameBeforeNoun(text) ? 1 : found;
}
