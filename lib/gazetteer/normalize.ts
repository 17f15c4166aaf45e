/**
 * Name folding shared by the gazetteer's lookups and its build step, so that
 * "Chloé", "CHLOE", "Net-a-Porter", "net a porter", "Dolce & Gabbana" and
 * "Dolce and Gabbana" reduce to the same key.
 */

/** One word of a folded text, with its span in the original string. */
export interface Token {
  /** Folded form: lower case, accents removed, apostrophes and inner periods dropped. */
  key: string;
  /** The key without a possessive "'s" ("zara's" → "zara"), when the word had one. */
  alt: string | null;
  start: number;
  end: number;
  /** Where the word ends without its possessive suffix. */
  altEnd: number;
}

// Letters that NFKD leaves whole but readers treat as accented Latin.
const SPECIAL: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŀ: 'l',
};
const SPECIAL_RE = /[øæœßłđðþıħŀ]/g;

/**
 * A word: letters, digits and accents, joined by apostrophes and periods ("Levi's",
 * "A.P.C."); or one of "&", "+", which read as "and".
 */
let wordRe: RegExp | null = null;
// Built on first use: a Unicode property class costs about half a millisecond to build, paid at every
// start of Chromium's worker (which imports this module) even when no text is read.
const word = (): RegExp => (wordRe ??= /[\p{L}\p{N}\p{M}'’‘ʼ`´.]+|[&+＆]/gu);
const JOINERS = /['’‘ʼ`´.]/;
const EDGE_JOINERS = /^['’‘ʼ`´.]+|['’‘ʼ`´.]+$/g;
const PLAIN = /^[a-z0-9]*$/;

/** A word's lookup key: lower case, apostrophes and dots dropped, accents and special letters spelt plainly. */
function wordKey(word: string): string {
  const lower = word.toLowerCase();
  const bare = lower.replace(/['’‘ʼ`´.]/g, '');
  if (PLAIN.test(bare)) return bare;
  return bare
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase();
}

/**
 * Splits text into folded words with their original spans. "&" and "+" become the
 * word "and"; apostrophes and periods join ("Levi's" → "levis", "A.P.C." → "apc").
 * Stops after `maxTokens` words.
 */
export function tokenize(text: string, maxTokens = Infinity): Token[] {
  const tokens: Token[] = [];
  const re = word();
  re.lastIndex = 0;
  for (let m = re.exec(text); m && tokens.length < maxTokens; m = re.exec(text)) {
    const raw = m[0];
    if (raw === '&' || raw === '+' || raw === '＆') {
      tokens.push({ key: 'and', alt: null, start: m.index, end: m.index + 1, altEnd: m.index + 1 });
      continue;
    }
    const trimmed = JOINERS.test(raw) ? raw.replace(EDGE_JOINERS, '') : raw;
    const key = wordKey(trimmed);
    if (key === '') continue;
    const start = m.index + raw.indexOf(trimmed);
    const end = start + trimmed.length;
    // "Zara's" / "Zara’s": the word without its possessive, for one-word names.
    const possessive = /['’ʼ`´][sS]$/.test(trimmed) && key.length > 1;
    tokens.push({
      key,
      alt: possessive ? key.slice(0, -1) : null,
      start,
      end,
      altEnd: possessive ? end - 2 : end,
    });
  }
  re.lastIndex = 0;
  return tokens;
}

/** ASCII letters and digits in words joined by single spaces: tokenize would only lower-case them. */
const SIMPLE_NAME = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** The folded lookup key of a whole name: its word keys joined by single spaces. */
export function nameKey(name: string): string {
  // Most listed names are plain ASCII words; the shortcut halves the brand index build.
  if (SIMPLE_NAME.test(name)) return name.toLowerCase();
  return tokenize(name)
    .map((t) => t.key)
    .join(' ');
}
