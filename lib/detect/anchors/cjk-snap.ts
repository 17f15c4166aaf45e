import { findBrands } from '../../gazetteer';
import type { Candidate, Ctx, Format } from '../context';
import { lexicon } from '../lexicon';

/** "コート:Maker": a Japanese item word, a colon, then a maker in Latin letters (street-snap credits). */
const SNAP = /^\s*([^\s:：]{1,12})\s*[:：]\s*(\p{L}[\p{L}&'’. -]{1,39})\s*$/u;
/** Latin letters only, starting on a capital: "Hender Scheme", "AURALEE". */
const LATIN = /^[A-Z][A-Za-z&'’. -]*$/u;

/**
 * Street-snap credits of Japanese pages, one item a line ("バッグ:Hender Scheme"), whose maker the gazetteer does
 * not know (known makers are read by the list reader already): the item word names the piece, the rest is the
 * maker. Lines that repeat the form in one list only; the scorer weighs them as unpriced records.
 */
export const cjkSnap: Format = {
  id: 'anchor-cjk',
  detect(ctx: Ctx): Candidate[] {
    const out: Candidate[] = [];
    const nouns = lexicon().nounsJa;
    const reads = ctx.lines.map((l) => {
      const m = l.pc?.length ? null : SNAP.exec(l.text);
      return m && nouns.some((n) => m[1]!.endsWith(n)) ? m : null;
    });
    ctx.lines.forEach((line, k) => {
      const m = reads[k];
      const box = line.el.parentElement;
      // A credit list: a sibling line of the same form (the next item of the same list).
      const listed = reads.some((r, j) => r && j !== k && ctx.lines[j]!.el.parentElement === box);
      if (!m || !listed || !LATIN.test(m[2]!.trim()) || findBrands(m[2]!).length) return;
      out.push({
        ...{ brand: m[2]!.trim(), name: m[1]!, price: null, retailer: null, url: null, element: line.el },
        ...{ claims: [{ i: line.i, s: 0, e: line.text.length }], score: 2, format: 'anchor-cjk' },
      });
    });
    return out;
  },
};
