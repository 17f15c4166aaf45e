import { findBrands, lookupBrand } from '../../gazetteer';
import { BRACKET_BRAND, CAPS_BEFORE_CJK, DIMENSIONS, SENTENCE_END, creditMaker, sharedMaker } from '../cjk-credit';
import type { Candidate, Ctx, Format, Line } from '../context';
import { clusters } from '../clusters';
import { properName } from '../text';
import { lexicon } from '../lexicon';

/** Where the item before a price starts: after a sentence end, a bracket, a list comma or the previous price. */
const ITEM_START = /[。！？）)」』】、]|\s{2,}/gu;
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
  // Measurements between the name and its price, bare or bracketed: "「…」(H10×W20cm)¥46,000".
  const head = text.slice(start, end).replace(DIMENSIONS, '');
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

/** A short Latin label over the line in its record (a heading, or the line's lead in capitals), else null. */
function latinLabel(ctx: Ctx, line: Line): string | null {
  const lead = CAPS_BEFORE_CJK.exec(line.text)?.[1]!.trim();
  if (lead) return lead;
  const box = line.el.parentElement;
  for (let j = line.i - 1; j >= Math.max(0, line.i - 3); j--) {
    const l = ctx.lines[j]!;
    if (!box?.contains(l.el) || l.pc?.length) return null;
    if (l.h > 0 && l.text.length <= 30 && /^[\p{Lu}\d][\p{Lu}\d&'’.+/ -]*$/u.test(l.text.trim())) return l.text.trim();
  }
  return null;
}

/**
 * The maker as the page writes it: a Latin label over the item (heading or lead) that names the same house as the
 * credit's reading in kana ("CHANEL" over "…/以上シャネル") is how the page spells it; else the credit's maker.
 */
function brandOf(ctx: Ctx, line: Line, credit: string): string {
  const label = latinLabel(ctx, line);
  const read = makerOf(credit);
  const house = lookupBrand(read ?? credit) ?? findBrands(credit).find((b) => !b.ambiguous) ?? null;
  if (label && house && lookupBrand(label)?.name === house.name) return label;
  return read ?? CAPS_BEFORE_CJK.exec(line.text)?.[1]!.trim() ?? credit;
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
 * The record's heading "【maker】name" over a credit that names only the kind of item ("コート¥53,000(maker)"):
 * the heading names the model, and the maker as the page heads it; null when the heading names another maker.
 */
function headed(ctx: Ctx, line: Line, brand: string, credit: string): [string, string, number] | null {
  for (let j = line.i - 1; j >= Math.max(0, line.i - 3); j--) {
    const l = ctx.lines[j]!;
    if (l.pc?.length || !l.el.parentElement?.contains(line.el)) continue;
    const m = l.h > 0 ? BRACKET_BRAND.exec(l.text) : null;
    const name = m ? l.text.slice(m[0].length).trim() : '';
    if (!m || !name || name.length > 40 || SENTENCE_END.test(name)) return null;
    const maker = m[1]!.trim();
    const same = credit.includes(maker) || lookupBrand(maker)?.name === (lookupBrand(brand)?.name ?? brand);
    return same ? [maker, name, j] : null;
  }
  return null;
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
      const cs = clusters(ctx, line);
      // Several items with one maker after the last price: "バッグ¥…、トップ¥…(すべて予定価格)/以上プラダ(…)".
      const shared = cs.length ? sharedMaker(line.text.slice(cs.at(-1)!.e)) : null;
      for (const c of cs) {
        const credit = creditMaker(line.text.slice(c.e)) ?? shared;
        const item = credit ? itemBefore(line.text, prev, c.s) : null;
        prev = c.e;
        if (!credit || !item || !c.price) continue;
        // "Church’s sandals £239 (approx)": a lower-case aside after a Latin price names no maker.
        if (/^\p{Ll}/u.test(credit) && !makerOf(credit)) continue;
        const brand = brandOf(ctx, line, credit);
        const head = cs.length === 1 && lexicon().nounsJa.includes(item[0]) ? headed(ctx, line, brand, credit) : null;
        const claims = [{ i: line.i, s: item[1], e: c.e }];
        if (head) claims.push({ i: head[2], s: 0, e: ctx.lines[head[2]]!.text.length });
        out.push({
          brand: head?.[0] ?? brand,
          name: head?.[1] ?? narrower(ctx, line, item[0]),
          price: c.price,
          retailer: null,
          url: null,
          element: line.el,
          claims,
          score: 3,
          format: 'anchor-cjk',
        });
      }
    }
    return out;
  },
};
