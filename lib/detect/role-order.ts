import { lookupBrand } from '../gazetteer';
import { nounHits } from './lexicon';
import { properName } from './text';

/**
 * Brand and name read the wrong way round: "<b>Le manteau long en laine</b> Le 31 — 295 $" or
 * "Maison Vert: Emaille-Becher" split at the wrong side. When the brand is no maker the gazetteer knows and
 * holds a product noun, while the name is a short proper name without one, the two swap; null otherwise.
 */
export function swappedRoles(brand: string, name: string): [string, string] | null {
  if (lookupBrand(brand) || nounHits(brand) === 0) return null;
  if (!properName(name, 3) || nounHits(name) > 0) return null;
  return [name.trim(), brand.trim()];
}
