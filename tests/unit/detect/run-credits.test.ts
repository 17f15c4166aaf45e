import { describe, expect, it } from 'vitest';
import { runCredits } from '@/lib/detect/anchors/run-credits';
import { lineCtx } from './helpers';

const ctxOf = (body: string, lang = 'en') => lineCtx(body, lang);

const read = (body: string, lang?: string) =>
  runCredits.detect(ctxOf(body, lang)).map((c) => [c.brand, c.name, c.retailer]);

describe('run-on and loosely joined outfit credits', () => {
  it('splits labels run together without separators', () => {
    expect(read('<p>Shot by my sister. Cardigan: Uniqlo Trousers: Arket Boots: Vagabond</p>')).toEqual(
      expect.arrayContaining([
        ['Uniqlo', 'Cardigan', null],
        ['Arket', 'Trousers', null],
        ['Vagabond', 'Boots', null],
      ]),
    );
  });

  it('splits at "//" without spaces and reads "Scarf and Hat:" as two pieces', () => {
    const got = read('<p>Coat: Mango// Scarf and Hat: Monki// Bag: Longchamp</p>');
    expect(got).toEqual(
      expect.arrayContaining([
        ['Mango', 'Coat', null],
        ['Monki', 'Scarf', null],
        ['Monki', 'Hat', null],
        ['Longchamp', 'Bag', null],
      ]),
    );
  });

  it('drops a lead without a product noun and gift marks around the maker', () => {
    const got = read('<p>I wore: linen dress, Reformation; loafers, courtesy of Sam Edelman; bag, c/o Cuyana</p>');
    expect(got).toEqual(
      expect.arrayContaining([
        ['Reformation', 'linen dress', null],
        ['Sam Edelman', 'loafers', null],
        ['Cuyana', 'bag', null],
      ]),
    );
  });

  it('reads " - " credits and two shops credited for one piece', () => {
    const got = read('<p>Jacket - Topshop; Earrings - Monki &amp; Zara; Shoes - Vagabond</p>');
    expect(got).toEqual(
      expect.arrayContaining([
        ['Topshop', 'Jacket', null],
        ['Monki', 'Earrings', null],
        ['Zara', 'Earrings', null],
      ]),
    );
  });

  it('reads sentence-separated credits in a paragraph', () => {
    const got = read('<p>Lys genser: Lindex. Mørke jeans: Zara. Joggesko: Nike.</p>', 'nb');
    expect(got.map((g) => g[0])).toEqual(['Lindex', 'Zara', 'Nike']);
  });

  it('does not split a photo caption at sentence ends (a red-carpet report)', () => {
    expect(
      read('<figure><figcaption>Gown: Valentino. Heels: Gucci. Photo: Press Agency</figcaption></figure>'),
    ).toEqual([]);
  });

  it('reads noun-first credits closed by a known maker', () => {
    const got = read('<p>Camicia bianca Zara, pantaloni Mango, occhiali Ray-Ban.</p>', 'it');
    expect(got).toEqual(
      expect.arrayContaining([
        ['Zara', 'Camicia bianca', null],
        ['Mango', 'pantaloni', null],
      ]),
    );
  });

  it('reads "noun de Maker" prose credits and drops the subject and its verb', () => {
    const got = read('<p>Ana lleva falda de Mango, blusa de Zara y botas de Uterqüe.</p>', 'es');
    expect(got).toEqual(
      expect.arrayContaining([
        ['Mango', 'falda', null],
        ['Zara', 'blusa', null],
      ]),
    );
  });

  it('reads "a piece from the Maker" picks listed in English prose, without articles', () => {
    const got = read(
      '<p>My sale haul: a corduroy jacket from the Gap, then a wool scarf from Uniqlo, a pair of gloves from ' +
        'Arket and some tea. Happy.</p>',
    );
    expect(got).toEqual(
      expect.arrayContaining([
        ['Gap', 'corduroy jacket', null],
        ['Uniqlo', 'wool scarf', null],
        ['Arket', 'gloves', null],
      ]),
    );
  });

  it('keeps a shop credited as the maker (its own label): the scorer decides', () => {
    expect(read('<p>Coat: Mango | Skirt: ASOS | Boots: Vagabond</p>')).toContainEqual(['ASOS', 'Skirt', null]);
  });

  it('splits labelled credits at a dash before the next label, several pieces to one label', () => {
    const got = read('<p>Cardigan, Tee &amp; Jeans: Arket - Boots &amp; Belt: Vagabond - Scarf: Monki</p>');
    expect(got).toEqual(
      expect.arrayContaining([
        ['Arket', 'Cardigan', null],
        ['Arket', 'Tee', null],
        ['Arket', 'Jeans', null],
        ['Vagabond', 'Boots', null],
        ['Vagabond', 'Belt', null],
        ['Monki', 'Scarf', null],
      ]),
    );
    expect(got.map((g) => g[0])).not.toContain('Arket - Boots');
  });

  it('shares a maker back over a comma series that ends in "and"', () => {
    const got = read(
      '<figure><figcaption>Jupe, chemise et foulard Sessùn, mocassins Minelli</figcaption></figure>',
      'fr',
    );
    expect(got).toEqual([
      ['Sessùn', 'Jupe', null],
      ['Sessùn', 'chemise', null],
      ['Sessùn', 'foulard', null],
      ['Minelli', 'mocassins', null],
    ]);
  });

  it('reads pieces listed before their one maker after the last comma', () => {
    const got = read('<figure><figcaption>Chemise, jean et bottines, Arket</figcaption></figure>', 'fr');
    expect(got.map((g) => [g[0], g[1]])).toEqual([
      ['Arket', 'Chemise'],
      ['Arket', 'jean'],
      ['Arket', 'bottines'],
    ]);
  });

  it('reads an unknown maker after its piece among pieces credited to known makers', () => {
    const got = read('<p>Takki Pikku Myyrä, housut Arket, kengät Vagabond.</p>', 'fi');
    expect(got).toContainEqual(['Pikku Myyrä', 'Takki', null]);
  });

  it('counts pieces that share a maker towards a caption list, an unknown maker after a single known one', () => {
    const got = read(
      '<figure><figcaption>Jupe, gilet et chapeau Sessùn, sac Atelier Nour, mocassins Minelli, foulard</figcaption></figure>',
      'fr',
    );
    expect(got).toEqual([
      ['Sessùn', 'Jupe', null],
      ['Sessùn', 'gilet', null],
      ['Sessùn', 'chapeau', null],
      ['Atelier Nour', 'sac', null],
      ['Minelli', 'mocassins', null],
    ]);
  });

  it('does not end a sentence at "Mrs." inside a maker', () => {
    const got = read('<p>Coat: Mrs. Bright. Jeans: Arket. Boots: Vagabond.</p>');
    expect(got).toContainEqual(['Mrs. Bright', 'Coat', null]);
  });

  it('takes no place after a preposition for an unknown maker', () => {
    const got = read('<p>Mantel Arket, Stiefel Vagabond, Handschuhe vom Flohmarkt.</p>', 'de');
    expect(got.map((g) => g[0])).not.toContain('Flohmarkt');
  });

  it('leaves one clause of prose alone', () => {
    expect(read('<p>She wore a Chanel dress to the party, and her sister chose a gown by Dior.</p>')).toEqual([]);
  });
});

describe('a credit lead repeated in its own credit', () => {
  it('reads the credit once and ends (a repeated lead used to recurse until the stack ran out)', () => {
    // The lead ("…shopping? Yes") ends with words the credit after it starts with.
    expect(() => read('<p>What beats a day of shopping? Yes: a day of shopping | Jeans: Arket</p>')).not.toThrow();
    expect(read('<p>What beats a day of shopping? Yes: a day of shopping | Jeans: Arket</p>')).toEqual([]);
  });
});
