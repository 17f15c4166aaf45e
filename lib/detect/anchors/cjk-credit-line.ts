import { findBrands, lookupBrand } from '../../gazetteer';
import { CAPS_BEFORE_CJK, DIMENSIONS, SENTENCE_END, creditMaker } from '../cjk-credit';
import type { Candidate, Ctx, Format, Line } from '../context';
import { clusters } from '../clusters';
import { properName } from '../text';
import { lexicon } from '../lexicon';

/** Where the item before a price starts: after a sentence end, a closing bracket or the previous price. */
const ITEM_START = /[。！？）)」』】]|\s{2,}/gu;
/** An item named in quotes right before its price: 「SL24 ミッドトップ スニーカー」¥121,000. */
const QUOTED_END = /「([^「」]{2,60})」\s*$/u;

/**
 * The maker a credit names, as the page writes it (a reader, and the labels, keep "バブアー", not "Barbour"):
 * a known name in the credit, or a Latin label; else null.
 */
function makerOf(credit: string): string | null {
  if (lookupBrand(credit)) return credit;
  // A label in Latin capitals is kept whole: "THE NORTH FACE PURPLE LABEL" is a line of its own, not The North Face.
  if (/^[\p{Lu}\d][\p{Lu}\d&'’.+ -]*$/u.test(credit) && properName(credit, 6)) return credit;
  const known = findBrands(credit).find((b) => !b.ambiguous);
  if (known) return credit.slice(known.start, known.end);
  return /^[\p{Lu}\d][\p{L}\d&'’.+ -]*$/u.test(credit) && properName(credit) ? credit : null;
}

/** The item's words before a price, from the last sentence end, bracket or price on: "バッグ H19×W14.5cm" → "バッグ". */
function itemBefore(text: string, start: number, end: number): [string, number] | null {
  const head = text.slice(start, end);
  const quoted = QUOTED_END.exec(head);
  if (quoted) return [quoted[1]!.trim(), start + quoted.index];
  let at = 0;
  for (const m of head.matchAll(ITEM_START)) if (m.index + m[0].length < head.length) at = m.index + m[0].length;
  const item = head
    .slice(at)
    .replace(DIMENSIONS, '')
    .replace(/[\s:：・-]+$/u, '')
    .trim();
  return item && item.length <= 40 && !SENTENCE_END.test(item) ? [item, start + at] : null;
}

/**
 * A bare product noun in a credit ("バッグ") made precise by the description right after it, when that names a
 * kind of it from the lexicon ("…毎シーズン新色が出るトートバッグ。" → "トートバッグ").
 */
function narrower(ctx: Ctx, line: Line, item: string): string {
  const next = ctx.lines[line.i + 1];
  const nouns = lexicon().nounsJa;
  if (!next || next.pc?.length || next.el.parentElement !== line.el.parentElement || !nouns.includes(item)) return item;
  let best: [number, string] | null = null;
  for (const n of nouns) {
    const at = n.length > item.length && n.endsWith(item) ? next.text.indexOf(n) : -1;
    if (at >= 0 && (!best || at < best[0] || (at === best[0] && n.length > best[1].length))) best = [at, n];
  }
  return best ? best[1] : item;
}

/**
 * Japanese credits: an item, its price, then the maker and shop in brackets ("コート¥53,000(バブアー 渋谷店
 * 〈バブアー〉)", "「フォーラムミッド」¥13,000(アディダス/アディダス オリジナルスショップ"). The maker comes
 * from the brackets, or from a Latin label leading the line ("TOD'S アーカイブから…").
 */
export const cjkCreditLine: Format = {
  id: 'anchor-cjk',
  detect(ctx: Ctx): Candidate[] {
    const out: Candidate[] = [];
    for (const line of ctx.lines as Line[]) {
      if (!line.pc?.length) continue;
      let prev = 0;
      for (const c of clusters(ctx, line)) {
        const credit = creditMaker(line.text.slice(c.e));
        const item = credit ? itemBefore(line.text, prev, c.s) : null;
        prev = c.e;
        if (!credit || !item || !c.price) continue;
        const brand = makerOf(credit) ?? CAPS_BEFORE_CJK.exec(line.text)?.[1]!.trim() ?? credit;
        out.push({
          brand,
          name: narrower(ctx, line, item[0]),
          price: c.price,
          retailer: null,
          url: null,
          element: line.el,
          claims: [{ i: line.i, s: item[1], e: c.e }],
          score: 3,
          format: 'anchor-cjk',
        });
      }
    }
    return out;
  },
};
