import { describe, expect, it } from 'vitest';
import { brandRecord } from '@/lib/detect/anchors/brand-record';
import { runCredits } from '@/lib/detect/anchors/run-credits';
import { nounHits, setPageLanguage } from '@/lib/detect/lexicon';
import { lineCtx } from './helpers';

const ctxOf = (body: string, lang: string) => lineCtx(body, lang, 'EUR');

const read = (body: string, lang: string) => runCredits.detect(ctxOf(body, lang)).map((c) => [c.brand, c.name]);

describe('outfit credits in prose, without prices', () => {
  it('reads "piece de Maker" lists sentence after sentence, and a bare piece sharing the maker after "y"', () => {
    const got = read(
      '<p>Lucía lleva falda de Nerea Vidal, bolso de Tomás Ferrer y botas de Mango. Yo llevo abrigo de Massimo ' +
        'Dutti, gorro y bufanda de Uniqlo y unos guantes heredados de mi abuela.</p>',
      'es',
    );
    expect(got).toEqual(
      expect.arrayContaining([
        ['Nerea Vidal', 'falda'],
        ['Tomás Ferrer', 'bolso'],
        ['Mango', 'botas'],
        ['Massimo Dutti', 'abrigo'],
        ['Uniqlo', 'gorro'],
        ['Uniqlo', 'bufanda'],
      ]),
    );
  });

  it('splits sentences after a maker ending in "&X." ("Skjorte: H&M. Bukser: Zara.")', () => {
    const got = read('<p>I dag har jeg hvit skjorte: H&M. Linbukser: Zara. Og et gammelt belte fra loppis.</p>', 'nb');
    expect(got).toEqual(expect.arrayContaining([['Zara', 'Linbukser']]));
  });

  it('keeps a caption of sentences (a runway look and its photo credit) out, shared makers included', () => {
    const got = read(
      '<figure><img src="a.jpg"><figcaption>Look 7: wool coat, bodysuit and patent boots. ' +
        'Photo: Studio Lumen</figcaption></figure>',
      'en',
    );
    expect(got).toEqual([]);
  });
});

describe('compound product nouns in the Nordic languages', () => {
  it('reads a garment noun at the end of a compound', () => {
    setPageLanguage('nb');
    expect(nounHits('bermudashorts')).toBe(1);
    expect(nounHits('bomullstrøye')).toBe(1);
    expect(nounHits('ullstrikk')).toBe(1);
    setPageLanguage('sv');
    expect(nounHits('linnebyxa')).toBe(1);
    expect(nounHits('shorts')).toBe(1);
  });
});

describe('"Noun: Maker" credit records', () => {
  const records = (body: string) => brandRecord.detect(ctxOf(body, 'en')).map((c) => [c.brand, c.name, c.retailer]);

  it('keeps a model after the maker in the name, and not a shop word', () => {
    const got = records(
      '<div>Coat: Burberry Kensington<br>Boots: Hunter Outlet<br>Shoes: Loeffler Randall "Penny"<br>Bag: Mira Holt "Tessa"</div>',
    );
    expect(got).toEqual(
      expect.arrayContaining([
        ['Burberry', 'Coat Kensington', null],
        ['Hunter', 'Boots', null],
        ['Loeffler Randall', 'Shoes Penny', null],
        ['Mira Holt', 'Bag Tessa', null],
      ]),
    );
  });

  it('reads no maker in a gift or a thrifted piece', () => {
    const got = records('<div>Scarf: Gift from my sister<br>Jacket: thrifted<br>Hat: Uniqlo</div>');
    expect(got.map((g) => g[0])).toEqual(['Uniqlo']);
  });
});
