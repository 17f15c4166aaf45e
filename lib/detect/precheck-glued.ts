import { ITEM_WORD as ITEM } from './precheck-lists';
import { isLower } from './precheck-text';

/*
 * Credits whose label and name sit in neighbouring elements, their text run together by textContent: "JacketBarbour".
 * Part of the pre-check's credit lines (lib/detect/precheck-credits.ts).
 */

/** A lower-case letter run into a capital: neighbouring elements' text with no space ("JacketBarbour"). */
const RUN_TOGETHER = /[a-zß-ÿ][A-ZÀ-Þ]/g;

/** The lower-case word that ends at `end` (exclusive): back to its capital, which starts a run-together word. */
function wordBefore(text: string, low: string, end: number): string {
  let k = end;
  while (k > 0 && isLower(low[k - 1])) if (text[--k] !== low[k]) break;
  return low.slice(k, end);
}
/** Lower-case letters in the page's own case, read from `lastIndex` by the regex engine rather than a loop. */
const LOWER_RUN = /[a-zß-ÿ]*/y;
/**
 * Where the lower-case word that starts at `from` ends: at the next capital or non-letter. (`text` and `low` have one
 * length, so a letter of the class in `text` is the same letter in `low`.)
 */
function wordEnd(text: string, from: number): number {
  LOWER_RUN.lastIndex = from + 1;
  LOWER_RUN.test(text);
  return Math.max(from + 1, LOWER_RUN.lastIndex);
}
/** The lower-case word that starts at `from`, up to the next capital or non-letter. */
const wordAfter = (text: string, low: string, from: number): string => low.slice(from, wordEnd(text, from));

/** An item test with its answers kept: glued runs repeat the same words (menus, lists, tags). */
type ItemTest = (word: string) => boolean;

/** The joints between lower-case letters and capitals, walked inside one span (apart from RUN_TOGETHER's walk). */
const JOINT_IN = /[a-zß-ÿ][A-ZÀ-Þ]/g;

/**
 * How many credits the joints in text[from, to) make (a span without spaces; what they read stops at its end, but
 * for the word after the space that ends it).
 */
function spanCredits(text: string, low: string, from: number, to: number, item: ItemTest): number {
  let found = 0;
  // A glued run ("WoolCashmereLinen") has a joint before each capital: a joint's word before is the last one's
  // word after, read once. The joints are found with test and lastIndex: no match object for each.
  let lastAt = -1;
  let last = -1;
  JOINT_IN.lastIndex = from;
  while (JOINT_IN.test(text) && JOINT_IN.lastIndex <= to) {
    const at = JOINT_IN.lastIndex - 1;
    const end = wordEnd(text, at);
    const before = at === last && isLower(low[lastAt]) ? low.slice(lastAt, at) : wordBefore(text, low, at);
    lastAt = at;
    last = end;
    if (item(before)) {
      // After the name: another item or the end of the glued run ("JacketBarbourBoots"),
      // not another name ("PerfumesBienestarReseñas").
      const next = text[end] !== low[end] ? wordAfter(text, low, end) : '';
      const after = low.slice(at, end);
      if (!item(after) && !item(wordBefore(text, low, at - before.length)) && (!next || item(next))) found++;
    } else if (low[end] === ' ' && text[end + 1] !== low[end + 1] && item(low.slice(at, end))) {
      if (!item(wordAfter(text, low, end + 1))) found++;
    }
  }
  return found;
}

/**
 * Credits whose label and name sit in neighbouring elements: "JacketBarbour", "SézaneSkirt Rixo". Items alternate
 * with names there; a menu runs items together ("KleiderJeansMäntel"), so an item beside another item is no credit.
 */
export function runTogether(text: string, low: string, enough: number): number {
  // Glued runs repeat the same words (menus, lists, tags): each word is looked up in the tables once per page.
  const seen = new Map<string, boolean>();
  const item = (word: string): boolean => {
    let yes = seen.get(word);
    if (yes === undefined) seen.set(word, (yes = word.length > 1 && ITEM.test(word)));
    return yes;
  };
  // A page repeats whole glued spans too (a menu, a template's "resultsShares" in every section): each span's joints
  // are read once. A span runs from one space to the next; its key also holds the space after it and, when a capital
  // follows, the next span, which is all its joints read.
  const spans = new Map<string, number>();
  let found = 0;
  RUN_TOGETHER.lastIndex = 0;
  while (found < enough && RUN_TOGETHER.test(text)) {
    const at = RUN_TOGETHER.lastIndex - 1;
    const from = text.lastIndexOf(' ', at) + 1;
    const to = text.indexOf(' ', at) >>> 0;
    const stop = text[to + 1] !== low[to + 1] ? text.indexOf(' ', to + 1) >>> 0 : to + 1;
    const key = text.slice(from, stop);
    let n = spans.get(key);
    if (n === undefined) spans.set(key, (n = spanCredits(text, low, from, Math.min(to, text.length), item)));
    found += n;
    RUN_TOGETHER.lastIndex = Math.min(to, text.length);
  }
  return Math.min(found, enough);
}
