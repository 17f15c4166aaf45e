import { findBrands } from '../../gazetteer';
import { canonical } from '../brand';
import { lexicon, nounHits } from '../lexicon';
import { clean, properName } from '../text';
import { NO_MAKER, piece, pieces } from './credit-sides';

/** One credit read from a span of a line: the maker, the piece, a shop, and where it sits (characters s..e). */
export interface Part {
  brand: string;
  name: string;
  shop: string | null;
  s: number;
  e: number;
  /** The maker opened the span ("Topshop tank"): a bare piece joined to it by "and" shares it ("… and jeans"). */
  lead?: boolean;
  /** Read piece first with a maker the gazetteer does not know, only because the list's other spans read. */
  unknown?: boolean;
}

/**
 * Small words before a maker in a clause, all lower case: "i bought a pair of", "my favourite", "some". Only
 * what ends in a determiner is dropped, so "love Zara shoes" keeps its verb and is not read.
 */
const DET = /^(?:[\p{Ll}'’]+\s+){0,5}?(?:a|an|the|my|some|these|this|those|her|his|our|two|three)\s+(?:pair\s+of\s+)?/u;
/** How a trailing note after a credit ends: "(similar)", "[here]", a full stop. */
const TAIL = /\s*(?:\([^()]*\)|\[[^[\]]*\])?[\s.,;:!?)\]}]*$/u;
/** An opening bracket or brace before a caption's list: "{Old Navy vest, …}", "(wearing: …)". */
const OPEN = /^[\s({[]+/u;

/**
 * A span read maker first: "Tom Ford eyewear", "MANGO shirt", "a pair of Citizens of Humanity skinnies". Several
 * makers one after another cut the span ("Zara coat Joe Fresh shirt Gap jeans"): a caption that names each piece
 * by its maker with no separator at all. Every maker must be followed by a piece, or the span reads as nothing.
 */
export function makerFirst(text: string, at: number): Part[] {
  const lead = OPEN.exec(text)?.[0].length ?? 0;
  const t = text.slice(lead).replace(TAIL, '');
  at += lead;
  const det = DET.exec(t);
  const from = det ? det[0].length : 0;
  // An everyday word that is also a maker ("Mango", "Gap") counts only as a capitalised name.
  const hits = findBrands(t).filter((b) => b.start >= from && (!b.ambiguous || /^\p{Lu}/u.test(t.slice(b.start))));
  if (!hits.length || hits[0]!.start !== from) return [];
  const out: Part[] = [];
  for (let k = 0; k < hits.length; k++) {
    const b = hits[k]!;
    const end = hits[k + 1]?.start ?? t.length;
    const between = t.slice(b.end, end).replace(/[\s,;]+$/, '');
    const p = piece(between);
    // "Zara Mango-print shirt" is one piece; only a maker that leaves a piece behind each cut is a list, and a
    // comma inside a cut means the separators, not the makers, divide the span.
    if (!p || /[,;:]/.test(between)) return [];
    // "Topshop tank and jeans": each piece claims its own words, the first with the maker before it.
    const ps = pieces(p);
    let pos = b.end;
    ps.forEach((x, j) => {
      const k = t.indexOf(x, pos);
      const e = j === ps.length - 1 ? end : k + x.length;
      out.push({ brand: b.name, name: x, shop: null, s: at + (j ? k : b.start), e: at + e, lead: true });
      pos = e;
    });
  }
  return out;
}

/**
 * How many credits a list's spans name: one per span that reads, and each further maker of a span read maker
 * first ("Zara coat Joe Fresh shirt" is two credits in one span).
 */
export const listHits = (read: readonly Part[][]): number =>
  read.reduce((n, r) => n + (r.length ? 1 : 0) + Math.max(0, r.filter((p) => p.lead).length - 1), 0);

/** A maker the gazetteer does not know, before a piece: capitalised words, then the piece ("DUNE shoes"). */
const UNKNOWN = /^((?:[\p{Lu}][\p{L}\p{N}&.'’-]*\s+){1,3})(\p{Ll}.*)$/u;

/**
 * A piece, then a maker the gazetteer does not know: "sac Atelier Nour", "Takki Moonstone Design". The piece is the
 * shortest opening that reads as one whole, the maker the capitalised words after it.
 */
function pieceThenUnknown(t: string): { brand: string; name: string } | null {
  const w = t.split(/\s+/);
  for (let j = 1; j < w.length && j <= 4; j++) {
    const who = w.slice(j).join(' ');
    const head = clean(w.slice(0, j).join(' '));
    if (!properName(who, 3) || !/\p{L}{2}/u.test(who) || nounHits(who) || NO_MAKER.test(who)) continue;
    if (lexicon().negative.test(who) || findBrands(head).length || piece(head) !== head) continue;
    // The piece ends at its noun: "Handschuhe vom Flohmarkt" says where, not who made them.
    if (!nounHits(w[j - 1]!)) continue;
    return { brand: canonical(who), name: head };
  }
  return null;
}

/**
 * Fills the spans of a list of maker-first credits that the gazetteer alone could not read, in place:
 * - "Topshop tank and jeans": a bare piece after "and" shares the maker that opened the span before it;
 * - "Gatta over-knee socks" among "H&M shoes, New Look Sweater": in a list that names its makers first, a span of
 *   capitalised words before a lower-case piece is a maker the gazetteer does not know;
 * - "sac Atelier Nour" among "jupe Petit Bateau, baskets Veja": in a list that names its pieces first by known
 *   makers, a piece followed by capitalised words names a maker the gazetteer does not know.
 * `sp` are the spans with their offsets, `read` what each read as, `joined[k]` whether span k and k+1 share "and".
 */
export function shareMakers(sp: readonly [string, number][], read: Part[][], joined: readonly boolean[]): void {
  const lead = read.flat().filter((p) => p.lead).length >= 2;
  // A span read piece first by a known maker: the list names its pieces first (it holds two credits or more).
  const tail = read.some((r) => r.length && r.every((p) => !p.lead));
  for (let k = 0; k < read.length; k++) {
    if (read[k]!.length) continue;
    const [raw, s] = sp[k]!;
    const t = raw.replace(TAIL, '').trim();
    const at = s + raw.indexOf(t);
    const prev = read[k - 1]?.[read[k - 1]!.length - 1];
    if (prev?.lead && joined[k - 1] && t && piece(t) === t) {
      read[k] = [{ ...prev, name: t, s: at, e: at + t.length }];
      continue;
    }
    const m = lead ? UNKNOWN.exec(t) : null;
    const who = m?.[1]!.trim() ?? '';
    const p = m ? piece(m[2]!) : null;
    if (p && !NO_MAKER.test(who) && !nounHits(who) && !findBrands(m![2]!).length) {
      read[k] = [{ brand: canonical(who), name: p, shop: null, s: at, e: at + t.length, lead: true }];
      continue;
    }
    const pt = tail && !lead ? pieceThenUnknown(t.replace(/[\s.,;:!]+$/, '')) : null;
    if (pt) read[k] = [{ ...pt, shop: null, s: at, e: at + t.length, unknown: true }];
  }
}
