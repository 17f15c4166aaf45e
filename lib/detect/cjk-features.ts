import type { Candidate, Ctx } from './context';

/** Hiragana: the particles and endings of Japanese sentences, rare inside a product's name. */
const HIRAGANA = /\p{Script=Hiragana}/gu;
/** Ideographic commas and sentence ends: a clause, not a name. */
const CJK_PUNCT = /[。、！？]/u;

/**
 * Features of Japanese, Chinese and Korean candidates (appended to ./features): whether a CJK generator
 * made it, whether its name reads as a sentence (particles, ideographic punctuation), and whether the page
 * quotes the name as Japanese magazines quote a model (「…」, 『…』, “…”).
 */
export function cjkFeatures(ctx: Ctx, c: Candidate): number[] {
  const text = c.claims.map((x) => ctx.lines[x.i]?.text ?? '').join('\n');
  const hira = (c.name.match(HIRAGANA) ?? []).length;
  const n = c.name.trim();
  const quoted = n.length >= 2 && (text.includes(`「${n}」`) || text.includes(`『${n}』`) || text.includes(`“${n}”`));
  return [b(c.format === 'anchor-cjk'), Math.min(hira, 4) / 2, b(CJK_PUNCT.test(n)), b(quoted)];
}

/** Names of the entries of cjkFeatures, in order. */
export const CJK_FEATURE_NAMES = ['format:anchor-cjk', 'name-hiragana', 'name-cjk-punct', 'name-cjk-quoted'];

const b = (x: boolean) => (x ? 1 : 0);
