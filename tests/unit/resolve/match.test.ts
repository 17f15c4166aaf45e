// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compareListing, isSameProduct, looksLikeProduct, nameSimilarity, sameBrand } from '@/lib/resolve/match';
import { keyTokens } from '@/lib/resolve/tokens';

const listing = (title: string | null, brand: string | null = null) => ({ title, brand });

describe('keyTokens', () => {
  it('folds accents, case, apostrophes and "&", drops stop words and plurals', () => {
    expect(keyTokens('Rigid Printed Minaudière')).toEqual(['rigid', 'printed', 'minaudiere']);
    expect(keyTokens("Gaia's Ark Mini in Natural")).toEqual(['gaia', 'ark', 'mini', 'natural']);
    expect(keyTokens('Bags & Shoes for the Weekend')).toEqual(['bag', 'shoe', 'weekend']);
    expect(keyTokens('Dress')).toEqual(['dress']);
  });
});

describe('sameBrand', () => {
  it('matches spellings of one house', () => {
    expect(sameBrand('Zac Zac Posen', 'ZAC Zac Posen')).toBe(true);
    expect(sameBrand('Chloé', 'CHLOE')).toBe(true);
    expect(sameBrand('Mansur Gavriel', 'Mansur Gavriel Inc')).toBe(true);
    expect(sameBrand('A.P.C.', 'APC')).toBe(false);
    expect(sameBrand('Theory', 'The Row')).toBe(false);
    expect(sameBrand('', 'Zara')).toBe(false);
  });
});

describe('nameSimilarity', () => {
  it('is 1 for the same words in any order and 0 for none shared', () => {
    expect(nameSimilarity(keyTokens('Antonia Cream Bag'), keyTokens('Antonia Bag Cream'))).toBe(1);
    expect(nameSimilarity(keyTokens('Antonia Bag'), keyTokens('Lady Tote'))).toBe(0);
  });

  it('treats a compound written apart as the same word', () => {
    expect(nameSimilarity(keyTokens('Mini Buckle Cross Body Bag'), keyTokens('Mini Buckle Crossbody Bag'))).toBe(1);
  });
});

describe('isSameProduct', () => {
  const q = { brand: 'Theory', name: 'Post Small Leather-Trimmed Satin Pouch' };

  it('accepts the product under the shop’s own title and brand casing', () => {
    expect(isSameProduct(q, listing('Post small leather-trimmed satin pouch', 'THEORY'), 'link')).toBe(true);
    expect(isSameProduct(q, listing('Theory Post small leather-trimmed satin pouch'), 'search')).toBe(true);
  });

  it('accepts a shop that retitled the product when the brand confirms it (link only)', () => {
    const m = { brand: 'Mansur Gavriel', name: 'Mini Mini Calf Leather Sun Bag' };
    expect(isSameProduct(m, listing('Mini Mini Sun Bag', 'Mansur Gavriel'), 'link')).toBe(true);
  });

  it('rejects another brand even with the same words', () => {
    expect(isSameProduct(q, listing('Post small leather-trimmed satin pouch', 'The Row'), 'link')).toBe(false);
  });

  it('rejects a page that shares only generic words', () => {
    expect(isSameProduct({ brand: 'Staud', name: 'Old Bag' }, listing('Bags'), 'link')).toBe(false);
    expect(isSameProduct(q, listing('Designer Clothing, Shoes & Bags for Women'), 'link')).toBe(false);
  });

  it('asks more of a search result than of the article’s own link', () => {
    const m = { brand: 'Zac Zac Posen', name: 'Eartha Hex Floral Kit Mini Top Handle' };
    const l = listing('Eartha Top Handle Bag', 'ZAC Zac Posen');
    expect(isSameProduct(m, l, 'link')).toBe(true);
    expect(isSameProduct(m, l, 'search')).toBe(false);
  });

  it('takes a search result in another colour for another product', () => {
    const m = { brand: 'Sophie Hulme', name: 'Black Nano Milner Crossbody Bag' };
    expect(isSameProduct(m, listing('Yellow Nano Milner Crossbody Bag', 'Sophie Hulme'), 'search')).toBe(false);
    expect(isSameProduct(m, listing('Nano Milner Crossbody Bag', 'Sophie Hulme'), 'search')).toBe(true);
    expect(isSameProduct(m, listing('Yellow Nano Milner Crossbody Bag', 'Sophie Hulme'), 'link')).toBe(true);
  });

  it('wants more name agreement from a search result that names no brand', () => {
    const m = { brand: 'Sophie Hulme', name: 'Yellow Mini Moon Crossbody Bag' };
    expect(compareListing(m, listing('Yellow Mini Moon Crossbody Bag', 'Staud')).brand).toBe(false);
    expect(isSameProduct(m, listing('Yellow Moon Crossbody'), 'search')).toBe(false);
    expect(isSameProduct(m, listing('Yellow Mini Moon Crossbody Bag'), 'search')).toBe(true);
  });
});

describe('looksLikeProduct', () => {
  const empty = { title: null, brand: null, price: null, currency: null, availability: null, image: null, url: null };
  it('needs a price or a title', () => {
    expect(looksLikeProduct(null)).toBe(false);
    expect(looksLikeProduct(empty)).toBe(false);
    expect(looksLikeProduct({ ...empty, title: '  ' })).toBe(false);
    expect(looksLikeProduct({ ...empty, price: 10 })).toBe(true);
    expect(looksLikeProduct({ ...empty, title: 'Bag' })).toBe(true);
  });
});
