import { describe, expect, it } from 'vitest';
import { lexicon, nounHits, setPageLanguage } from '@/lib/detect/lexicon';
import { headlineFeatures } from '@/lib/detect/headline-features';
import type { Ctx } from '@/lib/detect/context';
import { happyDoc } from './helpers';

describe('European product nouns', () => {
  it('knows boots, clogs, jackets, little skirts and gift boxes in their own languages', () => {
    setPageLanguage('sv');
    expect(nounHits('Bruna kängor i mocka')).toBe(1);
    expect(nounHits('Vandringskängor')).toBe(1);
    expect(nounHits('Snöboots')).toBe(1);
    setPageLanguage('es');
    expect(nounHits('Zuecos de piel negros')).toBe(1);
    setPageLanguage('pl');
    expect(nounHits('Sztyblety zamszowe')).toBe(1);
    setPageLanguage('nl');
    expect(nounHits('Geplooid rokje')).toBe(1);
    setPageLanguage('fr');
    expect(nounHits('Coffret cadeau pour elle')).toBe(1);
    setPageLanguage('de');
    expect(nounHits('Wärmflasche mit Strickbezug')).toBe(1);
  });
  it('reads "pièces" as pieces to shop, not as the rooms of a flat', () => {
    expect(lexicon().negative.test('Cinq pièces à shopper avant l’hiver')).toBe(false);
    expect(lexicon().negative.test('Appartement à vendre')).toBe(true);
  });
});

describe('the headline feature', () => {
  const ctx = (html: string) => ({ doc: happyDoc(html) }) as unknown as Ctx;
  it('flags a ranking of record prices named in the title even when the first h1 is the logo', () => {
    const page = ctx(
      '<html lang="it"><head><title>Gli stivali più costosi di sempre</title></head><body><h1>Rivista</h1></body></html>',
    );
    expect(headlineFeatures(page)).toEqual([1]);
    const shop = ctx('<html lang="it"><head><title>Dieci stivali per l’autunno</title></head><body></body></html>');
    expect(headlineFeatures(shop)).toEqual([0]);
  });
});
