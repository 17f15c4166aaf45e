import { findBrands, lookupBrand } from '../../gazetteer';
import { canonical } from '../brand';
import type { Candidate, Cluster, Ctx, Format, Line } from '../context';
import { linkIn } from '../href';
import { lexicon, nounHits } from '../lexicon';
import { properName } from '../text';
import { JOIN, MAKER_PREP, NP_END, OPENERS, PURPOSE, TAIL } from './prose-words';

// Pages in these languages: English and East Asian prose have their own readers (./price-line, ./cjk-credit-line).
const LANGS = /^(?:de|fr|it|es|pt|nl|da|sv|nb|nn|no|fi|pl)\b/i;
const MAX_NP = 5;
const NEGATIVE_LINES = 2;
const SENTENCE_END = /[.!?]\s+(?=[\p{Lu}"“„«])/gu;

/** A word or a mark of a text, at its place in the line. */
export interface Tok {
  t: string;
  s: number;
  e: number;
  word: boolean;
  /** Ends with a full stop: a phrase stops after it. */
  end: boolean;
}

/** The words and marks of a text starting at `base` in its line. */
export function tokens(text: string, base: number): Tok[] {
  // "d'Avène", "l'Huile": the elided article or preposition is a token of its own.
  return [...text.matchAll(/[dlDL]['’](?=\p{L})|[\p{L}\p{N}][\p{L}\p{N}'’&+.-]*|[^\s\p{L}\p{N}]/gu)].map((m) => ({
    t: m[0].replace(/[.]+$/, '').replace('’', "'"),
    s: base + m.index,
    e: base + m.index + m[0].replace(/[.]+$/, '').length,
    word: /^[\p{L}\p{N}]/u.test(m[0]),
    end: /\.$/.test(m[0]),
  }));
}

const capital = (t: string) => /^[\p{Lu}\d]/u.test(t);

/** The maker named right after a piece: a known brand, or a short run of capitalised words. */
function makerAt(ts: Tok[], k: number): { name: string; s: number; e: number } | null {
  const run: Tok[] = [];
  // "Pedro del Hierro", "Bimba y Lola": small joining words count inside a run of capitals.
  for (let j = k; j < ts.length && run.length < 4 && ts[j]!.word; j++) {
    const t = ts[j]!.t;
    if (!capital(t) && !(JOIN.test(t) && run.length && ts[j + 1] && capital(ts[j + 1]!.t))) break;
    run.push(ts[j]!);
  }
  for (let n = run.length; n > 0; n--) {
    const text = run
      .slice(0, n)
      .map((x) => x.t)
      .join(' ');
    const known = lookupBrand(text);
    if (known || (n <= 3 && properName(text, 3) && n === run.length))
      return { name: known?.name ?? canonical(text), s: run[0]!.s, e: run[n - 1]!.e };
  }
  return null;
}

/** A noun phrase read in prose, with the maker named after it. */
export interface Reading {
  name: string;
  brand: string | null;
  s: number;
  e: number;
  /** Opened by "de", which also only links words ("coup de chapeau"): used when no article opens one. */
  weak: boolean;
}

/** Noun phrases opened by an article in the tokens, each with the maker named after it when there is one. */
export function phrases(ts: Tok[]): Reading[] {
  const out: Reading[] = [];
  for (let k = 0; k < ts.length; k++) {
    if (!OPENERS.has(ts[k]!.t.toLowerCase())) continue;
    const np: Tok[] = [];
    let brand: { name: string; s: number; e: number } | null = null;
    let j = k + 1;
    for (; j < ts.length && np.length < MAX_NP && ts[j]!.word; j++) {
      const t = ts[j]!.t;
      if (MAKER_PREP.test(t) && ts[j + 1] && capital(ts[j + 1]!.t)) {
        brand = makerAt(ts, j + 1);
        break;
      }
      if (NP_END.test(t) || (np.length && lookupBrand(t) && capital(t) && !lookupBrand(t)?.ambiguous)) {
        if (!NP_END.test(t)) brand = makerAt(ts, j);
        break;
      }
      np.push(ts[j]!);
      if (ts[j]!.end) break;
    }
    while (np.length && TAIL.test(np[np.length - 1]!.t)) np.pop();
    const name = np.map((x) => x.t).join(' ');
    const purpose = np.findIndex((x) => PURPOSE.test(x.t));
    const head = purpose >= 0 ? np.slice(0, purpose) : np;
    if (!np.length || !nounHits(head.map((x) => x.t).join(' '))) continue;
    const e = Math.max(np[np.length - 1]!.e, brand?.e ?? 0);
    out.push({ name, brand: brand?.name ?? null, s: ts[k]!.s, e, weak: ts[k]!.t.toLowerCase() === 'de' });
  }
  return out;
}

function sentenceStarts(text: string): number[] {
  return [0, ...[...text.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length)];
}

/** The product read around one price: the nearest noun phrase before it (or after it) and its maker. */
function around(line: Line, c: Cluster, lo: number, hi: number, starts: number[], near: boolean): Reading | null {
  const own = starts.filter((x) => x <= c.s).pop() ?? 0;
  const prev = starts.filter((x) => x < own).pop() ?? own;
  const end = starts.find((x) => x > c.e) ?? line.text.length;
  const read = (from: number, to: number) => phrases(tokens(line.text.slice(from, to), from));
  const mine = read(Math.max(own, lo), c.s);
  const before = read(Math.max(prev, lo), Math.max(own, lo));
  // After the price only a phrase without its own maker: one with a maker is the next product.
  const after = read(c.e, Math.min(end, hi)).filter((r) => !r.brand || !near);
  const strong = (rs: Reading[]) => rs.filter((r) => !r.weak);
  return (
    strong(mine).pop() ?? strong(before).pop() ?? strong(after)[0] ?? mine.pop() ?? before.pop() ?? after[0] ?? null
  );
}

/** The known brand nearest before a price in its window, for a phrase that names no maker. */
function nearBrand(text: string, lo: number, at: number): string | null {
  const hits = findBrands(text.slice(lo, at)).filter((b) => !b.ambiguous && capital(text.slice(lo + b.start)));
  return hits.pop()?.name ?? null;
}

/**
 * Prices in European prose named by the noun phrase around them and its maker: "ses bottes de pluie
 * (98 euros)" after "chez Stuart Weitzman", "die Sommerstiefel von Miu Miu … für 495,- Euro", "la borsa di
 * Furla (545 euro)". An enumeration of makers with prices carries the piece over ("di Mulberry (310 €),
 * Stella McCartney (425 €)").
 */
export const proseMaker: Format = {
  id: 'anchor-maker',
  detect(ctx: Ctx) {
    const out: Candidate[] = [];
    if (!LANGS.test(ctx.doc.documentElement?.getAttribute('lang') ?? '')) return out;
    const lex = lexicon();
    // Prose on a page that talks business, auctions or what people paid for their own things sells nothing.
    if (ctx.lines.filter((l) => lex.negative.test(l.text)).length >= NEGATIVE_LINES) return out;
    for (const line of ctx.lines) {
      const cs = line.pc ?? [];
      if (!cs.length || cs.length > 8 || line.h || lex.negative.test(line.text)) continue;
      const starts = sentenceStarts(line.text);
      let last: Reading | null = null;
      cs.forEach((c, k) => {
        const lo = k ? cs[k - 1]!.e : 0;
        const hi = cs[k + 1]?.s ?? line.text.length;
        const near = nearBrand(line.text, lo, c.s);
        const r = around(line, c, lo, hi, starts, !!near);
        const brand = r?.brand ?? near ?? (r ? nearBrand(line.text, Math.min(r.s, lo), c.s) : null);
        const name = r?.name ?? (brand && last ? last.name : null);
        if (r) last = r;
        if (!name || !brand) return;
        const s = Math.min(r?.s ?? c.s, c.s);
        out.push({
          brand,
          name,
          price: c.price,
          retailer: null,
          url: linkIn(ctx, line, s, c.e),
          element: line.el,
          claims: [{ i: line.i, s, e: c.e }],
          score: 2 + (r?.brand ? 1 : 0) + (lookupBrand(brand) ? 1 : 0),
          format: 'anchor-maker',
        });
      });
    }
    return out;
  },
};
