import { ITEM_WORD } from './precheck-lists';
import { isLower } from './precheck-text';

/*
 * Outfit credits written all in lower case, as many blogs write them: "sweater: zara, shirt: j.crew, jeans: siwy",
 * "coat – woolrich", "dress kappahl // shoes filippa k", "topshop blouse | frame denim". The credit-line scan
 * (./precheck-credits.ts) tells a maker's name by its capital; these names have none, so one such credit says
 * little, and they only count as a list: two or more, each a short item label and a short name between separators.
 * Read only at the joints that scan finds already: no scan of the page's text of its own.
 */

/** Where a list entry starts: a line, a sentence, a separator of the list. */
const ENTRY_START = '.!?;:：|/／–—(){}+,\n';
/** ENTRY_START as a pattern, for its first search. */
const ENTRY = /[.!?;:：|/／–—(){}+,\n]/g;
/** Where a lower-case name ends: a separator of the list, a note after it ("zara {similar here}"). */
const NAME_END = '.!?;:：|/／–—(){},\n';
/** How far (characters) an entry's label reaches back from its joint, and its name forward. */
const LABEL_REACH = 30;
const NAME_REACH = 30;
/** Words an entry's label or name may have at most: a credit list's entries are short. */
const MAX_WORDS = 3;

const words = (s: string): number => (s ? s.split(/\s+/).length : 0);

/**
 * Whether the joint at `at` (ending at `k`, where a lower-case name starts) joins a short item label to a short
 * name: "sweater: zara", "dress kappahl // shoes…". A name starting with an item word after a label ending in one is
 * a menu ("dresses | tops | shoes"), not a credit.
 */
export function lowerCredit(low: string, at: number, k: number): boolean {
  // A time or a count after a colon ("10:30", "score: 3") names nothing.
  if (!isLower(low[k])) return false;
  // A label starts at a separator within reach: one native search tells a headline's colon (no separator in
  // reach) before any walk, which a page of headlines would pay at every colon in its cold script.
  if (at > LABEL_REACH) {
    ENTRY.lastIndex = at - LABEL_REACH;
    if (!ENTRY.test(low) || ENTRY.lastIndex > at) return false;
  }
  let from = at;
  while (from > 0 && !ENTRY_START.includes(low[from - 1]!)) from--;
  const label = low.slice(from, at).trim();
  let end = k;
  while (end < low.length && end - k < NAME_REACH && !NAME_END.includes(low[end]!)) end++;
  if (end < low.length && !NAME_END.includes(low[end]!)) return false;
  const name = low.slice(k, end).trim();
  const n = words(name);
  if (n < 1 || n > MAX_WORDS || words(label) > MAX_WORDS || !ITEM_WORD.test(label)) return false;
  if (!ITEM_WORD.starts(name)) return true;
  // A name starting with an item: the label must end with a maker ("dress kappahl // shoes filippa k").
  const last = label.slice(label.lastIndexOf(' ') + 1);
  return last !== label && !ITEM_WORD.starts(last);
}
