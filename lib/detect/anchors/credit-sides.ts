import { findBrands, lookupBrand, lookupRetailer } from '../../gazetteer';
import { canonical } from '../brand';
import { lexicon, nounHits } from '../lexicon';
import { clean, nameOk, properName, words } from '../text';

// The two sides of a loosely written outfit credit (./run-credits): the piece and its maker.

/** Gift and provenance marks around a maker: "courtesy of", "c/o", "℅", "gifted", "(old)". */
const GIFT = /^(?:courtesy\s+of|c\/o|℅|gifted(?:\s+by)?|thanks\s+to)\s+|\s+(?:℅|c\/o|gifted)$/iu;
/** Link words left in the text after a maker: "[here]", "similar: here", "her", "hier". */
const LINK_WORD = /\s+(?:similar\s*:?\s*)?(?:here|her|hier|ici|qui|aquí|tutaj|här|similar)$/iu;
/** A shop after the maker: "via Nordstrom", "at Zappos", "from Amazon". */
const SHOP = /\s+(?:via|at|from|@)\s+(\S.{1,40})$/iu;
const MAX_PIECE = 4;
/** Credits that name no maker: a thrifted, inherited or gifted piece ("Sunnies: Second Hand", "Vintage belt"). */
export const NO_MAKER = /^(?:vintage|thrifted|old|second[- ]?hand|gift(?:ed)?|handmade|diy|self[- ]made|my|our)$/iu;
/** Articles and small words before a piece in English prose: "then a plaid jacket", "a pair of joggers". */
const DET = /^(?:.*\s)?(?:a|an|the|my|this|these|some)\s+(?:pair\s+of\s+)?(?=\S)/iu;

/** The piece in front of a maker: a short phrase with a product noun, trimmed to start at a noun when long. */
export function piece(raw: string): string | null {
  const t = clean(raw)
    .replace(/^[\s,:;–—-]+|[\s,:;–—-]+$/g, '')
    .replace(DET, '');
  const w = words(t);
  if (!nounHits(t) || lookupBrand(t) || lexicon().negative.test(t)) return null;
  const k = w.findIndex((x) => nounHits(x) > 0);
  // "Patri lleva vestido", "Jeg har lys trenchcoat": a subject and its verb open a clause; the piece is the rest.
  const clause = k >= 2 && /^\p{Lu}/u.test(w[0]!) && /^\p{Ll}/u.test(w[1]!) && !nounHits(w[1]!);
  if (w.length <= MAX_PIECE && nameOk(t) && !clause) return t;
  // A long left side is a clause too: the piece starts at its first noun.
  const tail = w.slice(k).join(' ');
  return k > 0 && w.length - k <= MAX_PIECE && nameOk(tail) ? tail : null;
}

/** The maker of a credit: a known brand (maybe with a model after it) or a short proper name; shops apart. */
export function maker(raw: string): { brand: string; model: string; shop: string | null } | null {
  // "from the Gap": the article before a maker's name is not part of it.
  // A separator left at the end of a caption line ("Trousers: COS |") is no part of the maker.
  let t = clean(raw.replace(/\([^()]*\)/g, ' '))
    .replace(/[\s.,;:!|/•·]+$/, '')
    // "Forever 21 - Shoes & Bag: …": a dash left after a maker where the next credit starts.
    .replace(/\s+[–—-]$/u, '')
    .replace(/^the\s+(?=\p{Lu})/u, '');
  for (let k = 0; k < 3; k++) t = t.replace(GIFT, '').replace(LINK_WORD, '').trim();
  let shop: string | null = null;
  const at = SHOP.exec(t);
  if (at) {
    shop = at[1]!.trim();
    t = t.slice(0, at.index).trim();
  }
  if (!t || nounHits(t) > 0 || NO_MAKER.test(t) || lexicon().negative.test(t)) return null;
  const hit = findBrands(t).find((b) => b.start === 0 && (!b.ambiguous || b.end === t.length));
  if (hit) {
    const model = t.slice(hit.end).trim();
    if (words(model).length > 3 || (model && !properName(model.replace(/^["“„]|["”“]$/g, ''), 3))) return null;
    return { brand: hit.name, model: model.replace(/["“”„]/g, ''), shop };
  }
  if (!properName(t, 4)) return null;
  return { brand: canonical(t), model: '', shop };
}

/** "Skirt and Chain", "Tights & Ring": the pieces a credit names, when each is a short noun phrase. */
export function pieces(p: string): string[] {
  const ps = p.split(/\s*,\s+|\s+(?:&|and|und|et|e|y|og|och|en|\+)\s+/i).map((x) => x.trim());
  return ps.length > 1 && ps.every((x) => words(x).length <= 3 && nounHits(x) > 0) ? ps : [p];
}

/** "Topshop & ASOS": two known makers credited for one piece. */
export function makers(raw: string): ReturnType<typeof maker>[] {
  const two = raw.replace(/[\s.,;:!]+$/, '').split(/\s+&\s+/);
  if (two.length === 2 && two.every((x) => lookupBrand(x.trim()) || lookupRetailer(x.trim()))) return two.map(maker);
  return [maker(raw)];
}
