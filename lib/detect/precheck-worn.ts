import { ITEM_WORD } from './precheck-lists';
import { lazyRegExp } from './precheck-text';

/**
 * The lead of an outfit list before its colon: "Wearing:", "(wearing: …", "Outfit details:", "What I wore:" and the
 * same in the other languages the detector reads. Only with a colon: the verb in a sentence ("she was wearing a coat")
 * is a report, the colon starts a list of the pieces and their makers, as outfit posts write them.
 */
/** The leads as regex sources (exported for the unit test of their tails). */
export const LEADS = [
  'wearing',
  "i['’]m wearing",
  'what i wore',
  'outfit',
  'outfit details',
  'tenue',
  'je porte',
  'llevo',
  'indosso',
  'ik draag',
  'jeg har på',
  'jag har på mig',
  'mam na sobie',
  'ich trage',
  'visto',
];
/** A lead ending the text before a colon; built at its first use (few pages have a colon after a lead's tail). */
const WORN_LEAD = lazyRegExp(() => `(?<![a-zà-ÿ])(?:${LEADS.join('|')})\\s?$`);
/**
 * The colons a lead ends with. The scan looks for them and reads the lead back from each: a regex that starts with a
 * lookbehind and fourteen words tries them all at every character of the page, a colon is rare.
 */
const COLON = /[:：]/g;
/**
 * The last three characters of each lead (plain letters and spaces, no regex syntax: a unit test keeps them so). A
 * colon follows a lead only if they end the text before it, or before its one space: a page of colons after other
 * words ("Updated:", "Tags:", "to die:") then reads no lead back, which cost a cold page a regex run per colon.
 */
export const LEAD_TAILS = new Set(LEADS.map((l) => l.slice(-3)));
/** Longer than the longest lead with its space and the letter before it: the lead's left edge is then read. */
const LEAD_REACH = 24;
/** How far (characters) a list reaches after its lead. */
const LIST_REACH = 300;
/** Where a list ends: a closing bracket or a new line. */
const LIST_END = /[)\]\n]/;
/** Between the pieces of a list. */
const PIECE_SPLIT = /[,;|/·•]| and | \+ /;

/**
 * Whether the page holds an outfit list after a lead ("(wearing: Allegro skirt, Gatta socks, H&M shoes)") naming at
 * least two pieces with a capitalised maker beside the item word. Credits written this way have no label per piece,
 * so the credit-line scans (a label, a colon, a maker) do not see them.
 */
export function wornList(text: string, low: string): boolean {
  if (text.length !== low.length) return false;
  COLON.lastIndex = 0;
  while (COLON.test(low)) {
    const from = COLON.lastIndex;
    const at = from - 1;
    const tail = low.slice(Math.max(0, at - 4), at);
    if (!LEAD_TAILS.has(tail.slice(-3)) && !LEAD_TAILS.has(tail.slice(0, 3))) continue;
    if (!WORN_LEAD.test(low.slice(Math.max(0, at - LEAD_REACH), at))) continue;
    let list = text.slice(from, from + LIST_REACH);
    const end = list.search(LIST_END);
    if (end >= 0) list = list.slice(0, end);
    let pieces = 0;
    for (const piece of list.split(PIECE_SPLIT)) {
      const words = piece.trim().split(/\s+/);
      if (words.length < 2 || words.length > 6) continue;
      // A maker's name: a capital on a word that is not the item word itself ("Allegro skirt", "H&M shoes").
      if (ITEM_WORD.test(piece.toLowerCase()) && /[A-ZÀ-Þ]/.test(piece)) pieces++;
      if (pieces >= 2) return true;
    }
  }
  return false;
}
