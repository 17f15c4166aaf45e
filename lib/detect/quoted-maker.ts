import { lookupBrand } from '../gazetteer';
import { RANK } from './bracket-maker';
import { nounHits } from './lexicon';
import { lowerAlnum } from './text';

/**
 * 「Maker」のItem closing a Japanese clause, as department-store and trade-press captions write a pick:
 * "…汎用性が高い「タトラス」のロングダウンコート", "カシミヤ製「ビューティ&ユース」ニット". The quoted
 * words before the item are its maker; the clause before them describes it. The item must be a product
 * noun and hold no particle that would make it a clause of its own ("「…」は9,900円").
 */
const MAKER_ITEM = /「([^「」。、！？]{1,40})」の?([^「」。、，,！？はがをにでとも]{1,30})$/u;
/** "ビューティフルピープル(beautiful people)": the maker in katakana with its own spelling in brackets. */
const SPELT = /^(.+?)\s*[(（]([^()（）]+)[)）]$/u;

/** The maker a name in the caption's shape opens with, as known to the gazetteer when either spelling is. */
function makerOf(quoted: string): string {
  const m = SPELT.exec(quoted.trim());
  if (!m) return quoted.trim();
  const [, outer, inner] = m;
  return lookupBrand(inner!) && !lookupBrand(outer!) ? inner!.trim() : outer!.trim();
}

/**
 * The maker and item of a name ending in 「Maker」のItem, or of one opening on its own maker with の
 * ("エブールのショートコート" with brand エブール); null when the name has neither shape or the quoted maker
 * is not the candidate's brand.
 */
export function quotedMakerItem(brand: string | null, name: string): [string, string] | null {
  const q = MAKER_ITEM.exec(name);
  // A rank in quotes ("「1位」") places the pick; it names no maker.
  if (q && nounHits(q[2]!) > 0 && !RANK.test(q[1]!)) {
    const maker = makerOf(q[1]!);
    if (!brand || lowerAlnum(brand) === lowerAlnum(maker) || lowerAlnum(brand) === lowerAlnum(q[1]!))
      return [brand ?? maker, q[2]!.trim()];
  }
  if (brand && name.startsWith(`${brand}の`) && nounHits(name.slice(brand.length + 1)) > 0)
    return [brand, name.slice(brand.length + 1)];
  return null;
}
