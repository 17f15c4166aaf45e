import { CREDIT_ITEM_PATTERN, ITEM_HEADS } from './generated/precheck-patterns';
import { isLower, lazyRegExp, namesProduct, productAtStart } from './precheck-text';

/** Garments too common to sit by a price, which only count in credits. */
const CREDIT_ITEM = lazyRegExp(() => CREDIT_ITEM_PATTERN);

/**
 * The stretches already looked up, with their answer. A page repeats its labels (a table's rows, a menu's entries, the
 * same "Shares of" before every company on a markets page), and two word tables cost more to run on a stretch than a
 * look-up here. Kept for one reading of a page (up to MAX_KNOWN of them): a stretch is a slice of the page's text,
 * which V8 keeps alive as long as a slice of it.
 */
const itemIn = new Map<string, boolean>();
const MAX_KNOWN = 4096;

/** Drops the answers kept since the last call: the pre-check calls it when it has read a page. */
export function forgetItemWords(): void {
  itemIn.clear();
}

/** Where kana, CJK and hangul start: their words have no three-letter head (lib/detect/precheck-patterns.ts). */
export const CJK_FROM = 0x3040;
let heads: Set<string> | undefined;
/** Set once a stretch went to the word tables: their patterns are compiled, and a pattern run costs less than this. */
let tablesRead = false;

/**
 * Whether a stretch of lower-case text may hold an item word: it holds the first three letters of one (every match of
 * the tables starts with them), or a kana, CJK or hangul character. The tables' two patterns are the content script's
 * largest, and compiling them cost a small page (a heading run into its paragraph, "HelloA short note") over a
 * millisecond to learn that "hello" names nothing; this test reads the stretch without them, until they are compiled.
 */
function mayHoldItem(low: string): boolean {
  if (tablesRead) return true;
  heads ??= new Set(ITEM_HEADS.split('|'));
  for (let k = 0; k < low.length; k++) {
    if (low.charCodeAt(k) >= CJK_FROM || (k + 3 <= low.length && heads.has(low.slice(k, k + 3)))) return true;
  }
  return false;
}

/** Whether a stretch of lower-case text may start with an item word (mayHoldItem, at its start only). */
function mayStartItem(low: string): boolean {
  heads ??= new Set(ITEM_HEADS.split('|'));
  return low.charCodeAt(0) >= CJK_FROM || heads.has(low.slice(0, 3));
}

/**
 * A garment or product a credit names: the product stems, and garments too common to sit by a price. Two patterns
 * tried in turn, not one pattern holding both: the product pattern is compiled for the prices anyway, and compiling
 * its 3 KB of stems a second time inside a joined pattern cost every page that reads credits about a millisecond.
 */
export const ITEM_WORD = {
  /** Whether an item word is anywhere in a short stretch of lower-case text. */
  test: (low: string): boolean => {
    let yes = itemIn.get(low);
    if (yes === undefined) {
      if (itemIn.size >= MAX_KNOWN) itemIn.clear();
      yes = mayHoldItem(low);
      if (yes) {
        tablesRead = true;
        yes = namesProduct(low) || CREDIT_ITEM.test(low);
      }
      itemIn.set(low, yes);
    }
    return yes;
  },
  /** Whether an item word starts the text (the leftmost match of either pattern is at 0). */
  starts: (low: string): boolean => mayStartItem(low) && (productAtStart(low) || CREDIT_ITEM.exec(low)?.index === 0),
};

/*
 * Outfit lists that pair an item with its maker by a space or a comma and nothing else: "Jeans skinny Zara, borsa
 * Gucci", "Cardigan, vintage; Jeans, Levi's", "sweter Pinko" + "buty Nike" in neighbouring elements. The cheap first
 * step is a lower-case letter, an optional comma and a capital; the item and the name around it are then read.
 */

/** A lower-case letter, then a space (after an optional comma) and a capital: where an item may meet its maker. */
const MEET = /[a-zß-ÿ](,?)[ \u00a0](?:courtesy of |c\/o )?(?=[A-ZÀ-Þ&])/g;
/** Where an item's label starts: a line, a sentence, a list's comma or a joint before it. */
const LABEL_START = '.!?;:：,|/／–—()\n0123456789';
/** How far (characters) a label and a name reach from their meeting point. */
const REACH = 30;
/** Small words a maker's name may hold between its capitalised words ("Comme des Garçons", "Anna + Nina"). */
const NAME_GLUE = /^(?:&|\+|de|des|di|du|la|le|of|von|van|and|y|e)$/;
/** Where a maker's name ends: a list's comma, a line, a sentence. */
const NAME_END = ',;.|/／\n)';

/**
 * Whether the word ending at `end` is a capitalised name with the next list item's label run into its tail
 * ("PinkoSkirt" lower-cased by the page: "Pinkoskirt"): neighbouring elements' text glued together.
 */
function gluedItem(text: string, low: string, end: number): boolean {
  if (end > text.length) end = text.length;
  let k = end;
  while (k > 0 && (isLower(low[k - 1]) || "'’-".includes(low[k - 1]!))) k--;
  return end - k > 4 && text[k] !== low[k] && ITEM_WORD.test(low.slice(k + 3, end));
}

/**
 * The maker's name starting at `k`: capitalised words (and a little glue) up to the end of the list item, or up to
 * the next item run into it ("PinkoSkirt", "Levi'sbag"); '' when it runs into the next item, and null when a
 * lower-case word follows it, as in prose ("shoes Nike said"), or nothing ends it within reach.
 */
function makerName(text: string, low: string, k: number): string | null {
  const end = Math.min(text.length, k + REACH);
  if (gluedItem(text, low, low.indexOf(' ', k) >>> 0)) return '';
  for (let at = k; at < end; at++) {
    if (NAME_END.includes(text[at]!)) return low.slice(k, at);
    if (text[at] !== ' ') continue;
    const word = /^\S+/.exec(low.slice(at + 1, at + 12))?.[0] ?? '';
    const next = text[at + 1] ?? '';
    // A bracket after the name holds a note on it ("Zara (last season)"): the name ends before it.
    if (next === '(') return low.slice(k, at);
    if (next === low[at + 1] && !/^\d/.test(next) && !NAME_GLUE.test(word)) return null;
    if (gluedItem(text, low, low.indexOf(' ', at + 1) >>> 0)) return '';
  }
  return end === text.length ? low.slice(k) : null;
}

/**
 * How many list credits, up to `enough`: a short label holding an item word, a space or a comma, then a maker's
 * capitalised name that ends the list item and is not an item itself (a menu: "Shoes, Bags, Dresses").
 */
export function listCredits(text: string, low: string, enough: number): number {
  if (text.length !== low.length) return 0;
  let found = 0;
  MEET.lastIndex = 0;
  for (let m = MEET.exec(text); m && found < enough; m = MEET.exec(text)) {
    const joint = m.index + 1;
    let from = joint;
    while (from > 0 && joint - from < REACH && !LABEL_START.includes(low[from - 1]!)) {
      // A capital run into the word before it starts a label ("vintageJeans"): elements' text glued together.
      if (text[--from] !== low[from] && from > 0 && isLower(text[from - 1])) break;
    }
    // The label's own words: the space after a list's comma is not a word ("dress, legging et bottes").
    const label = low.slice(from, joint).trimStart();
    // A label is a common noun: a capital past its first letter makes it a name ("Marc O'Polo, Lacoste").
    const tail = text.slice(from, joint).trimStart().slice(1);
    const plain = label.split(' ').length <= 3 && tail === tail.toLowerCase() && ITEM_WORD.test(label);
    if (!plain && !gluedItem(text, low, joint)) continue;
    const name = makerName(text, low, m.index + m[0].length);
    // A name that starts with an item is a menu's next entry ("Shoes, Bags"); one holding it may be a maker's.
    if (name === '' || (name && !ITEM_WORD.starts(name))) found++;
  }
  return found;
}
