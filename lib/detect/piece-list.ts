import { findBrands } from '../gazetteer';
import type { Candidate, Ctx } from './context';
import { nounHits, pageLanguage } from './lexicon';
import { nameOk, words } from './text';

// Several pieces credited to one maker: "Blazer, tee shirt, legging et bottes, Zara", "Sweater & Jeans & Ring: H&M",
// "pants, shirt, blazer - Zara". Each piece is a product of its own; a reader that took them as one name (or only the
// last) is split here, so every piece gets the maker.

/** "and" between two pieces in the languages of the lexicon, and "&" / "+". */
const AND_WORDS = String.raw`&|and/or|and|und|et|e|y|og|och|en|i|oraz|ja|\+`;
const AND_WORD = String.raw`\s+(?:${AND_WORDS})`;
/** A join closing the text before a piece: "pants, " or "shirt and ". */
const TAIL_JOIN = new RegExp(String.raw`(?:\s*,|${AND_WORD})\s*$`, 'iu');

/** The joins between pieces for a set of "and" words: a comma or one of the words (`any`), or nothing else (`only`). */
function joins(andWords: string): { any: RegExp; only: RegExp } {
  const and = String.raw`\s+(?:${andWords})\s+`;
  return {
    any: new RegExp(String.raw`\s*,\s*|${and}`, 'giu'),
    only: new RegExp(String.raw`^(?:\s*,\s*|${and})$`, 'iu'),
  };
}
const JOINS = joins(AND_WORDS);
// In French and Spanish "en" is "in" ("chemise en jean clair"), in Italian "i" is "the": a piece's own words there.
const LATIN_JOINS = joins(String.raw`&|and|et|e|y|\+`);
const LATIN = new Set(['fr', 'it', 'es', 'pt']);
/** Between the last piece and its maker: ", Zara", ": Zara", " - Zara". */
const MAKER_AFTER = /^\s*(?:[,:]|\s?[–—-])\s*/u;
const MAX_PIECE_WORDS = 3;

/** A bare piece: a short phrase of words holding a product noun and no maker. */
function bare(p: string): boolean {
  const t = p.trim();
  if (!t || !/^\p{L}[\p{L}\s'’-]*$/u.test(t) || words(t).length > MAX_PIECE_WORDS) return false;
  return nounHits(t) > 0 && nameOk(t) && !findBrands(t).some((b) => !b.ambiguous);
}

/** Where a line's text names the maker right after `end`: the separator, then the maker's first word. */
function makerAfter(text: string, end: number, brand: string): boolean {
  const after = text.slice(end);
  const m = MAKER_AFTER.exec(after);
  if (!m || !m[0].trim()) return false;
  const first = brand.toLowerCase().split(/\s+/)[0]!;
  return after.slice(m[0].length).toLowerCase().startsWith(first);
}

/** The bare pieces listed before `start`, nearest last: "pants, shirt, " before "blazer - Zara". */
function piecesBefore(text: string, start: number): [number, number][] {
  const out: [number, number][] = [];
  let before = text.slice(0, start);
  for (let m = TAIL_JOIN.exec(before); m; m = TAIL_JOIN.exec(before)) {
    const cut = before.slice(0, m.index);
    const found = [...cut.matchAll(JOINS.any)];
    const last = found[found.length - 1];
    const from = last ? last.index + last[0].length : 0;
    const chunk = cut.slice(from);
    if (!bare(chunk)) break;
    const s = from + chunk.indexOf(chunk.trim());
    out.unshift([s, s + chunk.trim().length]);
    if (!last) break;
    before = cut.slice(0, from);
  }
  return out;
}

/**
 * The candidate as one product per piece when its name lists pieces ("top & shorts"), with the bare pieces listed
 * before it when the maker follows the last one ("pants, shirt, blazer - Zara"). Each piece claims its own words.
 */
export function pieceList(ctx: Ctx, c: Candidate): Candidate[] {
  if (c.price || !c.brand || c.claims.length !== 1) return [c];
  const cl = c.claims[0]!;
  const line = ctx.lines[cl.i];
  if (!line) return [c];
  // Asides keep their length, so places in this text are places in the line: "tee shirt (worn back to front)".
  const text = line.text.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
  const join = LATIN.has(pageLanguage()) ? LATIN_JOINS : JOINS;
  const parts = c.name
    .split(join.any)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.every(bare)) return [c];
  const spans: [number, number][] = [];
  let at = Math.max(0, cl.s);
  for (const p of parts) {
    const k = text.indexOf(p, at);
    if (k < 0 || k >= Math.min(cl.e, text.length)) return [c];
    if (spans.length && !join.only.test(text.slice(at, k))) return [c];
    spans.push([k, k + p.length]);
    at = k + p.length;
  }
  if (makerAfter(text, at, c.brand)) spans.unshift(...piecesBefore(text, spans[0]![0]));
  if (spans.length < 2) return [c];
  return spans.map(([s, e]) => ({ ...c, name: line.text.slice(s, e), claims: [{ i: cl.i, s, e }] }));
}
