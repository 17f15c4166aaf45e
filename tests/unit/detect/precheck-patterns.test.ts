import { describe, expect, it } from 'vitest';
import * as generated from '../../../lib/detect/generated/precheck-patterns';
import { precheckPatterns } from '../../../lib/detect/precheck-patterns';
import { namesProduct, priceNearProductWord } from '../../../lib/detect/precheck-text';
import { CTA, CTA_ANYWHERE } from '../../../lib/detect/cta';

describe('the pre-check patterns generated from its word tables', () => {
  it('are what the tables make now (else run npm run precheck:patterns)', () => {
    expect({ ...generated }).toEqual(precheckPatterns());
  });

  it('read words as the tables list them', () => {
    // Written examples: a stem inside a longer word, a stem with a left edge, and a word that only looks like one.
    expect(namesProduct('a quilted handbag')).toBe(true);
    expect(namesProduct('new boots in')).toBe(true);
    expect(namesProduct('the reboot of a series')).toBe(false);
  });
});

describe('the call-to-action scan of lower-case page text', () => {
  it('finds every label the case-insensitive label test accepts, once lower-cased', () => {
    // Written labels in the cases pages use: capitals, title case, accents.
    for (const label of ['SHOP NOW', 'Buy It Here', 'Découvrir', 'Jetzt Kaufen', 'CÓMPRALO', 'Voir Chez']) {
      expect(CTA.test(label)).toBe(true);
      expect(CTA_ANYWHERE.test(label.toLowerCase())).toBe(true);
    }
    expect(CTA_ANYWHERE.test('a quiet note about cloth')).toBe(false);
  });
});

describe('a price near a product word, in one walk along the text', () => {
  it('finds a product word within reach of an amount, wherever it sits on the page', () => {
    expect(priceNearProductWord('a wool coat for $120')).toBe(true);
    // Many amounts first, the product at the end: the walk must not give up at the first windows.
    expect(priceNearProductWord(`${'a $5 fee. '.repeat(300)}then a linen dress, $80`)).toBe(true);
  });

  it('stops a page full of amounts and empty of product words', () => {
    expect(priceNearProductWord('shares rose to $12.20 after revenue of $3.4 billion. '.repeat(500))).toBe(false);
  });

  it('reads whole words at the edge of an amount’s reach ("that" is no hat)', () => {
    // The amount sits 160 characters after the "h" of "that", the first letter its reach covers.
    const low = `that ${'z'.repeat(156)}$9`;
    expect(low.indexOf('$') - low.indexOf('h')).toBe(160);
    expect(priceNearProductWord(low)).toBe(false);
    expect(priceNearProductWord(`a hat ${'z'.repeat(150)}$9`)).toBe(true);
  });
});
