import { findBrands } from '../../gazetteer';
import type { Candidate, Ctx, Format } from '../context';
import { clusters } from '../clusters';
import { nounHits } from '../lexicon';
import { HANGUL } from './hangul-quoted';

/** Where an item starts: after a list comma, a sentence end or a bracket. */
const ITEM_START = /[,.·)\]]\s*/gu;
/** The maker after a price, up to the next comma or full stop: "1400만원 벨루티.", "89만원 모두 프라다." */
const MAKER_AFTER = /^\s+(?:(모두|전부)\s+)?([^\s,.()][^,.()]{0,24}?)\s*(?:[,.]|$)/u;
/**
 * Words ending a clause, not a maker's name: verb endings ("저렴하다", "있어요"), "에서 판매" (sold at a shop), and
 * the particles of a sentence going on ("정도로", "선으로").
 */
const NOT_MAKER = /(?:[다요죠며고면서]|에서\s*판매|판매|구매|정도|선|대|이상|이하|부터|까지|[으로를을에의])$/u;
/** Words of a maker at most: Korean credits name a label in one to four words. */
const MAX_WORDS = 4;

/** The maker as written after a price, or null when the words run on as prose. */
function makerAfter(after: string): { maker: string; all: boolean } | null {
  const m = MAKER_AFTER.exec(after);
  if (!m) return null;
  const maker = m[2]!.trim();
  if (maker.split(/\s+/u).length > MAX_WORDS || /\d/u.test(maker)) return null;
  const known = findBrands(maker).some((b) => !b.ambiguous && b.start === 0 && b.end === maker.length);
  if (!known && NOT_MAKER.test(maker)) return null;
  return { maker, all: !!m[1] };
}

/**
 * Korean magazine credits that put the maker after the price, no mark between: "사슴 가죽 소재의 시어링 재킷
 * 1400만원 벨루티.", "울 코트 289만원, 니트 89만원 모두 프라다." The item is the text before the price back to a
 * comma or the line's start and must hold a product noun; "모두/전부 Maker" (all by) is the maker of the items
 * before it that name none.
 */
export const hangulCredit: Format = {
  id: 'anchor-credit',
  detect(ctx: Ctx): Candidate[] {
    const out: Candidate[] = [];
    for (const line of ctx.lines) {
      if (!line.pc?.length || !HANGUL.test(line.text)) continue;
      const text = line.text;
      let from = 0;
      const open: Candidate[] = [];
      for (const c of clusters(ctx, line)) {
        if (!c.price) continue;
        const head = text.slice(from, c.s);
        const start = from;
        from = c.e;
        let at = 0;
        for (const m of head.matchAll(ITEM_START)) at = m.index + m[0].length;
        const item = head.slice(at).trim();
        const who = makerAfter(text.slice(c.e));
        if (!item || item.length > 40 || !nounHits(item)) continue;
        const cand: Candidate = {
          ...{ brand: who?.maker ?? null, name: item, price: c.price, retailer: null, url: null, element: line.el },
          ...{ claims: [{ i: line.i, s: start + at, e: c.e }], score: 3, format: 'anchor-credit' },
        };
        if (!who) {
          open.push(cand);
          continue;
        }
        // "…, 니트 89만원 모두 프라다": the maker of every item before that named none.
        if (who.all) for (const o of open.splice(0)) out.push({ ...o, brand: who.maker });
        out.push(cand);
      }
      // Items that stay without a maker are no credits of this shape.
    }
    return out;
  },
};
