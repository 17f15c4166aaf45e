import { describe, expect, it } from 'vitest';
import { saysUsed } from '@/lib/detect/used-goods';
import { FEATURE_NAMES } from '@/lib/detect/feature-names';
import { USED_GOODS_FEATURE_NAMES } from '@/lib/detect/used-goods';

describe('second-hand cues for the scorer', () => {
  it("hears a used object's condition or a haggled price in several languages", () => {
    for (const t of [
      'Road bike, 54 cm frame, barely used – $300 OBO',
      'Winterjacke Gr. 38, kaum getragen, 40 € Verhandlungsbasis',
      'Buty zimowe, rozmiar 39, używane, 120 zł do negocjacji',
      'Lampe de bureau en très bon état, 25 €',
      'Cappotto di lana usato, 60 euro trattabile',
      'The crocodile bag sold at auction in Geneva for a record sum',
      'Die Tasche wurde 2019 versteigert, der Zuschlag lag bei 30.000 €',
    ])
      expect(saysUsed(t)).toBe(true);
  });

  it('stays quiet on everyday "used" and "worn" in a shopping piece', () => {
    for (const t of [
      'I have worn this coat all winter and used the pockets daily.',
      'The Acme kettle, $49, is the one I use every morning.',
      'Stan Smith sneakers, £85 at Office',
    ])
      expect(saysUsed(t)).toBe(false);
  });

  it('sits in the feature list as one group, after the features older models were trained on', () => {
    const at = FEATURE_NAMES.indexOf(USED_GOODS_FEATURE_NAMES[0]!);
    expect(at).toBeGreaterThan(FEATURE_NAMES.indexOf('shared-credit'));
    expect(FEATURE_NAMES.slice(at, at + USED_GOODS_FEATURE_NAMES.length)).toEqual(USED_GOODS_FEATURE_NAMES);
  });
});
