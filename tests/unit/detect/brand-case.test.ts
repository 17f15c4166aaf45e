import { describe, expect, it } from 'vitest';
import { brandAsKnown } from '@/lib/detect/brand-case';

describe('a maker inflected by the page language', () => {
  it('reads Finnish case endings and a Nordic genitive off a known maker', () => {
    expect(brandAsKnown('Zaralta', null, 'fi')).toBe('Zara');
    expect(brandAsKnown('H&M:n', null, 'fi')).toBe('H&M');
    expect(brandAsKnown('Zaras', null, 'sv')).toBe('Zara');
  });
  it('leaves unknown makers, known spellings and pages in other languages alone', () => {
    expect(brandAsKnown('Korpelan', null, 'fi')).toBe('Korpelan');
    expect(brandAsKnown('Zaras', null, 'en')).toBe('Zaras');
    expect(brandAsKnown('Adidas', null, 'sv')).toBe('Adidas');
  });
  it('takes the shop whole when the maker is its name cut before the possessive', () => {
    expect(brandAsKnown('Fenwick', "Fenwick's Yard", 'en')).toBe("Fenwick's Yard");
    expect(brandAsKnown('Fenwick', 'Fenwick Yard', 'en')).toBe('Fenwick');
  });
});
