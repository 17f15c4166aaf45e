import { describe, expect, it } from 'vitest';
import { makerNoun } from '@/lib/detect/anchors/maker-noun';
import { lineCtx } from './helpers';

const read = (body: string, lang = 'en') => makerNoun.detect(lineCtx(body, lang)).map((c) => [c.brand, c.name]);

describe('a known maker next to a plain product noun in the writer’s own sentence', () => {
  it('reads the maker before the noun after a count, an article or a possessive', () => {
    expect(read('<p>I picked up two Uniqlo scarves and a Zara blazer on the way home.</p>')).toEqual([
      ['Uniqlo', 'scarves'],
      ['Zara', 'blazer'],
    ]);
    expect(read('<p>My Everlane backpack goes everywhere with me.</p>')).toEqual([['Everlane', 'backpack']]);
  });

  it('reads a maker joined to its noun by a hyphen, and a maker after the noun in French', () => {
    expect(read('<p>Endlich habe ich meine neuen Adidas-Sneaker bekommen.</p>', 'de')).toEqual([['Adidas', 'Sneaker']]);
    expect(read('<p>Cet hiver, je porte ce manteau noir Sandro tous les jours.</p>', 'fr')).toEqual([
      ['Sandro', 'manteau noir'],
    ]);
  });

  it('leaves reports in the third person, clauses after the maker and priced lines alone', () => {
    expect(read('<p>Her co-star wore a Prada suit and a Cartier watch.</p>')).toEqual([]);
    expect(read('<p>I hear the JW Anderson sent out knitwear shaped like sculpture.</p>')).toEqual([]);
    expect(read('<p>My Uniqlo jacket cost $50.</p>')).toEqual([]);
  });

  it('reads a run of maker-and-noun credits without a first-person word, but not one pair alone', () => {
    expect(read('<p>Mango blazer. Uniqlo sweater, Zara skirt</p>')).toEqual([
      ['Mango', 'blazer'],
      ['Uniqlo', 'sweater'],
      ['Zara', 'skirt'],
    ]);
    expect(read('<p>The Zara blazer sold out within hours, the company said.</p>')).toEqual([]);
  });

  it('reads two pieces of one maker joined by "and" in a credit run, each as a piece of its own', () => {
    expect(read('<p>Vintage hat – Mango shirt and trousers – Zara shoes</p>')).toEqual([
      ['Mango', 'shirt'],
      ['Mango', 'trousers'],
      ['Zara', 'shoes'],
    ]);
    expect(read('<p>Uniqlo broek en jas / Zara laarzen</p>', 'nl')).toEqual([
      ['Uniqlo', 'broek'],
      ['Uniqlo', 'jas'],
      ['Zara', 'laarzen'],
    ]);
  });

  it('keeps a piece after "and" out when a clause runs on after it or the pair stands alone in a report', () => {
    expect(read('<p>Her co-star wore a Prada suit and shoes to the premiere.</p>')).toEqual([]);
    expect(read('<p>My Mango shirt and jeans looked great together.</p>')).toEqual([['Mango', 'shirt']]);
  });
});
