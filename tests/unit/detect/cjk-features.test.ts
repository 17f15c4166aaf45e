import { describe, expect, it } from 'vitest';
import { cjkFeatures, CJK_FEATURE_NAMES } from '@/lib/detect/cjk-features';
import type { Candidate, Ctx, Line } from '@/lib/detect/context';
import { FEATURE_NAMES } from '@/lib/detect/feature-names';
import { happyDoc } from './helpers';

const doc = happyDoc('<p>x</p>');
function feats(name: string, line: string, format = 'anchor-cjk'): Record<string, number> {
  const ctx = { lines: [{ i: 0, text: line } as unknown as Line] } as unknown as Ctx;
  const c: Candidate = {
    ...{ brand: 'KOSUI', name, price: null, retailer: null, url: null, element: doc.body },
    ...{ claims: [{ i: 0, s: 0, e: line.length }], score: 3, format },
  };
  const v = cjkFeatures(ctx, c);
  return Object.fromEntries(CJK_FEATURE_NAMES.map((n, k) => [n, v[k]!]));
}

describe('features of Japanese candidates', () => {
  it('are named together in the feature list', () => {
    const at = FEATURE_NAMES.indexOf(CJK_FEATURE_NAMES[0]!);
    expect(FEATURE_NAMES.slice(at, at + CJK_FEATURE_NAMES.length)).toEqual(CJK_FEATURE_NAMES);
  });

  it('tell a quoted model name from a clause of the description', () => {
    const line = '「ナイト リペア 美容液」は寝る前の定番で、価格は8250円。';
    expect(feats('ナイト リペア 美容液', line)).toEqual({
      'format:anchor-cjk': 1,
      'name-hiragana': 0,
      'name-cjk-punct': 0,
      'name-cjk-quoted': 1,
      'name-cjk-editorial': 0,
      'name-cjk-holds-brand': 0,
    });
    const clause = feats('寝る前の定番で、価格は', line, 'anchor-record');
    expect(clause['format:anchor-cjk']).toBe(0);
    expect(clause['name-hiragana']).toBe(2);
    expect(clause['name-cjk-punct']).toBe(1);
    expect(clause['name-cjk-quoted']).toBe(0);
  });

  it('mark a heading phrase that holds the maker and a ranking word', () => {
    const f = feats('KOSUI売れ筋No.1クリーム', 'KOSUI売れ筋No.1クリーム', 'anchor-record');
    expect(f['name-cjk-editorial']).toBe(1);
    expect(f['name-cjk-holds-brand']).toBe(1);
  });
});
