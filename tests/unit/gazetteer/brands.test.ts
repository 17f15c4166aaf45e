import { describe, expect, it } from 'vitest';
import { allBrandNames, findBrands, lookupBrand, matchBrandPrefix } from '@/lib/gazetteer';

describe('lookupBrand', () => {
  it('finds brands by canonical name, alias and accent variant', () => {
    expect(lookupBrand('Chloé')).toEqual({ name: 'Chloé', ambiguous: false });
    expect(lookupBrand('chloe')?.name).toBe('Chloé');
    expect(lookupBrand('Dolce and Gabbana')?.name).toBe('Dolce & Gabbana');
    expect(lookupBrand('D&G')?.name).toBe('Dolce & Gabbana');
    expect(lookupBrand('M&S')?.name).toBe('Marks & Spencer');
    expect(lookupBrand('Marks and Spencer')?.name).toBe('Marks & Spencer');
    expect(lookupBrand('YSL')?.name).toBe('Yves Saint Laurent');
    expect(lookupBrand('Saint Laurent')?.name).toBe('Yves Saint Laurent');
  });

  it('knows the brands the brief names', () => {
    for (const name of [
      'Zac Zac Posen',
      'Mansur Gavriel',
      'Sophie Hulme',
      'Little Liffner',
      'Brother Vellies',
      'Cult Gaia',
      'Shrimps',
      'Hayward',
      'Sensi Studio',
      'Simon Miller',
      'Mackage',
      'Faith',
      'Topshop',
      'Theory',
      'Mango',
      'Zara',
      'Free People',
      'Furla',
    ]) {
      expect(lookupBrand(name)?.name, name).toBe(name);
    }
  });

  it('flags brand names that are everyday words', () => {
    for (const word of ['Theory', 'Faith', 'Mango', 'Coach', 'Gap', 'Next', 'Guess', 'Express', 'Monday', 'Essence']) {
      expect(lookupBrand(word)?.ambiguous, word).toBe(true);
    }
    expect(lookupBrand('Everlane')?.ambiguous).toBe(false);
    expect(lookupBrand('Ganni')?.ambiguous).toBe(false);
  });

  it('keeps an alias ambiguous even when the full name is not', () => {
    expect(lookupBrand('MAC')).toEqual({ name: 'MAC Cosmetics', ambiguous: true });
    expect(lookupBrand('MAC Cosmetics')).toEqual({ name: 'MAC Cosmetics', ambiguous: false });
  });

  it('answers to derived variants: generic tails and one-word spellings', () => {
    expect(lookupBrand('Jo Malone')?.name).toBe('Jo Malone London');
    expect(lookupBrand('Sézane Paris')?.name).toBe('Sézane');
    expect(lookupBrand('Rayban')?.name).toBe('Ray-Ban');
    // A generic tail cut down to one word may be an everyday word.
    expect(lookupBrand('Rare')).toEqual({ name: 'Rare Beauty', ambiguous: true });
  });

  it('tolerates curly apostrophes, hyphens and odd spacing', () => {
    expect(lookupBrand('Levi’s')?.name).toBe("Levi's");
    expect(lookupBrand('  levis ')?.name).toBe("Levi's");
    expect(lookupBrand('Off White')?.name).toBe('Off-White');
    expect(lookupBrand('Dr Martens')?.name).toBe('Dr. Martens');
  });

  it('returns null for non-brands and bad input', () => {
    expect(lookupBrand('Linen midi dress')).toBeNull();
    expect(lookupBrand('')).toBeNull();
    expect(lookupBrand('Zara '.repeat(100))).toBeNull();
    expect(lookupBrand(undefined as unknown as string)).toBeNull();
  });
});

describe('matchBrandPrefix', () => {
  it('measures the brand in original characters', () => {
    expect(matchBrandPrefix('Simon Miller Nubuck Bonsai')).toEqual({
      name: 'Simon Miller',
      ambiguous: false,
      length: 12,
    });
    const text = 'Chloé Woody tote';
    const hit = matchBrandPrefix(text);
    expect(hit?.name).toBe('Chloé');
    expect(text.slice(0, hit!.length)).toBe('Chloé');
  });

  it('prefers the longest brand', () => {
    expect(matchBrandPrefix('Zac Zac Posen sequin dress')?.name).toBe('Zac Zac Posen');
    expect(matchBrandPrefix('Zac Posen gown')?.name).toBe('Zac Posen');
    expect(matchBrandPrefix('Michael Michael Kors tote')?.name).toBe('Michael Michael Kors');
  });

  it('requires a word boundary after the brand', () => {
    expect(matchBrandPrefix('Zaragoza guide')).toBeNull();
    expect(matchBrandPrefix('Zara-esque blazer')?.name).toBe('Zara');
  });

  it('skips leading spaces and counts them in length', () => {
    const text = '  Dolce & Gabbana bag';
    const hit = matchBrandPrefix(text);
    expect(hit?.name).toBe('Dolce & Gabbana');
    expect(text.slice(0, hit!.length).trim()).toBe('Dolce & Gabbana');
  });

  it('handles accents written with combining marks', () => {
    const text = 'Se\u0301zane Gaspard cardigan';
    expect(matchBrandPrefix(text)).toEqual({ name: 'Sézane', ambiguous: false, length: 7 });
  });

  it('returns null when the text does not start with a brand', () => {
    expect(matchBrandPrefix('The linen dress by Zara')).toBeNull();
    expect(matchBrandPrefix('')).toBeNull();
  });
});

describe('findBrands', () => {
  it('finds every brand with spans into the original text', () => {
    const text = 'I wore Mansur Gavriel’s bucket bag with Simon Miller jeans and Dr. Martens.';
    const found = findBrands(text);
    expect(found.map((f) => f.name)).toEqual(['Mansur Gavriel', 'Simon Miller', 'Dr. Martens']);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['Mansur Gavriel', 'Simon Miller', 'Dr. Martens']);
  });

  it('takes the longest match and never overlaps', () => {
    const found = findBrands('Zac Zac Posen and Michael Michael Kors');
    expect(found.map((f) => f.name)).toEqual(['Zac Zac Posen', 'Michael Michael Kors']);
  });

  it('marks ambiguous brands so callers can demand more evidence', () => {
    const found = findBrands('A mango smoothie and a Ganni dress');
    expect(found).toEqual([
      { name: 'Mango', ambiguous: true, start: 2, end: 7 },
      { name: 'Ganni', ambiguous: false, start: 23, end: 28 },
    ]);
  });

  it('does not read everyday words as brands glued from short parts', () => {
    expect(lookupBrand('lining')).toBeNull();
    expect(findBrands('a silk lining and a Li-Ning trainer').map((f) => f.name)).toEqual(['Li-Ning']);
  });

  it('does not join a multi-word name across phrase punctuation', () => {
    expect(findBrands('Simon, Miller said').map((f) => f.name)).not.toContain('Simon Miller');
  });

  it('matches names written with & or "and"', () => {
    expect(findBrands('shop Marks and Spencer now').map((f) => f.name)).toEqual(['Marks & Spencer']);
  });

  it('copes with empty, huge and non-string input', () => {
    expect(findBrands('')).toEqual([]);
    expect(findBrands(null as unknown as string)).toEqual([]);
    const big = 'Plain words about linen and wool, nothing else. '.repeat(2500) + 'Finally a Khaite coat.';
    expect(big.length).toBeGreaterThan(100_000);
    expect(findBrands(big).map((f) => f.name)).toEqual(['Khaite']);
  });
});

describe('brand data', () => {
  it('holds at least 2,000 distinct brands', () => {
    const names = allBrandNames();
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(2000);
  });

  it('resolves every canonical name to itself', () => {
    for (const name of allBrandNames()) expect(lookupBrand(name)?.name, name).toBe(name);
  });
});
