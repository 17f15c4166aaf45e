import { findBrands } from '../../gazetteer';
import { asWritten } from '../brand';
import type { Candidate, Ctx, Format } from '../context';
import { clusters } from '../clusters';

/** Hangul: the lines the Korean readers (this one and ./hangul-credit) are for. */
export const HANGUL = /[\uac00-\ud7af]/u;
/** A product's name in the single or double quotes Korean prose sets it in: ‘…’, '…', “…”. */
const QUOTED = /[‘'“]([^‘’'“”。.!?]{2,50})[’'”]/gu;
/**
 * What may stand between the closing quote and the price: the opening bracket, with the pack size or count
 * before the price inside it ("‘…’(75매·2만4000원)", "‘…’(50ml, 3만원)").
 */
const BRACKET_BEFORE_PRICE = /^\s*[（(]\s*(?:[^()（）·・,/]{1,12}\s*[·・,/]\s*)?$/u;
/** A maker's name as Korean prose writes it before the model: one word of Hangul, or of Latin letters. */
const MAKER_WORD = /^(?:[\uac00-\ud7af]{2,8}|\p{Lu}[\p{L}\d&.'’-]{1,15})$/u;

/** The maker and the model of a quoted name: a maker the gazetteer knows at its start, else its first word. */
function makerAndModel(quoted: string): [string | null, string] {
  const t = quoted.trim();
  const known = findBrands(t).find((b) => b.start === 0 && !b.ambiguous);
  if (known && known.end < t.length) return [asWritten(known.name, t.slice(0, known.end)), t.slice(known.end).trim()];
  const first = t.split(/\s+/u)[0]!;
  if (first.length < t.length && MAKER_WORD.test(first)) return [first, t.slice(first.length).trim()];
  return [null, t];
}

/**
 * Korean news prose names a product in quotes with its price in brackets right after it, the maker as the
 * first word inside the quotes: "‘아비브 어성초 스팟패드 카밍터치’(75매·2만4000원)". The quote is the whole name;
 * its first word is the maker when the gazetteer knows no longer one.
 */
export const hangulQuoted: Format = {
  id: 'anchor-cjk',
  detect(ctx: Ctx): Candidate[] {
    const out: Candidate[] = [];
    for (const line of ctx.lines) {
      if (!line.pc?.length || !HANGUL.test(line.text)) continue;
      const qs = [...line.text.matchAll(QUOTED)];
      for (const c of clusters(ctx, line)) {
        if (!c.price) continue;
        const q = qs.filter((m) => m.index + m[0].length <= c.s).at(-1);
        if (!q || !BRACKET_BEFORE_PRICE.test(line.text.slice(q.index + q[0].length, c.s))) continue;
        const [brand, name] = makerAndModel(q[1]!);
        if (!HANGUL.test(q[1]!) || !name) continue;
        out.push({
          ...{ brand, name, price: c.price, retailer: null, url: null, element: line.el },
          ...{ claims: [{ i: line.i, s: q.index, e: c.e }], score: 3, format: 'anchor-cjk' },
        });
      }
    }
    return out;
  },
};
