/**
 * Two readings of European prose that ./prose-maker's article-opened phrases miss:
 * - a noun phrase with no article, as Polish always writes and every language writes after a colon or at the
 *   start of a caption ("Comfortabele jurk met polosluiting (159,90 euro)", "pled z frędzlami od Homla");
 * - the maker named after the price ("lange doorkijkjurk (524 euro), van Elisabetta Franchi", "costa 65 € ed è
 *   di Be Only").
 */
import { lookupBrand } from '../../gazetteer';
import { nounHits } from '../lexicon';
import type { Tok } from './prose-tokens';
import { OPENERS } from './prose-words';

/**
 * Where bare noun phrases may open: at each product noun that no earlier phrase holds and that no article
 * or other noun right before it already opens ("die Sommerstiefel": the article's phrase; "Filz-Kaschmir-Mantel"
 * inside "Wärmflasche im Filz-Kaschmir-Mantel": the first noun's phrase).
 */
export function bareStarts(ts: Tok[]): number[] {
  const out: number[] = [];
  let prevNoun = -10;
  for (let k = 0; k < ts.length; k++) {
    const t = ts[k]!;
    if (!t.word) {
      // A mark ends the run a noun opened: after "Mantel," the next noun opens its own phrase.
      if (/[,;:()–—|•·]/.test(t.t)) prevNoun = -10;
      continue;
    }
    // A maker's name holding a noun ("w Pull&Bear") opens no phrase; a model's name may ("la Di Bag Micro").
    if (!nounHits(t.t) || (/^\p{Lu}/u.test(t.t) && lookupBrand(t.t))) continue;
    const opened = k > 0 && OPENERS.has(ts[k - 1]!.t.toLowerCase());
    // Within three words of the last noun the phrase that noun opened still runs ("jurk met polosluiting").
    if (!opened && (k - prevNoun > 3 || ts[k - 1]?.end)) out.push(k);
    prevNoun = k;
  }
  return out;
}

// The words between a price and a maker named after it: "), van", "ed è di", ", de", "und ist von".
const AFTER_PRICE = new RegExp(
  String.raw`^\s*[)\]]?\s*[,–—-]?\s*(?:(?:ed|e|en|et|y|und|och|og|i|oraz)\s+)?` +
    String.raw`(?:(?:è|is|est|es|ist|är|er|jest|é|sono|son|zijn|sind|sont|são)\s+)?` +
    String.raw`(?:de|di|del|della|von|van|da|do|af|från|fra|by|z|od|ze)\s+(?=[\p{Lu}\d])`,
  'u',
);

/** Where the maker's name starts when the text right after a price names it ("), van Terre Bleue"), else -1. */
export function makerAfterPrice(text: string, from: number, to: number): number {
  const m = AFTER_PRICE.exec(text.slice(from, to));
  return m ? from + m[0].length : -1;
}
