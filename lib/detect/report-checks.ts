import { lookupBrand, lookupRetailer } from '../gazetteer';
import type { Candidate, Ctx } from './context';
import { nounHits } from './lexicon';
import { saysUsed } from './used-goods';

/** "Oil cleanser", "Night cream": a capitalised label that ends in a lower-case word. */
const LABEL_TAIL = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+)*\s+(\p{Ll}[\p{L}'’-]*)$/u;

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
 * sells, or a maker that is a label (see labelMaker). No labelled page holds a mention of either kind; the scorer
 * still learns from them, and this only keeps them from the reader.
 */
export function unreportable(ctx: Ctx, c: Candidate): boolean {
  if (c.brand && labelMaker(c.brand)) return true;
  return [...new Set(c.claims.map((x) => x.i))].some((i) => saysUsed(ctx.lines[i]?.text ?? ''));
}
