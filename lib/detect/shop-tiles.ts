import type { Candidate } from './context';
import { lowerAlnum } from './text';

/**
 * Tiles of a shop's grid that name no maker were given the shop's own name as their maker (./group): right on a
 * shop that sells its own label, wrong on a multi-brand shop (an outlet or a children's shop whose other tiles
 * name "Moon 30x40 - Kaverini Designs", "Hevea - Tuttipullo"). When tiles on the page name two or more makers
 * other than the shop, the shop is no maker of the rest, and a tile that names none has no maker the page gives:
 * it is dropped rather than credited to the shop. Returns the candidates kept, in order.
 */
export function multiBrandShop(cands: readonly Candidate[]): Candidate[] {
  const shop = new Set(cands.filter((c) => c.shopLabel && c.brand).map((c) => lowerAlnum(c.brand!)));
  if (!shop.size) return [...cands];
  const others = new Set(
    cands
      .filter(
        (c) => !c.shopLabel && c.brand && c.price && c.url && (c.format === 'card' || c.format === 'anchor-record'),
      )
      .map((c) => lowerAlnum(c.brand!))
      .filter((b) => b && !shop.has(b)),
  );
  return others.size >= 2 ? cands.filter((c) => !c.shopLabel) : [...cands];
}
