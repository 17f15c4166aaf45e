import { describe, expect, it } from 'vitest';
import { lexicon, nounHits } from '@/lib/detect/lexicon';

describe('European lexicon', () => {
  it('reads compound product nouns by their head, and the last part of hyphenated ones', () => {
    expect(nounHits('Eine gesteppte Winterjacke')).toBe(1);
    expect(nounHits('Zwarte regenjas met capuchon')).toBe(1);
    expect(nounHits('Gestreifte Sommer-Sandalen')).toBe(1);
    // A head alone needs a stem before it: "ljus" is a noun only because it is listed, not as a compound.
    expect(nounHits('Harvest moon')).toBe(0);
  });
  it('knows Danish, Norwegian, Finnish and Portuguese words', () => {
    const lex = lexicon();
    expect(nounHits('Sort kjole i uld')).toBe(1);
    expect(nounHits('Vestido de algodão')).toBe(1);
    expect(nounHits('Villainen takki')).toBe(1);
    expect(lex.buy.test('Køb her')).toBe(true);
    expect(lex.buy.test('Compre na loja')).toBe(true);
    expect(lex.negative.test('Asunto myydään')).toBe(true);
  });
});
