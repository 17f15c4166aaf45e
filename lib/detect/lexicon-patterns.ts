import { escapeRegExp } from './escape-reg-exp';

/** The regular expressions ./lexicon builds from its word lists. */

/** A pattern that matches nothing: a list with no words. */
export const NEVER = /(?!)/;
/** Kana, ideographs and Hangul. */
export const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;
/** Words as alternatives, longest first (word edges are the caller's: they must work for accented letters). */
export const alt = (xs: string[]) =>
  xs
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

/** Nav texts at the end of a text; a trailing " *" stands for a shop's name of one or two words. */
export function navPattern(xs: string[]): RegExp {
  if (!xs.length) return NEVER;
  const one = (x: string) =>
    x.endsWith(' *') ? `${escapeRegExp(x.slice(0, -2))}\\s+\\S+(?:\\s+\\S+)?` : escapeRegExp(x);
  const all = [...xs].sort((a, b) => b.length - a.length).map(one);
  return new RegExp(`(?:^|\\s)(?:${all.join('|')})\\s*[.!»›>→]*\\s*$`, 'iu');
}

/** The negative-words pattern: Latin-script words on word edges, Japanese and Chinese ones inside longer runs. */
export function negativePattern(xs: string[]): RegExp {
  const words = (ws: string[]) => (ws.length ? alt(ws) : '(?!)');
  // Japanese and Chinese write words without spaces: their cues match inside longer runs ("連結決算は").
  return new RegExp(
    `(?:^|[^\\p{L}])(?:${words(xs.filter((w) => !CJK.test(w)))})(?![\\p{L}])|` +
      `(?:${words(xs.filter((w) => CJK.test(w)))})`,
    'iu',
  );
}
