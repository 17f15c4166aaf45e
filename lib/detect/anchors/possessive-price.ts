import { lookupBrand } from '../../gazetteer';
import { canonical } from '../brand';
import type { Candidate, Format } from '../context';
import { linkIn } from '../href';
import { lexicon, nounHits } from '../lexicon';
import { retailerFromUrl } from '../retailer';
import { nameOk, properName, words } from '../text';

/** "Maker's piece" right before a price: a capitalised run of one to three words, then 's and the piece. */
const POSSESSIVE = /(?:^|[\s(,;])((?:\p{Lu}[\p{L}\p{N}&.+-]*|&)(?:\s+(?:\p{Lu}[\p{L}\p{N}&.+-]*|&)){0,2})['’]s\s+/gu;
/** What may sit between the piece and its price: "(", ",", a dash, "for", "at". */
const GAP = /[\s(,:–—-]*(?:\b(?:for|at|costs?|is|are)\s*)?[\s(:–—-]*$/iu;
/** Capitalised words that take 's without naming a maker: pronouns, time words, "Editor's". */
const NOT_MAKER = new RegExp(
  '^(?:it|let|that|there|here|what|who|she|he|where|one|today|tomorrow|yesterday|this|last|next|year|season|' +
    'week|editor|everyone|nobody|mother|father|men|women|children|kid|girl|boy)$',
  'i',
);
const MAX_NAME = 7;

/** The maker in a capitalised run: its longest known tail, else the run minus a sentence's first word ("Grab"). */
function maker(run: string, opensSentence: boolean): string {
  const w = run.split(/\s+/);
  for (let k = 0; k < w.length; k++) {
    const hit = lookupBrand(w.slice(k).join(' '));
    if (hit && !hit.ambiguous) return w.slice(k).join(' ');
  }
  return opensSentence && w.length > 1 ? w.slice(1).join(' ') : run;
}

/**
 * Prices in prose named by a possessive: "Quince's 100% Italian Wool Blazer ($150)", "Ribelle's black linen
 * dresses ($170)". The maker before 's is the brand and the words up to the price the piece; the scorer decides.
 */
export const possessivePrice: Format = {
  id: 'anchor-maker',
  detect(ctx) {
    const out: Candidate[] = [];
    const neg = lexicon().negative;
    for (const line of ctx.lines) {
      const cs = line.pc ?? [];
      if (!cs.length || cs.length > 12 || line.h || neg.test(line.text)) continue;
      cs.forEach((c, k) => {
        const lo = k ? cs[k - 1]!.e : 0;
        const head = line.text.slice(lo, c.s);
        const m = [...head.matchAll(POSSESSIVE)].pop();
        if (!m) return;
        const pre = line.text.slice(0, lo + m.index + m[0].indexOf(m[1]!)).trim();
        const brand = maker(m[1]!.trim(), !pre || /[.!?:]$/.test(pre));
        const from = m.index + m[0].length;
        const gap = GAP.exec(head.slice(from))!;
        const name = head.slice(from, from + gap.index).trim();
        const w = words(name);
        if (!w.length || w.length > MAX_NAME || /[.!?;]/.test(name) || /['’]s\b/.test(name)) return;
        if (NOT_MAKER.test(brand) || !properName(brand, 3) || !nounHits(name) || !nameOk(name)) return;
        const s = lo + m.index + m[0].lastIndexOf(brand);
        const url = linkIn(ctx, line, s, c.s);
        const known = lookupBrand(brand);
        const b = known && !known.ambiguous ? known.name : canonical(brand);
        out.push({
          brand: b,
          name,
          price: c.price,
          retailer: retailerFromUrl(url, b),
          url,
          element: line.el,
          claims: [{ i: line.i, s, e: c.e }],
          score: 2 + (known ? 1 : 0) + (url ? 1 : 0),
          format: 'anchor-maker',
        });
      });
    }
    return out;
  },
};
