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

describe('the lexicon beyond the first words', () => {
  it('knows inflected and definite forms and the nouns of Korean pages', () => {
    setPageLanguage('pl');
    expect(nounHits('Kupiłam dwie torebki i spódnicę w kratę')).toBe(2);
    setPageLanguage('sv');
    expect(nounHits('Klänningen och väskan från i fjol')).toBe(2);
    setPageLanguage('da');
    expect(nounHits('Strikcardigan med knapper')).toBe(1);
    setPageLanguage('it');
    expect(nounHits('Cinture e sciarpe di lana')).toBe(2);
    setPageLanguage('ko');
    expect(nounHits('가을에 어울리는 울 가디건과 미니 토트백')).toBe(2);
    // No noun inside "모자라다" (to be short of) or "백화점" (a department store).
    expect(nounHits('예산이 모자라면 백화점 세일을 기다리자')).toBe(0);
  });
  it('reads buy buttons and report words of Polish, Portuguese and Korean pages', () => {
    const lex = lexicon();
    expect(lex.buy.test('Dodaj do koszyka')).toBe(true);
    expect(lex.buy.test('Garanta o seu')).toBe(true);
    expect(lex.buy.test('구매하기')).toBe(true);
    expect(lex.priceLabel.test('판매가')).toBe(true);
    expect(lex.negative.test('3분기 영업이익이 늘었다')).toBe(true);
  });
});
