import { describe, expect, it } from 'vitest';
import { runCredits } from '@/lib/detect/anchors/run-credits';
import { separatedList } from '@/lib/detect/anchors/separated-list';
import { installBundledGazetteer } from '@/lib/gazetteer/bundled';
import { lineCtx } from './helpers';

installBundledGazetteer();

const read = (body: string) => runCredits.detect(lineCtx(body, 'en')).map((c) => [c.brand, c.name]);

describe('a line of short items between list separators', () => {
  it('is a list when three or more short items sit between ";", "/", "//", "|" or "·"', () => {
    expect(separatedList('Old hat / Zara coat (similar here) / thrifted boots')).toBe(true);
    expect(separatedList('Look: Tee, gift; Coat, Monki; Socks, no idea; Bag, Longchamp')).toBe(true);
    expect(separatedList('Mango shirt · COS scarf · vintage belt')).toBe(true);
  });

  it('is no list with two items, a long item or a sentence inside one', () => {
    expect(separatedList('Zara coat / Monki scarf')).toBe(false);
    expect(separatedList('Zara coat / the scarf I bought on a rainy day in March last year / Monki tee')).toBe(false);
    expect(separatedList('I love it. Bought it on sale / Zara coat / Monki tee')).toBe(false);
  });
});

describe('credits in a separated list where most items name no maker', () => {
  it('reads the items that name a maker when the rest are vintage, gifts or unknowns', () => {
    const got = read('<p>Outfit bits: Tee, a gift; Coat, Monki; Socks, no idea; Bag, Longchamp; Belt, found it</p>');
    expect(got).toEqual(
      expect.arrayContaining([
        ['Monki', 'Coat'],
        ['Longchamp', 'Bag'],
      ]),
    );
  });

  it('reads nothing from prose split by semicolons', () => {
    expect(
      read('<p>We walked for hours; the rain never stopped and my Monki coat got soaked; Longchamp bags are fine.</p>'),
    ).toEqual([]);
  });
});

describe('credits with the maker glued to the piece by a slash', () => {
  it('reads "Piece/Maker" items of a comma list', () => {
    expect(read('<p>Coat/Monki, Boots &amp; Skirt/Zara, Knit/Holzweiler, Bag/Longchamp</p>')).toEqual(
      expect.arrayContaining([
        ['Monki', 'Coat'],
        ['Zara', 'Boots'],
        ['Zara', 'Skirt'],
        ['Holzweiler', 'Knit'],
        ['Longchamp', 'Bag'],
      ]),
    );
  });
});
