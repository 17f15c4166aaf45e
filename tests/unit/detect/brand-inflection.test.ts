import { describe, expect, it } from 'vitest';
import { uninflectedMaker, withUninflectedMaker } from '@/lib/detect/brand-inflection';
import { brandVariants } from '@/lib/detect/brand-variants';
import type { Candidate } from '@/lib/detect/context';
import { tidyRoles } from '@/lib/detect/roles';

const cand = (name: string, brand: string | null = null): Candidate => ({
  brand,
  name,
  price: { amount: 30800, currency: 'JPY' },
  retailer: null,
  url: null,
  element: {} as Element,
  claims: [{ i: 0, s: 0, e: 10 }],
  score: 0,
  format: 'caption',
});

describe('a maker the page declined', () => {
  it('reads Polish case endings back to the label the gazetteer knows', () => {
    expect(uninflectedMaker('Balenciagi', 'pl-PL')).toBe('Balenciaga');
    expect(uninflectedMaker('Zary', 'pl')).toBe('Zara');
    expect(uninflectedMaker('Gucciego', 'pl')).toBe('Gucci');
    expect(uninflectedMaker('Calvina Kleina', 'pl')).toBe('Calvin Klein');
  });

  it('reads Finnish and Nordic genitives back', () => {
    expect(uninflectedMaker('Zaran', 'fi-FI')).toBe('Zara');
    expect(uninflectedMaker('H&M:n', 'fi')).toBe('H&M');
    expect(uninflectedMaker('H&M:s', 'sv-SE')).toBe('H&M');
  });

  it('keeps a known maker, an unknown one, and every maker on pages in other languages', () => {
    expect(uninflectedMaker('Prada', 'pl')).toBe('Prada');
    expect(uninflectedMaker('Vans', 'sv')).toBe('Vans');
    expect(uninflectedMaker('Kwiatkowski', 'pl')).toBe('Kwiatkowski');
    expect(uninflectedMaker('Balenciagi', 'en')).toBe('Balenciagi');
    expect(withUninflectedMaker(cand('płaszcz'), 'pl').brand).toBeNull();
    expect(withUninflectedMaker(cand('płaszcz', 'Balenciagi'), 'pl').brand).toBe('Balenciaga');
  });
});

describe('separators left at the end of a credit', () => {
  it('leave the piece when the maker is read off after a slash', () => {
    expect(tidyRoles(cand('シャツ /', 'COOHEM'))?.name).toBe('シャツ');
    expect(tidyRoles(cand('シューズ／', 'UGG'))?.name).toBe('シューズ');
    expect(tidyRoles(cand('paljettilaukku - *', 'Part Two'))?.name).toBe('paljettilaukku');
    expect(brandVariants(cand('Knit / COOHEM')).map((c) => [c.brand, c.name])).toContainEqual(['COOHEM', 'Knit']);
  });
});
