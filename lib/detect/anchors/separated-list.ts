import { words } from '../text';

/** Separators only lists use: ";", " / ", " // ", " | ", " · ", " • ". */
const LIST_SEP = /\s*;\s*|\s+(?:\/\/?|\||·|•)\s+/u;
/** Most words a list item holds, asides in brackets left out ("Vintage wide black trousers", "Tights, NO idea"). */
const MAX_WORDS = 7;
/** A sentence ending inside an item: prose, not a list. */
const SENTENCE = /[.!?]\s+\p{Lu}/u;

/**
 * Whether a line is a list of three or more short items between list separators: "A.la palmtree jacket / Vintage
 * wide black trousers / Converse sneakers", "Outfit deets: Sunnies, F21; Scarf, Club Monaco; Tights, no idea". Such
 * a line lists credits even when most of its items name no maker (vintage, gifts, unknown labels).
 */
export function separatedList(text: string): boolean {
  const items = text
    .split(LIST_SEP)
    .map((t) => t.replace(/\([^()]*\)/g, ' ').trim())
    .filter(Boolean);
  return items.length >= 3 && items.every((t) => words(t).length <= MAX_WORDS && !SENTENCE.test(t));
}
