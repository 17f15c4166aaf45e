import { MARKER_SOURCE, cleanDefault, currencyFromSymbol, isCurrencyWord, isSpecificMarker } from './currency';
import { assignBetween } from './marker-sides';
import { NUMBER_SOURCE, readAmount } from './amount';
import { scaledSpans } from './magnitude';
import { joinCjkNumerals } from './cjk-numerals';

import type { Span } from './types';
export type { Span } from './types';

/** An amount found in text, with the currency marker(s) written next to it, if any. */
export interface Amount {
  s: number;
  e: number;
  amount: number;
  currency: string | null;
  /** A currency marker came before the number ("$99") / after it ("99 €"). */
  pre: boolean;
  suf: boolean;
  /** Written with decimals or a ",-" ending, as only prices are ("599,-", "49.90"). */
  priced: boolean;
}

const MARKER_RE = new RegExp(MARKER_SOURCE, 'gu');
const NUMBER_RE = new RegExp(NUMBER_SOURCE, 'gu');
const WS = /[\s\u00a0\u202f\u2009]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Kana, ideographs and Hangul: Japanese and Korean write no space between a price and its words ("¥1,990税込"). */
const CJK_LETTER = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;
/** East Asian place words that end an amount written with them ("4万"). */
const CJK_PLACE = /[万萬만千천百백]/u;
/** A whole amount, maybe grouped in thousands ("119", "1.837"), that split-off cents can follow. */
const WHOLE = /^\d{1,3}(?:([.,'\u00a0 ])\d{3})*$|^\d+$/u;

/**
 * Folds Arabic-Indic, Persian and full-width digits and separators to ASCII. Every replacement is
 * one UTF-16 unit for one, so offsets into the folded text are offsets into the original.
 */
export function foldDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\u066b\u066c\uff0c\uff0e]/gu, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x066b || code === 0xff0e) return '.';
    if (code === 0x066c || code === 0xff0c) return ',';
    const zero = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - zero);
  });
}

/** All matches of a global regex (an exec loop: matchAll clones the regex, which costs more than the scan). */
export function spans(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ s: m.index, e: m.index + m[0].length, text: m[0] });
  return out;
}

/** The marker ending at `pos` or starting at `pos`, across at most two spaces (or a colon after a leading one). */
function near(text: string, pos: number, dir: -1 | 1, at: Map<number, Span>): Span | undefined {
  for (let k = 0; k <= 2; k++) {
    const m = at.get(pos);
    if (m) return m;
    const ch = text[dir < 0 ? pos - 1 : pos];
    // "US$:12.99", "EUR: 40": a colon may stand between a leading marker and its number
    if (ch === undefined || !(WS.test(ch) || (dir < 0 && ch === ':'))) return undefined;
    pos += dir;
  }
  return undefined;
}

/**
 * Every number in `text` read as an amount, with the currency its markers give (null for bare
 * numbers). Numbers glued to other letters or digits ("50ml", "$1.2k", "SS23") are left out, and so
 * are amounts scaled by a magnitude word ("$2 billion", "Rs 50 crore", "5 Mio. €").
 */
export function scanAmounts(text: string, defaultCurrency?: string): Amount[] {
  const def = cleanDefault(defaultCurrency);
  const markers = spans(MARKER_RE, text).filter((m) => currencyFromSymbol(m.text, def));
  // A currency word marks only the amount before it ("19,99 pund"), never one after it.
  const byEnd = new Map(markers.filter((m) => !isCurrencyWord(m.text)).map((m) => [m.e, m]));
  const byStart = new Map(markers.map((m) => [m.s, m]));
  const ends = new Set(markers.map((m) => m.e));
  // "3万9600円", "74만8천원": digits and East Asian place words make one amount.
  let nums = joinCjkNumerals(text, spans(NUMBER_RE, text));
  const tails = new Map<Span, number>();
  const merged = new Set<Span>();
  for (let i = 0; i < nums.length; i++) {
    const n = nums[i]!;
    if (merged.has(n)) continue;
    // French "49€95" / "35€ 99": the sign sits where the decimal mark would.
    const sign = byStart.get(n.e);
    const next = nums[i + 1];
    const cents = next && /^\d\d$/.test(next.text) && !WORD_CHAR.test(text[next.e] ?? '');
    if (
      sign &&
      cents &&
      !near(text, next.e, 1, byStart) &&
      (next.s === sign.e || (next.s === sign.e + 1 && text[sign.e] === ' ')) &&
      /^\d+$/.test(n.text)
    ) {
      n.text += '.' + next.text;
      tails.set(n, next.e);
      merged.add(next);
    } else if (cents && next.s === n.e + 2 && text[n.e + 1] === ' ' && WHOLE.test(n.text)) {
      // cents split off by a space after the mark: "$119. 95" (sign before), "1.837, 32 €" (sign after)
      const mark = text[n.e];
      if ((mark === '.' && byEnd.has(n.s)) || (mark === ',' && near(text, next.e, 1, byStart))) {
        n.text += mark + next.text;
        n.e = next.e;
        merged.add(next);
      }
    }
    // "£45 100 reviews": a plain space after a number glued to its sign is not thousands grouping
    // ("€ 1 299", "SEK 1 299", "1 299 €" and "R1 299.00" are).
    const sp = n.text.indexOf(' ');
    const glued = byEnd.get(n.s);
    if (sp > 0 && glued && !/\p{L}/u.test(glued.text) && !near(text, n.e, 1, byStart) && !/[.,]\d\d?$/.test(n.text)) {
      n.text = n.text.slice(0, sp);
      n.e = n.s + sp;
    }
  }
  // "$2 billion", "Rs 50 crore": news amounts, not prices, dropped as "£1billion" is for touching a letter.
  const scaled = scaledSpans(nums, text, (gap) => gap.replace(MARKER_RE, ''));
  if (merged.size || scaled.size) nums = nums.filter((n) => !merged.has(n) && !scaled.has(n));
  const pre = nums.map((n) => near(text, n.s, -1, byEnd));
  const suf = nums.map((n) => near(text, n.e, 1, byStart));
  assignBetween(nums, pre, suf);
  const out: Amount[] = [];
  nums.forEach((n, i) => {
    const p = pre[i];
    const f = suf[i];
    const before = text[n.s - 1];
    const after = text[n.e];
    // A glued marker on the other side sets the number off from CJK words: "価格12,100円", "¥4,990税込".
    const gluedPre = !!p && p.e === n.s;
    const gluedSuf = !!f && f.s === n.e;
    // A letter before the number must be a marker's, maybe one the number before took ("19,99 zł29,99 zł").
    const afterMarker = gluedPre || ends.has(n.s);
    // A place-word amount after a particle is a number of its own ("価格は4万~4万2000円": the range's low end).
    const placed = CJK_PLACE.test(text[n.e - 1] ?? '');
    if (!afterMarker && before && /\p{L}/u.test(before) && !((gluedSuf || placed) && CJK_LETTER.test(before))) return;
    // "$278.60Shop Now": a capital after a signed price with cents starts the next element's text.
    const nextWord = gluedPre && /[.,]\d\d$/.test(n.text) && /\p{Lu}/u.test(after ?? '');
    if (!gluedSuf && after && WORD_CHAR.test(after) && !(gluedPre && CJK_LETTER.test(after)) && !nextWord) return;
    // A code beside a shared sign names it: "$18CAD", "CAD $89.99".
    let code = f && isSpecificMarker(f.text) ? f : undefined;
    const outer = p && !isSpecificMarker(p.text) ? near(text, p.s, -1, byEnd) : undefined;
    const first = outer && !code && isSpecificMarker(outer.text) ? (code = outer) : p;
    const currency =
      (code && currencyFromSymbol(code.text, def)) ||
      (p && currencyFromSymbol(p.text, def)) ||
      (f && currencyFromSymbol(f.text, def)) ||
      null;
    const amount = readAmount(n.text, currency);
    if (amount === null) return;
    out.push({
      s: first ? first.s : n.s,
      e: Math.max(f ? f.e : n.e, tails.get(n) ?? 0),
      amount,
      currency,
      pre: !!p,
      suf: !!f,
      priced: /[.,:](?:\d\d|-|–|—)$/.test(n.text),
    });
  });
  return out;
}
