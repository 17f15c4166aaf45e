import type { Span } from './types';

/**
 * Words that scale an amount: "$2 billion", "£1.2bn", "Rs 50 crore", "5 Mio. €", "2 millions d'euros".
 * Such amounts are company revenue, deals and fortunes, never what a product costs. The one-letter
 * and short abbreviations ("m", "k", "mn", "cr") count only in lower case, so a size ("$45 M") or a
 * name ("$20 Mini", "K-Swiss") is not read as one; an upper-case "M"/"Md" counts only glued to a sign ("5 M€").
 */
const GAP = '^[\\s\\u00a0\\u202f\\u2009]?';
const WORDS = new RegExp(
  GAP +
    '(?:thousands?|millions?|millionen|million[ea]s?|milion(?:y|ów)?|milioni?|miljoen(?:en)?|miljon(?:er)?|' +
    'billions?|milliards?|milliarden?|miliardi?|miljard(?:er|en)?|trillions?|billionen|' +
    'lakhs?|crores?|bn|mio|mrd|mds)(?![\\p{L}\\p{N}])',
  'iu',
);
const ABBREVIATIONS = new RegExp(
  GAP + '(?:(?:m|mn|k|cr|crs)(?![\\p{L}\\p{N}²³])|(?:M|Md|Mds|Mrd)(?=\\s?[€$£¥₹]))',
  'u',
);

/** True when the number ending at `end` is followed by a magnitude word, with at most one space between. */
export function isScaled(text: string, end: number): boolean {
  const tail = text.slice(end, end + 16);
  return WORDS.test(tail) || ABBREVIATIONS.test(tail);
}

/** What joins the two ends of a range such as "$2-3 billion" or "$2 to $3bn", once signs are removed. */
const JOIN = /^\s*(?:-|–|—|~|to|or|and|bis|oder|und|à|ou|et|a|y|o)\s*$/iu;

/**
 * The numbers (as spans) that are scaled amounts, with the low end of a scaled range ("$2-3 billion",
 * "between $2 and $3 million") counted too, since its magnitude is written only once, after the high end.
 * `unsign` strips currency signs from the text between two numbers.
 */
export function scaledSpans(nums: Span[], text: string, unsign: (gap: string) => string): Set<Span> {
  const out = new Set<Span>();
  for (let i = nums.length - 1; i >= 0; i--) {
    const n = nums[i]!;
    const next = nums[i + 1];
    const joined = next && out.has(next) && JOIN.test(unsign(text.slice(n.e, next.s)));
    if (joined || isScaled(text, n.e)) out.add(n);
  }
  return out;
}
