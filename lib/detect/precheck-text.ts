import { CUES_PATTERN, DISCLOSURE_NEAR_PATTERN, MONEY_PATTERN, PRODUCT_PATTERN } from './generated/precheck-patterns';

/*
 * The pre-check's reading of the page's text: lower-case text in, yes/no out. Every scan of the whole text has a
 * cheap first step (a sign, a joint, a phrase's first letters); the product words are only tried in short stretches
 * around what it finds.
 */

/** A lower-case Latin letter, by code (a regex test per character costs more than the rest of the scan). */
export const isLower = (c: string | undefined): boolean => !!c && ((c >= 'a' && c <= 'z') || (c >= 'ß' && c <= 'ÿ'));

/** Letters of scripts without case or spaces (kana, CJK ideographs, hangul): words start anywhere. */
export const CJK = '\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af';
/** Whether a word starts with kana, a CJK ideograph or hangul (the ranges of CJK), by code: no regex to compile. */
const startsCjk = (word: string): boolean => {
  const c = word.charCodeAt(0);
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
};

/**
 * One regex alternation from a word table, one branch per first letter. Irregexp tries the branches of an
 * alternation one after another at every position of the text, so 450 stems would cost 450 tries a character;
 * one branch per letter costs about 30, and the kana, CJK and hangul words share one branch behind a class test.
 * A table's `\b` before a word becomes a left edge checked after its first letter ("s(?<![a-z]s)hop"): no letter
 * before, though a digit may be, since textContent runs neighbouring elements together ("’93" + "SHOP").
 */
export function alternation(table: string): string {
  const groups = new Map<string, string[]>();
  const cjk: string[] = [];
  const whole: string[] = [];
  for (const entry of table.trim().split(/\s+/)) {
    const word = entry.replaceAll('_', ' ');
    if (word.startsWith('(')) whole.push(word);
    else if (startsCjk(word)) cjk.push(word);
    else {
      const edge = word.startsWith('\\b');
      const head = word[edge ? 2 : 0]!;
      const tail = word.slice(edge ? 3 : 1);
      const tails = groups.get(head);
      const branch = edge ? `(?<![a-z]${head})${tail}` : tail;
      if (tails) tails.push(branch);
      else groups.set(head, [branch]);
    }
  }
  const branches = [...groups].map(([head, tails]) =>
    tails.length === 1 ? head + tails[0] : `${head}(?:${tails.join('|')})`,
  );
  if (cjk.length) branches.push(`(?=[${CJK}])(?:${cjk.join('|')})`);
  return [...branches, ...whole].join('|');
}

/** The parts of a RegExp the pre-check uses, on a regex that is built when first used. */
export interface LazyRegExp {
  readonly source: string;
  lastIndex: number;
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/**
 * A regex of a word table, built on first use. Magpie's content script runs on every page, and building the tables
 * (joining hundreds of words, parsing the pattern) cost every page about a millisecond before the pre-check began;
 * most pages stop before most tables are read, and V8 compiles a pattern only when it first runs anyway.
 */
export function lazyRegExp(source: () => string, flags = ''): LazyRegExp {
  let src: string | undefined;
  let re: RegExp | undefined;
  const get = (): RegExp => (re ??= new RegExp((src ??= source()), flags));
  return {
    get source() {
      return (src ??= source());
    },
    get lastIndex() {
      return re?.lastIndex ?? 0;
    },
    set lastIndex(at: number) {
      if (re || at !== 0) get().lastIndex = at;
    },
    test: (text) => get().test(text),
    exec: (text) => get().exec(text),
  };
}

/**
 * Product nouns (and buy words) in lower-case text. Global: the prices walk it along the page with lastIndex, and
 * every other use starts it at 0 (one compiled pattern for all, not a second compile of its 3 KB of stems).
 */
const PRODUCT = lazyRegExp(() => PRODUCT_PATTERN, 'g');

/** Whether a short stretch of lower-case text (a window, a link's path or label) names a product. */
export function namesProduct(low: string): boolean {
  PRODUCT.lastIndex = 0;
  return PRODUCT.test(low);
}

/** Whether a product word starts the lower-case text (its leftmost match is at 0). */
export function productAtStart(low: string): boolean {
  PRODUCT.lastIndex = 0;
  return PRODUCT.exec(low)?.index === 0;
}

// The patterns are made from the word tables at build time (lib/detect/precheck-patterns.ts).
const CUES = lazyRegExp(() => CUES_PATTERN, 'g');
const DISCLOSURE_NEAR = lazyRegExp(() => DISCLOSURE_NEAR_PATTERN);
/**
 * An amount of money in lower-case text: a sign, a code glued to or spaced from digits on either side, yen and won
 * after digits or their myriads, an amount in words ("forty pounds"). Global, for walking every amount.
 */
const MONEY = lazyRegExp(() => MONEY_PATTERN, 'g');

/**
 * What every amount holds: a digit, a sign, a CJK numeral or a word of money. A text without one (a short note, a
 * quiet page) holds no amount, and the small test spares it compiling MONEY, the content script's second-largest
 * pattern (the pre-check runs cold in every page's new script world).
 */
const MONEY_HINT = /[\d$£€¥₹₩₽₺₱฿₫₪万千萬만천]|pounds|dollars|euros|quid|bucks/;

/** Whether lower-case text holds an amount of money. */
export function hasMoney(low: string): boolean {
  if (!MONEY_HINT.test(low)) return false;
  MONEY.lastIndex = 0;
  return MONEY.test(low);
}

/** How far (characters of page text) a product word may sit from an amount and still describe it. */
const NEAR = 160;

/**
 * True for a phrase of shopping intent; else the words of affiliate notices found (a notice's noun only with a
 * link or earn word nearby), which count once the links show they are not just link labels.
 */
export function intent(low: string): true | string[] {
  const notices: string[] = [];
  CUES.lastIndex = 0;
  for (let m = CUES.exec(low); m; m = CUES.exec(low)) {
    if (m[1]) return true;
    if (m[2] || DISCLOSURE_NEAR.test(low.slice(Math.max(0, m.index - 100), m.index + 100))) notices.push(m[0]);
  }
  return notices;
}

/**
 * An amount of money in lower-case text with a product word within NEAR characters of it. One walk along the text
 * for each pattern: the next product word is looked for from the first window that has not seen it, so a page full
 * of amounts and free of product words (markets, budgets) reads its text once for products, not once per amount.
 */
export function priceNearProductWord(low: string): boolean {
  MONEY.lastIndex = 0;
  // The next product word at or after the last window's start: where it starts and ends.
  let word = -1;
  let wordEnd = -1;
  for (let m = MONEY.exec(low); m; m = MONEY.exec(low)) {
    const from = Math.max(0, m.index - NEAR);
    const to = m.index + NEAR;
    if (word < from) {
      PRODUCT.lastIndex = from;
      const p = PRODUCT.exec(low);
      // No product word after this window's start: no later window (they start later) can hold one.
      if (!p) return false;
      word = p.index;
      wordEnd = p.index + p[0].length;
    }
    if (word < to && wordEnd <= to) return true;
  }
  return false;
}
