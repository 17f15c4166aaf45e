import { findBrands, lookupBrand } from '../../gazetteer';
import type { Candidate, Ctx, Format, Line } from '../context';
import { linkIn } from '../href';
import { nounHits } from '../lexicon';
import { clean } from '../text';
import { maker, makers, piece, pieces } from './credit-sides';
import { listHits, makerFirst, shareMakers, type Part } from './maker-first';
import { SENTENCE, SENTENCE_END, SEP, spans } from './credit-spans';
import { PRESS_CAPTION } from './credit-stops';
import { piecesThenMaker } from './pieces-then-maker';
import { separatedList } from './separated-list';

/** "Piece: Maker", "piece, Maker", "Piece - Maker", "Knit/Maker": the piece first, then its maker. */
const LABELLED = /^(.{2,60}?)(?:\s*(?::|,|\s[–—-])\s+|(?<=\p{Ll})\/(?=\p{Lu}))(\S.*)$/u;
/** "Piece: Maker" only, when the span has a colon: "Sweater, T-shirt & Skirt: Maker" is one label. */
const COLON_LABELLED = /^(.{2,60}?)\s?:\s+(\S.*)$/u;
/** The maker after a preposition in prose credits ("Patri lleva vestido de María Escoté", "Mantel von Totême"). */
const OF_MAKER = /^(.{2,60}?)\s+(?:von|de|di|del|della|van|by|from|fra|från|af|od|z)\s+(?:the\s+)?(\p{Lu}.{0,40})$/u;

/** One span read as credits: labelled, "piece KnownMaker" (noun first), or "piece de Maker". */
function readSpan(text: string, s: number): Part[] {
  const t = text.trim();
  const at = s + text.indexOf(t);
  const e = at + t.length;
  const lab = COLON_LABELLED.exec(t) ?? LABELLED.exec(t);
  if (lab) {
    const p = piece(lab[1]!);
    const ms = p ? makers(lab[2]!).filter((m) => !!m) : [];
    // Two pieces of one credit ("Booties & Bag: Zara") each claim their own words, or only one would be kept.
    const own = (x: string) => (p && pieces(p).length > 1 && t.includes(x) ? at + t.indexOf(x) : -1);
    if (p && ms.length)
      return ms.flatMap((m) =>
        pieces(p).map((x) => {
          const k = own(x);
          const span = k < 0 ? { s: at, e } : { s: k, e: k + x.length };
          return { brand: m!.brand, name: clean(`${x} ${m!.model}`), shop: m!.shop, ...span };
        }),
      );
    // "I wore: boho dress, Zara": a lead without a product noun before the credit itself.
    if (/:\s/.test(lab[0].slice(lab[1]!.length, lab[1]!.length + 3)) && !nounHits(lab[1]!)) {
      // The credit is the match's tail (the pattern spans the whole text): its place, not the first
      // place its words occur, or "Top: Top, Zara" would read the same span again and never end.
      const k = t.length - lab[2]!.length;
      return readSpan(t.slice(k), at + k);
    }
  }
  const bare = t.replace(/[.,;:!]+$/, '');
  // "Canotta lunga Stradivarius", "sweter Pinko": a known maker closes the span after the piece (an everyday
  // word that is also a maker, "Gap", only as a capitalised name).
  const last = findBrands(bare).filter(
    (b) => b.end === bare.length && b.start > 0 && (!b.ambiguous || /^\p{Lu}/u.test(bare.slice(b.start))),
  );
  const end = last[last.length - 1];
  if (end) {
    const p = piece(bare.slice(0, end.start));
    if (p) return [{ brand: end.name, name: p, shop: null, s: at, e }];
  }
  const of = OF_MAKER.exec(bare);
  if (of) {
    const p = piece(of[1]!);
    const m = p ? maker(of[2]!) : null;
    if (p && m && !m.model) return [{ brand: m.brand, name: p, shop: m.shop, s: at, e }];
  }
  return makerFirst(t, at);
}

/**
 * Prose and noun-first credits run on with commas and "and", sentence after sentence: "vestido de A, bolso de B y
 * sandalias de C. Yo llevo …". Group 1 holds the word "and".
 */
const LIST = new RegExp(String.raw`,\s+|\s+(and|und|et|e|y|och|og|en|i|oraz|ja)\s+|${SENTENCE_END}`, 'gu');
/** The same in a photo caption, where sentences of credits are a red-carpet report (see SENTENCE). */
const LIST_CAPTION = /,\s+|\s+(and|und|et|e|y|och|og|en|i|oraz|ja)\s+/gu;

/**
 * The credits of a span list when most spans read as credits (prose with one "noun, Name" clause is not).
 * `joined[k]` says span k is tied to the next by "and": a bare piece there shares the next one's maker
 * ("estola y bolso de Zara").
 */
function readAll(sp: [string, number][], joined: boolean[] = [], listed = false): Part[] {
  const read = sp.map(([t, s]) => readSpan(t, s));
  // Only spans that name their own maker say the list is credits; the shared ones ride along.
  const hits = listHits(read);
  if (hits < 2) return [];
  shareMakers(sp, read, joined);
  // "Short, veste et chapeau Stefanel": a bare piece before a comma shares the maker too when the piece after it
  // shared one through "and".
  const shared = new Set<number>();
  for (let k = read.length - 2; k >= 0; k--) {
    const [t, s] = sp[k]!;
    const next = read[k + 1]!;
    if (read[k]!.length || !(joined[k] || shared.has(k + 1)) || next.length !== 1 || next[0]!.lead) continue;
    if (piece(t) !== clean(t)) continue;
    const at = s + t.indexOf(t.trim());
    read[k] = [{ ...next[0]!, name: clean(t), s: at, e: at + t.trim().length }];
    shared.add(k);
  }
  // Most spans read, counting pieces that share a maker and makers the gazetteer does not know in the list's form
  // ("Short, veste et chapeau A, marinière B, sac c, ballerines D"); prose with one credit clause is not a list.
  // A list of short spans between list separators is credits even where most name no maker (./separated-list).
  return listHits(read) * 2 < sp.length && !listed ? [] : read.flat();
}

function creditsIn(ctx: Ctx, line: Line): Candidate[] {
  let parts = readAll(spans(line.text, line.cap ? SEP : SENTENCE), [], separatedList(line.text));
  if (!parts.length) {
    const sp: [string, number][] = [];
    const joined: boolean[] = [];
    let from = 0;
    for (const m of line.text.matchAll(line.cap ? LIST_CAPTION : LIST)) {
      if (line.text.slice(from, m.index).trim()) {
        sp.push([line.text.slice(from, m.index), from]);
        joined.push(!!m[1]);
      }
      from = m.index + m[0].length;
    }
    sp.push([line.text.slice(from), from]);
    parts = readAll(
      sp.filter(([t]) => t.trim()),
      joined,
    );
  }
  if (!parts.length && line.text.length <= 160) parts = piecesThenMaker(line.text.trim(), line.cap);
  const n = parts.length;
  return parts.map((p) => ({
    brand: p.brand,
    name: p.name,
    price: null,
    retailer: p.shop,
    url: linkIn(ctx, line, p.s, p.e),
    element: line.el,
    claims: [{ i: line.i, s: p.s, e: p.e }],
    score: 2 + (lookupBrand(p.brand) ? 1 : 0) + Math.min(n, 4) / 2,
    // Read maker first, the credit is a reading of its own to the scorer (../maker-first-features).
    format: p.lead ? 'anchor-maker-first' : 'anchor-runon',
  }));
}

/**
 * Outfit credits the other credit readers miss: run together ("Sweater: MinkPink Skirt: Asos"), split by "//"
 * without spaces or by sentence ends, with gift marks ("courtesy of", "c/o"), noun first without a mark
 * ("Canotta lunga Stradivarius, Jeans skinny Zara"), maker first ("Topshop tank and jeans, Zara loafers",
 * ./maker-first), after a lead ("I wore: …"). Records without a price.
 */
export const runCredits: Format = {
  id: 'anchor-runon',
  detect(ctx: Ctx) {
    const out: Candidate[] = [];
    // Negative cues are read on each piece, not the line: a maker's name may hold one ("Denny Rose").
    for (const line of ctx.lines) {
      if (line.pc?.length || line.h === 1 || line.text.length > 600) continue;
      // A news photo's caption says what someone wore (./credit-stops).
      if (line.cap && PRESS_CAPTION.test(line.text)) continue;
      out.push(...creditsIn(ctx, line));
    }
    return out;
  },
};
