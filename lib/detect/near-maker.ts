import { findBrands, type BrandOccurrence } from '../gazetteer';
import { asWritten, canonical } from './brand';
import type { Candidate, Ctx, Line } from './context';
import { lexicon, nounHits } from './lexicon';
import { lowerAlnum, properName } from './text';

/** How many lines above a pick's own a maker named in the running text may stand. */
export const LINES_BACK = 2;
/** How much text before a pick (in its line and the lines above) is searched for a maker. */
const WINDOW = 600;
/** A sentence end inside the window: the maker stands sentences away from the pick. */
const SENTENCE_END = /[.!?](?:\s|$)/gu;
/** One sentence end, tested (not counted). */
const ENDS = /[.!?](?:\s|$)/u;
/**
 * What closes a priced list after its last price with the maker of every piece in it: "… and Mila cushion, £25,
 * Habitat." — a comma or a dash, then the name, then the end of the sentence or the line.
 */
const TAIL_MAKER = /^\s*(?:each\s*)?[,–—-]\s*(?:all\s+)?(?:(?:from|by|at)\s+)?([^,.;()]{2,40}?)\s*(?:[.;]|$)/iu;

/** What ends a credit after its price: the maker closing it ("Jacket, £12, Primark; leggings, £10, ASOS"). */
const CLOSES_CREDIT = /(?:\d|[£$€¥]|\p{Sc})\)?\s*(?:each\s*)?[,–—-]\s*(?:(?:from|by|at|via)\s+)?$/u;

/** A credit closed by a name of its own after its price: "£12, Primark;" in a list of credits. */
const OWN_CREDIT = /^\)?\s*(?:each\s*)?,\s*[^,;.()]{1,40}[;|]/u;

/** Where a maker for a pick was found: `lines` above its own line (0: its own), `tail` closing the line's list. */
export interface Near {
  name: string;
  lines: number;
  tail: boolean;
  /** Sentence ends between the maker and the pick. */
  sentences: number;
  /** Other makers the gazetteer knows in the same window: the nearest one may belong to another piece. */
  others: number;
  /** Prices between the maker and the pick: other pieces stand between them. */
  prices: number;
}

/** A capitalised name in brackets after the piece: its maker ("T-Shirt (Esprit)"). */
const BRACKETED = /\(\s*\p{Lu}[^)]*\)/u;

/** A price written in running text ("£12", "$45", "45 €"): counts the pieces between a maker and a pick. */
const PRICE_MARK = /\p{Sc}\s?\d|\d\s?\p{Sc}/gu;

const known = (text: string): BrandOccurrence[] => findBrands(text).filter((b) => !b.ambiguous);

/**
 * Whether the maker's own piece and price stand between it and the pick: a price right after the maker's name
 * ("Lego Super Mario ($59) … Barbie dolls ($30)"), or any price when the maker stands in a line above.
 */
function ownPiece(gap: string): boolean {
  const at = gap.search(PRICE_MARK);
  if (at < 0) return false;
  return gap.includes('\n') || (at < 40 && !/[.!?;:]/u.test(gap.slice(0, at)));
}

/** The text before the pick: its own line up to the claim, then up to LINES_BACK lines above (no heading). */
function before(ctx: Ctx, line: Line, s: number): string {
  let text = line.text.slice(0, s);
  for (let k = 1; k <= LINES_BACK && text.length < WINDOW; k++) {
    const l = ctx.lines[line.i - k];
    // A heading starts a section of its own: its maker is ./section-maker's call.
    if (!l || l.h) break;
    text = `${l.text}\n${text}`;
  }
  return text.slice(-WINDOW);
}

/**
 * The maker that closes the pick's line after its last price ("…, £25, Habitat."), or null: a name the gazetteer
 * knows (an everyday word too: the place says it is a name), or capitalised words naming no product.
 */
function tailMaker(line: Line): string | null {
  const pcs = line.pc ?? [];
  const last = pcs[pcs.length - 1];
  if (!last || pcs.length < 2) return null;
  // Credits that each close on their own maker ("Jacket, £12, Primark; boots, £20, New Look.") share none.
  if (pcs.slice(0, -1).some((p) => OWN_CREDIT.test(line.text.slice(p.e, p.e + 50)))) return null;
  const m = TAIL_MAKER.exec(line.text.slice(last.e, last.e + 60));
  const name = m?.[1]?.trim() ?? '';
  if (!/^\p{Lu}/u.test(name)) return null;
  const hit = findBrands(name)[0];
  if (hit && hit.start === 0 && hit.end >= name.length - 1) return canonical(hit.name);
  return properName(name, 3) && !nounHits(name) && !lexicon().label.test(name) ? name : null;
}

/** The makers near a brandless priced pick: the last one named before it, and the one closing its list. */
export function nearMakers(ctx: Ctx, c: Candidate): Near[] {
  const cl = c.claims[0]!;
  const line = ctx.lines[cl.i];
  if (!line) return [];
  const out: Near[] = [];
  const text = before(ctx, line, cl.s);
  const hits = known(text);
  const last = hits[hits.length - 1];
  const gap = last ? text.slice(last.end) : '';
  const up = gap.match(/\n/g)?.length ?? 0;
  // A price in the lines above, from the maker's down to the pick's, is the maker's own piece's.
  const priced = ctx.lines.slice(line.i - up, line.i).some((l) => l.pc?.length);
  // A maker right after a price closes that piece's credit, not this one's.
  const closes = !!last && CLOSES_CREDIT.test(text.slice(Math.max(0, last.start - 12), last.start));
  if (last && !closes && !priced && !ownPiece(gap)) {
    out.push({
      // As the page writes it ("M&S"), when it is not just the gazetteer's spelling of the same words.
      name: asWritten(canonical(last.name), text.slice(last.start, last.end)),
      // The line breaks between the maker and the pick: 0 when both stand in one line.
      lines: up,
      tail: false,
      sentences: [...gap.matchAll(SENTENCE_END)].length,
      others: new Set(hits.map((h) => h.name)).size - 1,
      prices: (gap.match(PRICE_MARK) ?? []).length,
    });
  }
  // Only a pick inside the list, before its last price and in its sentence, takes the maker closing it.
  const end = line.pc?.[line.pc.length - 1]?.s ?? 0;
  const tail = cl.s < end && !ENDS.test(line.text.slice(cl.s, end)) ? tailMaker(line) : null;
  if (tail && tail !== out[0]?.name)
    out.push({ name: tail, lines: 0, tail: true, sentences: 0, others: hits.length, prices: 0 });
  return out;
}

/**
 * A maker the running text names near a brandless priced pick, given to it: a shop or label named sentences
 * before the piece ("Of course my first stop was Primark … an oversized grey cardigan (£14)"), the lines above
 * it in one feature, or the maker closing a priced list ("Clarke sofa, £750; Ikin rug, £195 and Mila cushion, £25,
 * Habitat."). Only makers the gazetteer knows unambiguously; one variant each over the same text, for the scorer
 * to weigh against the brandless reading (NEAR_MAKER_FEATURE_NAMES). A pick whose name holds a maker of its own
 * gets none: the roles read it.
 */
export function nearMaker(ctx: Ctx, c: Candidate): Candidate[] {
  // A credit naming its shop and no maker ("Chiffon dress, HK$1,680 Religeon") was read whole already.
  if (c.brand || c.alt || c.retailer || !c.price || c.claims.length !== 1) return [];
  // A name holding a maker of its own, known or in brackets ("T-Shirt (Esprit)"): the roles' call.
  if (known(c.name).length || BRACKETED.test(c.name)) return [];
  // One word naming no product ("Cuesta") is a model's name, which may be another maker's.
  if (!/\s/u.test(c.name.trim()) && !nounHits(c.name)) return [];
  const name = lowerAlnum(c.name);
  return nearMakers(ctx, c)
    .filter((m) => !name.includes(lowerAlnum(m.name)))
    .map((m) => ({ ...c, brand: m.name, alt: 'near' as const }));
}

/** Whether two candidates read overlapping text of one line. */
const overlap = (a: Candidate, b: Candidate) =>
  a.claims.some((x) => b.claims.some((y) => x.i === y.i && x.s < y.e && y.s < x.e));

/**
 * The near-maker variants of a page's candidates: only for a piece no reading gave a maker yet (a maker read from
 * the piece's own text outranks one named near it).
 */
export function nearMakerVariants(ctx: Ctx, cands: readonly Candidate[]): Candidate[] {
  const branded = cands.filter((d) => d.brand && d.price);
  return cands.flatMap((c) => (branded.some((d) => overlap(c, d)) ? [] : nearMaker(ctx, c)));
}
