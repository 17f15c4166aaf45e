/**
 * Amounts written with East Asian place words: Japanese and Chinese 万 (ten thousand), 千, 百, and
 * Korean 만, 천, 백, mixed with Arabic digits as shops and magazines write them ("3万9600円", "1.5万元",
 * "280만 원", "74만8천원", "1백22만원"). The digit scanner sees only the pieces ("3", "9600"), so the
 * pieces are joined here into one span whose text is the whole amount in plain digits.
 */
import type { Span } from './types';

/** A place word and what it multiplies by. */
const PLACE: Record<string, number> = { 万: 1e4, 萬: 1e4, 만: 1e4, 千: 1e3, 천: 1e3, 百: 100, 백: 100 };
/** Hundred millions: prices of houses and companies, never of a product in a shopping story. */
const HUGE = /[億亿억兆조]/u;

/** A run of digit groups and place words, starting on a digit: "3万9600", "1천8백만", "280만", "74만 8천". */
const RUN = /(?<![\d.,])\d[\d.,]*\s?[万萬만千천百백](?:\s?\d[\d.,]*(?:\s?[万萬만千천百백])?|[万萬만千천百백])*/gu;
/** One piece of a run (spaces removed): digits with the place word after them, or a place word alone ("8백만"). */
const PIECE = /(\d[\d.,]*)?([万萬만千천百백])?/gu;

/** A plain number as it appears before or between place words: "9600", "9,600", "1.5". */
function plain(s: string): number | null {
  if (/^\d{1,3}(?:,\d{3})+$/.test(s)) return Number(s.replace(/,/g, ''));
  return /^\d+(?:\.\d+)?$/.test(s) ? Number(s) : null;
}

/**
 * The value of a run ("74만8천" → 748000), or null when it does not read as one number: places out of
 * order ("5백3천"), a part too big for its place ("3万12000", "12千"), or two 万. Below 万 the run reads
 * like an ordinary number: 千 and 百 take one digit (or none, meaning one), plain digits fill the rest.
 */
export function cjkValue(run: string): number | null {
  let total = 0;
  let group = 0;
  let last = 1e4; // the smallest place used in the group so far: what comes next must be below it
  let tens = 0; // how many 万 the run has used
  PIECE.lastIndex = 0;
  const text = run.replace(/\s/gu, '');
  for (let m = PIECE.exec(text); m && m[0]; m = PIECE.exec(text)) {
    const n = m[1] === undefined ? null : plain(m[1]);
    if (m[1] !== undefined && n === null) return null;
    const place = m[2] ? PLACE[m[2]]! : 1;
    if (place === 1e4) {
      if (tens++ || (n !== null && group && n >= last)) return null;
      group += n ?? 0;
      if (!group) return null;
      [total, group, last] = [group * 1e4, 0, 1e4];
      continue;
    }
    const k = n ?? (place > 1 ? 1 : null);
    if (k === null || place >= last || (place > 1 && (k >= 10 || !Number.isInteger(k))) || k * place >= last)
      return null;
    group += k * place;
    last = place === 1 ? 0 : place;
  }
  total += group;
  return total > 0 ? total : null;
}

/**
 * Joins the digit spans that belong to one place-word amount into a single span whose text is that amount
 * in digits ("3万9600" → "39600"). A run beside 億 or 억, or one that does not read as a number, is removed
 * with its pieces: such an amount is not a product's price, and its pieces are not prices either.
 */
export function joinCjkNumerals(text: string, nums: Span[]): Span[] {
  if (!/[万萬만千천百백]/u.test(text)) return nums;
  const joined = new Map<number, Span | null>();
  const inside = new Set<number>();
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const s = m.index;
    const e = s + m[0].replace(/\s$/u, '').length;
    const value = cjkValue(text.slice(s, e));
    const beside = text.slice(Math.max(0, s - 2), s) + text.slice(e, e + 2);
    joined.set(s, value === null || HUGE.test(beside) ? null : { s, e, text: String(value) });
    for (const n of nums) if (n.s > s && n.s < e) inside.add(n.s);
  }
  const out: Span[] = [];
  for (const n of nums) {
    if (inside.has(n.s)) continue;
    const j = joined.get(n.s);
    if (j !== null) out.push(j ?? n);
  }
  return out;
}
