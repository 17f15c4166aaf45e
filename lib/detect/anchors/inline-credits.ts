import { findBrands, lookupBrand } from '../../gazetteer';
import { canonical } from '../brand';
import type { Candidate, Ctx, Format, Line } from '../context';
import { record } from './brand-record';
import { CREDIT_STOP, PRESS_CAPTION } from './credit-stops';
import { lexicon, nounHits } from '../lexicon';
import { retailerFromText } from '../retailer';
import { properName, words } from '../text';

/** Where one credit ends and the next begins inside a line: ";", " | ", " // ", " • ". */
const SEP = /\s*;\s*|\s+(?:\||\/\/|•|·)\s+/gu;
/** The same, and a full stop between credits (./credit-stops), outside a news photo's caption. */
const SEP_STOPS = new RegExp(`${SEP.source}|${CREDIT_STOP.source}`, 'gu');
/** "Wearing:", "Outfit details:", "On me:": a lead label over the whole credit line. */
const LEAD = /^\s*(?:wearing|outfit(?: details)?|on (?:me|her|him)|details|credits?|look)\s*:\s*/i;
/** "piece, Maker" or "Piece: Maker", the piece a few words at most. */
const PART = /^([^,:()]{2,40}?)\s*[,:]\s+(\S.*)$/u;
/** Where the credit says the piece came from: "(via Kijiji)", "at Nordstrom". */
const SHOP = /\s*\(?\b(?:via|from|at|@)\s+([^()]{2,40}?)\)?\s*$/iu;
const MAX_LINE = 400;

/** "top & shorts", "dress and bag": the pieces a credit names, each a product noun phrase. */
function pieces(label: string): string[] {
  const parts = label
    .split(/\s+(?:&|and|\+)\s+/i)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.every((p) => words(p).length <= 3 && nounHits(p) > 0 && !lookupBrand(p)) ? parts : [];
}

/** The maker side of a credit: a known brand, or a short title-cased name; a shop after "via" is kept apart. */
function maker(raw: string): { brand: string; shop: string | null } | null {
  let t = raw.replace(/\((?!\s*(?:via|from|at)\b)[^()]*\)/gi, ' ').trim();
  let shop: string | null = null;
  const at = SHOP.exec(t);
  if (at && at.index > 0) {
    shop = retailerFromText(at[1]!.trim()) ?? (properName(at[1]!.trim(), 3) ? at[1]!.trim() : null);
    t = t.slice(0, at.index).trim();
  }
  t = t.replace(/[\s.,;:!]+$/, '');
  if (!t || nounHits(t) > 0 || lexicon().negative.test(t)) return null;
  const known = findBrands(t).find((b) => b.start === 0 && b.end >= t.length - 1 && !b.ambiguous);
  if (known) return { brand: known.name, shop };
  return properName(t, 4) && /\p{L}{2}/u.test(t) ? { brand: canonical(t), shop } : null;
}

function credits(ctx: Ctx, line: Line, out: Candidate[]): void {
  const text = line.text;
  const lead = LEAD.exec(text);
  const from = lead ? lead[0].length : 0;
  const spans: [number, number][] = [];
  let at = from;
  for (const m of text.slice(from).matchAll(PRESS_CAPTION.test(text) ? SEP : SEP_STOPS)) {
    spans.push([at, from + m.index]);
    at = from + m.index + m[0].length;
  }
  spans.push([at, text.length]);
  // One credit alone is a product only in a photo caption of its own ("bikini, Kiini"); in prose it is any
  // clause, and credits one to a <br> line are brand records (./brand-record).
  const alone = line.cap && ctx.lines[line.i - 1]?.el !== line.el && ctx.lines[line.i + 1]?.el !== line.el;
  if (spans.length < 2 && !alone && !lead) return;
  let found = 0;
  const made: Candidate[] = [];
  for (const [s, e] of spans) {
    const m = PART.exec(text.slice(s, e));
    if (!m) continue;
    const names = pieces(m[1]!);
    const who = names.length ? maker(m[2]!) : null;
    if (!who) continue;
    found++;
    const evidence = 2 + (lookupBrand(who.brand) ? 1 : 0);
    // "top & shorts, Maker": each piece claims its own words, or the first would shut out the others.
    const own = (name: string) => (names.length > 1 ? text.indexOf(name, s) : -1);
    for (const name of names) {
      const k = own(name);
      const [a, b] = k >= s && k < e ? [k, k + name.length] : [s, e];
      made.push(record(ctx, line, who.brand, name, who.shop, evidence, a, b));
    }
  }
  // A credit line is mostly credits (or says so with "Wearing:"): one "noun, Name" clause among others is a sentence.
  if (found && (spans.length === 1 || !!lead || found * 2 >= spans.length)) out.push(...made);
}

/**
 * Outfit credits written inline, several to a line: "Dress, Joe Fresh; necklace, J. Crew Factory",
 * "scarf, Ralph Lauren | shoes, Tabitha Simmons", "Wearing: Hat: ModCloth // Necklaces: Black Crystals".
 * Each piece becomes a record without a price; "top & shorts, Maker" names two.
 */
export const inlineCredits: Format = {
  id: 'anchor-list',
  detect(ctx) {
    const out: Candidate[] = [];
    for (const line of ctx.lines) {
      if (line.pc?.length || line.h || line.text.length > MAX_LINE) continue;
      credits(ctx, line, out);
    }
    return out;
  },
};
