import { describe, expect, it } from 'vitest';
import { CTA, CTA_ANYWHERE, CTA_LABEL } from '@/lib/detect/cta';

describe('call-to-action words anywhere in a page (the pre-check)', () => {
  it('finds every label a buy button may start with, inside running text', () => {
    const labels = ['Shop now', 'Buy it here', 'Get yours', 'Check price', 'Voir sur le site', 'Zum Shop', 'Cómpralo'];
    for (const label of [...labels, 'Consíguelo ya', 'Jetzt kaufen', 'Kupuj teraz', 'Découvrir']) {
      expect(CTA.test(label)).toBe(true);
      expect(CTA_ANYWHERE.test(`a long day, then ${label.toLowerCase()} and more`)).toBe(true);
    }
  });
  it("reads link labels in the pre-check's lazily built copy exactly as CTA does", () => {
    for (const label of [
      'Shop now',
      'SHOP',
      'Voir sur Net-a-Porter',
      'Shopping bag',
      'Workshop',
      'Order',
      'Bordeaux',
    ]) {
      expect(CTA_LABEL.test(label)).toBe(CTA.test(label));
    }
  });
  it('finds none in text without them', () => {
    expect(CTA_ANYWHERE.test('the river was high after a week of rain; we walked the long way round')).toBe(false);
  });
});
