import { findBrands, lookupBrand } from '../../gazetteer';
import type { Candidate, Cluster, Ctx, Format, Line } from '../context';
import { linkIn } from '../href';
import { lexicon } from '../lexicon';
import { makerAfterPrice } from './prose-bare';
import { capital, makerAt, phrases, type Reading } from './prose-phrases';
import { tokens } from './prose-tokens';

// Pages in these languages: English and East Asian prose have their own readers (./price-line, ./cjk-credit-line).
const LANGS = /^(?:de|fr|it|es|pt|nl|da|sv|nb|nn|no|fi|pl)\b/i;
const NEGATIVE_LINES = 2;
const SENTENCE_END = /[.!?]\s+(?=[\p{Lu}"“„«])/gu;

function sentenceStarts(text: string): number[] {
  return [0, ...[...text.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length)];
}

/** The product read around one price: the nearest noun phrase before it (or after it) and its maker. */
function around(line: Line, c: Cluster, lo: number, hi: number, starts: number[], near: boolean): Reading | null {
  const own = starts.filter((x) => x <= c.s).pop() ?? 0;
  const prev = starts.filter((x) => x < own).pop() ?? own;
  const end = starts.find((x) => x > c.e) ?? line.text.length;
  const read = (from: number, to: number) => phrases(tokens(line.text.slice(from, to), from), true);
  const mine = read(Math.max(own, lo), c.s);
  const before = read(Math.max(prev, lo), Math.max(own, lo));
  // After the price only a phrase without its own maker: one with a maker is the next product.
  const after = read(c.e, Math.min(end, hi)).filter((r) => !r.brand || !near);
  const strong = (rs: Reading[]) => rs.filter((r) => !r.weak && !r.bare);
  const bare = (rs: Reading[]) => rs.filter((r) => r.bare);
  return (
    strong(mine).pop() ??
    strong(before).pop() ??
    strong(after)[0] ??
    bare(mine).pop() ??
    bare(before).pop() ??
    mine.filter((r) => r.weak).pop() ??
    before.filter((r) => r.weak).pop() ??
    after.filter((r) => !r.bare)[0] ??
    null
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
        const at = makerAfterPrice(line.text, c.e, hi);
        const next = at >= 0 ? makerAt(tokens(line.text.slice(at, hi), at), 0) : null;
        const near = nearBrand(line.text, lo, c.s);
        const r = around(line, c, lo, hi, starts, !!near || !!next);
        const brand = r?.brand ?? next?.name ?? near ?? (r ? nearBrand(line.text, Math.min(r.s, lo), c.s) : null);
        const name = r?.name ?? (brand && last ? last.name : null);
        if (r) last = r;
        if (!name || !brand) return;
        const s = Math.min(r?.s ?? c.s, c.s);
        const e = !r?.brand && next && brand === next.name ? next.e : c.e;
        out.push({
          brand,
          name,
          price: c.price,
          retailer: null,
          url: linkIn(ctx, line, s, e),
          element: line.el,
          claims: [{ i: line.i, s, e }],
          score: 2 + (r?.brand ? 1 : 0) + (lookupBrand(brand) ? 1 : 0),
          format: 'anchor-maker',
        });
      });
    }
    return out;
  },
};
