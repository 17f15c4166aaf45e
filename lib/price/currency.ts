/**
 * Currency markers: the signs, ISO codes and words that name a currency next to an amount.
 * A marker maps to an ISO 4217 code, or to a group (`$`, `kr`, `¥`, `Rs`, `peso`, `R`) when one
 * sign serves several currencies; the caller's default currency picks within the group.
 */

import { DOLLAR_CURRENCIES } from './countries';
import { MARKERS_EAST } from './markers-east';
import { MARKERS_WEST } from './markers-west';

/**
 * Markers per code: the two regional tables, then the signs several currencies share. Where a
 * marker fits several rows, the first row wins (`$` and other shared signs are groups below).
 */
const MARKERS: Record<string, string> = {
  ...MARKERS_WEST,
  ...MARKERS_EAST,
  // shared signs: resolved by the page's currency (GROUPS)
  // "dollars" in the lexicon's languages: Italian, Spanish/Portuguese, Polish, Finnish, Hungarian ("140 dollár")
  $: '$ ＄ dollars dollar dollari dólares dólar dolarów dolary dolara dollaria dollár dollárt dollárért 달러 ドル',
  // German/Dutch "Kronen", Polish "koron", Finnish "kruunua": which crown the page's currency says
  kr: 'kr. kr krona krone kroner kronur kronen koron korony kruunua',
  // the dirham of the Emirates and of Morocco ("4 200 DH")
  dh: 'Dhs DHS Dh DH',
  '¥': '¥ ￥',
  元: '元 圓 圆',
  Rs: 'Rs. Rs रु. र rupees rupee',
  '₨': '₨',
  руб: 'руб. руб р. р Р',
  peso: 'pesos peso',
  CFA: 'FCFA CFA',
  R: 'R',
};

/** Currencies a shared sign can stand for; the first is used unless the default is another member. */
const GROUPS: Record<string, string[]> = {
  $: [...DOLLAR_CURRENCIES],
  kr: ['SEK', 'NOK', 'DKK', 'ISK'],
  dh: ['AED', 'MAD'],
  '¥': ['JPY', 'CNY'],
  元: ['CNY', 'TWD', 'HKD', 'MOP', 'JPY'],
  Rs: ['INR', 'PKR', 'LKR', 'NPR', 'MUR', 'SCR'],
  // India writes ₹; the older rupee sign is Pakistan's, Sri Lanka's, Nepal's, Mauritius's
  '₨': ['PKR', 'LKR', 'NPR', 'MUR', 'SCR', 'INR'],
  руб: ['RUB', 'BYN'],
  peso: ['MXN', 'ARS', 'CLP', 'COP', 'UYU', 'DOP', 'PHP', 'CUP'],
  CFA: ['XOF', 'XAF'],
  // A bare "R" is too common in text to mean rand unless the page is South African.
  R: ['', 'ZAR'],
};

const TABLE = new Map<string, string>();
/** Currency words ("euros", "kronor", "pund"), in every case they match. */
const WORDS = new Set<string>();
for (const [code, list] of Object.entries(MARKERS)) {
  for (const m of list.split(' ')) {
    const variants = /^\p{Ll}/u.test(m) ? [m, m[0]!.toUpperCase() + m.slice(1), m.toUpperCase()] : [m];
    for (const v of variants) if (!TABLE.has(v)) TABLE.set(v, code);
    // the euro alone is also written first ("Euro 450"), as shops print the code
    if (/^\p{Ll}{4,}$/u.test(m) && !m.startsWith('euro')) for (const v of variants) WORDS.add(v);
  }
}

/**
 * True for a currency written as a word of four letters or more ("euros", "pund", "Pfund"). Such a word
 * follows its amount in every language ("19,99 pund"); one before a number is the end of a phrase
 * ("Les livres 3 et 4", "Pfund 2 Jahre"), so it marks only an amount before it. Codes ("EUR"), signs and
 * the euro ("Euro 450") lead or follow.
 */
export function isCurrencyWord(marker: string): boolean {
  return WORDS.has(marker);
}

const ISO = new Set(
  Object.keys(MARKERS)
    .filter((k) => /^[A-Z]{3}$/.test(k))
    .concat('MUR', 'SCR', 'SRD', 'LRD', 'NAD', 'SBD', 'BND', 'WST', 'TOP', 'CUP'),
);

/** A marker written in Japanese, Chinese or Korean script ("円", "원", "人民币"). */
const CJK_WORD = /^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+$/u;
/**
 * Such text has no spaces between words, so a CJK marker may touch letters: a place word before it ("12万円",
 * "5천원") and, after it, Japanese or Chinese text or a Korean particle ("3,300円です", "259,000원이다",
 * "280만 원에"). Other Hangul after 원 makes a word of its own ("원피스", a dress).
 */
const CJK_BEFORE = '(?<!(?![万萬만千천百백])\\p{L})';
const CJK_AFTER = '(?!(?![\\u3040-\\u30ff\\u3400-\\u9fff이에은을의으로대짜부까정씩가인과와도])\\p{L})';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * One regex source matching any marker, longest first. Markers starting or ending with a letter must
 * not touch another letter, so "kr" never matches inside "Krone" and "TL" not inside "TLC". Markers
 * are grouped by which of those guards they need; at any one position only markers sharing a first
 * character compete, and each group lists them longest first ("kr." before "kr", "R$" before "R").
 */
export const MARKER_SOURCE = (() => {
  const groups: string[][] = [[], [], [], [], []];
  for (const m of [...TABLE.keys()].sort((a, b) => b.length - a.length)) {
    const head = /^\p{L}/u.test(m);
    const tail = /\p{L}$/u.test(m);
    // "AU $89", "US $45", "129,00 $ CA": allow one space between letters and the dollar sign.
    const body = /^\p{Lu}{2,}\$$/u.test(m)
      ? escape(m.slice(0, -1)) + ' ?\\$'
      : /^\$\p{Lu}{2,}$/u.test(m)
        ? '\\$ ?' + m.slice(1)
        : escape(m);
    groups[CJK_WORD.test(m) ? 4 : head ? (tail ? 1 : 0) : tail ? 2 : 3]!.push(body);
  }
  const [headOnly, both, tailOnly, neither, cjk] = groups.map((g) => g.join('|'));
  return (
    `(?<!\\p{L})(?:${headOnly})|(?<!\\p{L})(?:${both})(?!\\p{L})|(?:${tailOnly})(?!\\p{L})|${neither}|` +
    `${CJK_BEFORE}(?:${cjk})${CJK_AFTER}`
  );
})();

/** Normalises a default currency option: a known three-letter code or undefined. */
export function cleanDefault(code: string | undefined | null): string | undefined {
  const c = code?.trim().toUpperCase();
  return c && /^[A-Z]{3}$/.test(c) ? c : undefined;
}

/** True when a marker (as found in text) names one currency by itself, e.g. "CAD" or "€" but not "$". */
export function isSpecificMarker(marker: string): boolean {
  const key = TABLE.get(marker.replace(' ', ''));
  return key !== undefined && !(key in GROUPS);
}

/**
 * The ISO code a currency marker stands for ("€" → EUR, "HK$" → HKD, "kr" → SEK). Shared signs
 * resolve to `defaultCurrency` when it is one of the sign's currencies ("$" with CAD → CAD).
 */
export function currencyFromSymbol(marker: string, defaultCurrency?: string): string | null {
  const key = TABLE.get(marker.trim().replace(' ', ''));
  if (key === undefined) return null;
  const group = GROUPS[key];
  if (!group) return key;
  const def = cleanDefault(defaultCurrency);
  if (def && group.includes(def)) return def;
  return group[0] || null;
}

/** Reads a currency given as an ISO code or a marker ("usd", "€", "RMB") as an ISO code, or null. */
export function normaliseCurrency(value: string, defaultCurrency?: string): string | null {
  const v = value.trim();
  const upper = v.toUpperCase();
  if (ISO.has(upper)) return upper;
  return currencyFromSymbol(v, defaultCurrency);
}
