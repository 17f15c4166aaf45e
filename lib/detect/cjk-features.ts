import type { Candidate, Ctx } from './context';

/** Hiragana: the particles and endings of Japanese sentences, rare inside a product's name. */
const HIRAGANA = /\p{Script=Hiragana}/gu;
/** Ranking and editorial words of Japanese headings ("売れ筋No.1", "おすすめ", "5選"): a label, not a model. */
const EDITORIAL = /売れ筋|ランキング|No\.\s?\d|第?\d+位|おすすめ|人気|特集|まとめ|\d+選/u;
/** Kana, ideographs and Hangul. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;
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
  // Japanese writes no space after a maker: a name that holds its maker ("MAKER売れ筋…") is a heading's phrase.
  const holds = !!c.brand && CJK.test(n) && n.includes(c.brand);
  return [
    ...[b(c.format === 'anchor-cjk'), Math.min(hira, 4) / 2, b(CJK_PUNCT.test(n)), b(quoted)],
    ...[b(EDITORIAL.test(n)), b(holds)],
  ];
}

/** Names of the entries of cjkFeatures, in order. */
export const CJK_FEATURE_NAMES = [
  'format:anchor-cjk',
  'name-hiragana',
  'name-cjk-punct',
  'name-cjk-quoted',
  'name-cjk-editorial',
  'name-cjk-holds-brand',
];

const b = (x: boolean) => (x ? 1 : 0);
