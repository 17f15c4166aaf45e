import { lookupBrand, lookupRetailer } from '../gazetteer';
import type { Candidate, Ctx } from './context';
import { nounHits } from './lexicon';
import { saysUsed } from './used-goods';

/** "Oil cleanser", "Night cream": a capitalised label that ends in a lower-case word. */
const LABEL_TAIL = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+)*\s+(\p{Ll}[\p{L}'’-]*)$/u;

/** "30cc", "70매", "500 ml": a quantity with its unit, read where a maker stands. */
const QUANTITY = /^\d+(?:[.,]\d+)?\s*\p{L}{1,3}$/u;

/** "+税", "+ tax": a note on the price, read where a maker stands. */
const PRICE_NOTE = /^\+/;

/**
 * "kocht ik met geld", "köpte jag byxor", "I reached for": a writer's own sentence about buying or wearing,
 * read as a product's name. The pronoun must lead a lower-case word, so a model's numeral ("Belvedere I") stays.
 */
const FIRST_PERSON = /(?:^|\s)(?:I|ik|ich|je|jag|jeg|io|yo|eu)\s+\p{Ll}/u;

/**
 * Whether a maker is a label of a step or a kind ("Oil cleanser", "Water-based cleanser") rather than a name: it
 * ends in a lower-case product noun and neither the gazetteer's brands nor its shops know it. Makers' names end in
 * a capitalised word ("Pepe Shoes", "The Country Candle Company").
 */
function labelMaker(brand: string): boolean {
  const tail = LABEL_TAIL.exec(brand.trim())?.[1];
  return !!tail && nounHits(tail) > 0 && !lookupBrand(brand) && !lookupRetailer(brand);
}

/**
 * Whether a scored candidate is left unreported: a private seller's listing whose own line tells of a used
 * object's condition or a haggled price ("Kinderwagen, kaum benutzt", "noszona jeden sezon"), which no shop
 * sells, a maker that is a label (see labelMaker), a quantity or a price note, or a name that is the writer's own
 * sentence (FIRST_PERSON). No labelled page holds a mention of these kinds; the scorer
 * still learns from them, and this only keeps them from the reader.
 */
export function unreportable(ctx: Ctx, c: Candidate): boolean {
  const brand = c.brand?.trim() ?? '';
  if (brand && (labelMaker(brand) || QUANTITY.test(brand) || PRICE_NOTE.test(brand))) return true;
  if (FIRST_PERSON.test(c.name)) return true;
  return [...new Set(c.claims.map((x) => x.i))].some((i) => saysUsed(ctx.lines[i]?.text ?? ''));
}
