import { describe, expect, it } from 'vitest';
import * as generated from '../../../lib/detect/generated/precheck-patterns';
import { precheckPatterns } from '../../../lib/detect/precheck-patterns';
import { namesProduct } from '../../../lib/detect/precheck-text';
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
