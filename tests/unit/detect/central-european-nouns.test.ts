import { describe, expect, it } from 'vitest';
import { isPriceLabel, nounHits, setPageLanguage } from '@/lib/detect/lexicon';
import { namesNoMaker } from '@/lib/detect/no-maker';

describe('product nouns of the languages added in session 23', () => {
  it.each([
    ['cs', 'Zimní bunda s kapucí'],
    ['cs', 'Kožená kabelka'],
    ['sk', 'Letné šaty s potlačou'],
    ['sl', 'Volnena jopica'],
    ['sl', 'Usnjena jakno'],
    ['hr', 'Crna haljina'],
    ['ro', 'Rochia neagră'],
    ['ro', 'Pantofii cu toc'],
    ['hu', 'Piros szoknya'],
    ['tr', 'Deri çanta'],
    ['ja', '本革のバックパック'],
    ['ja', 'ウールのストッキング'],
    ['ko', '가죽 파우치'],
    ['ko', '수분 크림'],
    ['fr', 'Une tunique en lin'],
    ['de', 'Ein Sakko aus Tweed'],
    ['pl', 'Skórzana nerka'],
    ['fi', 'Punainen kynsilakka'],
    ['nl', 'Een sleutelhanger van leer'],
  ])('%s: %s', (lang, text) => {
    setPageLanguage(lang);
    expect(nounHits(text)).toBeGreaterThan(0);
  });

  it('reads no noun inside everyday Japanese and Korean words', () => {
    setPageLanguage('ja');
    expect(nounHits('アプリをインストールする')).toBe(0);
    setPageLanguage('ko');
    expect(nounHits('시뮬레이션 결과')).toBe(0);
  });

  it('keeps a Dutch "overal" (everywhere) and the English maker Slip no product', () => {
    setPageLanguage('nl');
    expect(nounHits('Je ziet ze overal')).toBe(0);
    setPageLanguage('en');
    expect(nounHits('Slip')).toBe(0);
  });

  it('reads a Hungarian price label whole', () => {
    setPageLanguage('hu');
    expect(isPriceLabel('Retail ár:')).toBe(true);
  });
});

describe('a pack size in the maker’s place', () => {
  it('names no maker', () => {
    for (const w of ['75매', '50 ml', '30枚', '200g', '2 x 100 g', '12 pcs']) expect(namesNoMaker(w), w).toBe(true);
  });
  it('leaves makers with digits alone', () => {
    for (const w of ['3M', '7 For All Mankind', '5.11 Tactical', '1000 Mile', 'Nº21'])
      expect(namesNoMaker(w), w).toBe(false);
  });
});
