import type { Token } from './normalize';

/** Punctuation that ends a phrase: a name never runs across it ("Simon, Miller"). */
const PHRASE_BREAK = /[,;:!?()[\]{}"“”«»|•—]/;

/**
 * If the words `want` occur at tokens[i…], returns the original index where the
 * match ends (the last word may be possessive: "Simon Miller's"), else -1.
 */
export function matchTokens(text: string, tokens: readonly Token[], i: number, want: readonly string[]): number {
  const last = want.length - 1;
  for (let j = 0; j <= last; j++) {
    const t = tokens[i + j];
    if (!t) return -1;
    if (j > 0 && PHRASE_BREAK.test(text.slice(tokens[i + j - 1]!.end, t.start))) return -1;
    if (t.key === want[j]) {
      if (j === last) return t.end;
    } else if (j === last && t.alt === want[j]) {
      return t.altEnd;
    } else {
      return -1;
    }
  }
  return -1;
}
