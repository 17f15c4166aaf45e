import { lookupBrand } from '../../gazetteer';
import { maker, pieces } from './credit-sides';
import type { Part } from './maker-first';

/** "Blazer, chemise, jean et bottines, Zara": pieces listed, then the one maker of them all. */
const PIECES_THEN_MAKER = /^(.{2,120}),\s+([^,]{2,40}?)[\s.]*$/u;

/**
 * A line that is nothing but pieces and, after the last comma, their maker: known to the gazetteer, or any short
 * proper name in a photo caption.
 */
export function piecesThenMaker(text: string, cap: boolean): Part[] {
  const m = PIECES_THEN_MAKER.exec(text);
  const ps = m ? pieces(m[1]!) : [];
  // pieces() splits only when every part is a short noun phrase ("Blazer" too, though a maker is named so).
  if (ps.length < 2) return [];
  const who = maker(m![2]!);
  if (!who || who.model || (!cap && !lookupBrand(who.brand))) return [];
  let pos = 0;
  return ps.map((x) => {
    const k = text.indexOf(x, pos);
    pos = k + x.length;
    return { brand: who.brand, name: x, shop: who.shop, s: k, e: k + x.length };
  });
}
