import { describe, expect, it } from 'vitest';
import { brandVariants } from '@/lib/detect/brand-variants';
import type { Candidate } from '@/lib/detect/context';
import { tidyRoles } from '@/lib/detect/roles';

const cand = (name: string, brand: string | null = null, priced = true): Candidate => ({
  brand,
  name,
  price: priced ? { amount: 40, currency: 'USD' } : null,
  retailer: null,
  url: null,
  element: {} as Element,
  claims: [{ i: 0, s: 0, e: 10 }],
  score: 0,
  format: 'anchor-line',
});

const readings = (name: string) => brandVariants(cand(name)).map((c) => [c.alt, c.brand, c.name]);

describe('other readings of the maker for a brandless priced candidate', () => {
  it('reads an unknown capitalised lead as the maker', () => {
    expect(readings('Quillby Travel Wash Bag')).toContainEqual(['lead', 'Quillby', 'Travel Wash Bag']);
    expect(readings('Harrow Pike “Field” waxed jacket')).toContainEqual([
      'lead',
      'Harrow Pike',
      '“Field” waxed jacket',
    ]);
    expect(readings('Harrow Pike Waxed Field Jacket').map((g) => g[1])).not.toContain('Harrow Pike');
  });

  it('reads a maker closing a shop title, before a model code and after "de"/"from"', () => {
    expect(readings('Akku Heckenschere 18 V Gartlund HS1820')).toContainEqual([
      'tail',
      'Gartlund',
      'Akku Heckenschere 18 V HS1820',
    ]);
    expect(readings('Chaqueta de lana de Pernía')).toContainEqual(['tail', 'Pernía', 'Chaqueta de lana']);
    expect(readings('Glass carafe from Vellby')).toContainEqual(['tail', 'Vellby', 'Glass carafe']);
  });

  it('reads a maker handed over after the piece, with the small words a trading name holds', () => {
    expect(readings('Silver hoop earrings, House of Wren')).toContainEqual([
      'tail',
      'House of Wren',
      'Silver hoop earrings',
    ]);
    expect(readings('pleated skirt by Harrow Pike Outfitters, Leeds')).toContainEqual([
      'tail',
      'Harrow Pike Outfitters',
      'pleated skirt',
    ]);
    expect(readings('Knitted jumper ‘Otto’ by Keeper of the Loom')).toContainEqual([
      'tail',
      'Keeper of the Loom',
      'Knitted jumper ‘Otto’',
    ]);
    expect(readings("Tall vase from Vellby's glassworks")).toContainEqual(['tail', 'Vellby', 'Tall vase']);
  });

  it('hands over no maker after a phrase that names no product, nor a run closing on a small word', () => {
    expect(readings('Out now, House of Wren').map((g) => g[1])).not.toContain('House of Wren');
    expect(readings('Silver hoop earrings, Friends of the').map((g) => g[1])).not.toContain('Friends of the');
  });

  it('never reads a function word, a product noun or a label as the maker', () => {
    const got = [...readings('The Linen Shirt'), ...readings('Dress In Blue Stripes'), ...readings('Price Now Only')];
    expect(got.map((g) => g[1])).not.toContain('The');
    expect(got.map((g) => g[1])).not.toContain('Dress');
    expect(got.map((g) => g[1])).not.toContain('Price');
  });

  it('keeps no fragment as the name left over', () => {
    const got = readings('Travel Cubes Pellmore (Set of 4)');
    expect(got.map((g) => g[2])).not.toContain('of 4)');
    expect(readings('Quillby Studios').filter((g) => g[0] === 'lead')).toEqual([]);
  });

  it('drops an unclosed bracket the line closes after the price from the name', () => {
    expect(tidyRoles(cand('The Harbour Mule di Quillby (prezzo', 'Quillby'))?.name).toBe('The Harbour Mule di Quillby');
  });

  it('drops the empty brackets a price left, and a collaborator read as the name', () => {
    expect(tidyRoles(cand('Field Parka ()', 'Quillby'))?.name).toBe('Field Parka');
    expect(tidyRoles(cand('& Harrow Pike', 'Quillby'))).toBeNull();
  });

  it('reads a maker joined by a sign as one trading name, and never leaves the sign opening the name', () => {
    expect(readings('Wren & Moss make-up bag')).toContainEqual(['lead', 'Wren & Moss', 'make-up bag']);
    expect(readings('Pell + Dune Glycolic Night Peel')).toContainEqual(['lead', 'Pell + Dune', 'Glycolic Night Peel']);
    expect(readings('Tomas Vell x Quillby Field Runner “Oat”')).toContainEqual([
      'lead',
      'Tomas Vell x Quillby',
      'Field Runner “Oat”',
    ]);
    const names = [...readings('Wren & Moss make-up bag'), ...readings('Pell + Dune Glycolic Night Peel')].map(
      (g) => g[2],
    );
    expect(names.filter((n) => /^[&+x]\s/.test(String(n)))).toEqual([]);
  });

  it('reads the words the link address spells as the maker, even before a title-case name', () => {
    const linked = { ...cand('Harrow Pike Loves Army Jacket'), url: 'https://www.harrowpike.co.uk/army-jacket' };
    expect(brandVariants(linked).map((c) => [c.brand, c.name])).toContainEqual(['Harrow Pike', 'Loves Army Jacket']);
    expect(readings('Harrow Pike Loves Army Jacket').map((g) => g[1])).not.toContain('Harrow Pike');
  });

  it('keeps a capital "The" inside the name with the maker closing it', () => {
    expect(readings('Trencz The Vellby')).toContainEqual(['tail', 'The Vellby', 'Trencz']);
    expect(readings('Cappotto lungo The Quillby Studio')).toContainEqual([
      'tail',
      'The Quillby Studio',
      'Cappotto lungo',
    ]);
    expect(readings('Trencz The Vellby').map((g) => g[2])).not.toContain('Trencz The');
  });

  it('reads no colour opening the name as its maker, in any language', () => {
    for (const name of ['Purple Tea for One mug', 'Yellow Puffer Coat', 'Schwarz Lederjacke kurz', 'Rosso Abito lungo'])
      expect(
        readings(name)
          .filter((g) => g[0] === 'lead')
          .map((g) => g[1]),
      ).toEqual([]);
    expect(readings('Red Quillby wrap dress')).toContainEqual(['lead', 'Red Quillby', 'wrap dress']);
  });

  it('leaves candidates that have a maker, or no price, alone', () => {
    expect(brandVariants(cand('Quillby Travel Wash Bag', 'Quillby'))).toEqual([]);
    expect(brandVariants(cand('Quillby Travel Wash Bag', null, false))).toEqual([]);
  });
});
