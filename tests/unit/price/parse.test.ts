import { describe, expect, it } from 'vitest';
import { parsePrice, readPrice } from '@/lib/price';
import { ALL_PARSE_CASES, NOT_PRICES } from './parse-cases';

describe('parsePrice on real-world price strings', () => {
  it('has a broad table', () => {
    expect(ALL_PARSE_CASES.length).toBeGreaterThanOrEqual(250);
  });

  it.each(ALL_PARSE_CASES)('%j → %d %s (default %s)', (text, amount, currency, defaultCurrency) => {
    expect(parsePrice(text, { defaultCurrency })).toEqual({ amount, currency });
  });
});

describe('parsePrice on text that is no product price', () => {
  it.each(NOT_PRICES)('%j → null', (text) => {
    expect(parsePrice(text)).toBeNull();
    expect(parsePrice(text, { defaultCurrency: 'USD' })).toBeNull();
    expect(readPrice(text)).toEqual({ amount: null, currency: null });
  });
});

describe('readPrice', () => {
  it('keeps the amount of a bare number when no currency is known', () => {
    expect(readPrice('165')).toEqual({ amount: 165, currency: null });
    expect(parsePrice('165')).toBeNull();
  });

  it('reads "$" by the default currency only when that is a dollar or peso', () => {
    expect(readPrice('$165', { defaultCurrency: 'CAD' })).toEqual({ amount: 165, currency: 'CAD' });
    expect(readPrice('$165', { defaultCurrency: 'EUR' })).toEqual({ amount: 165, currency: 'USD' });
    expect(readPrice('€165', { defaultCurrency: 'CAD' })).toEqual({ amount: 165, currency: 'EUR' });
  });

  it('ignores a malformed default currency', () => {
    expect(readPrice('$5', { defaultCurrency: 'dollars!' })).toEqual({ amount: 5, currency: 'USD' });
    expect(readPrice('5', { defaultCurrency: 'x' })).toEqual({ amount: 5, currency: null });
  });

  it('reads "kr" as SEK unless the page says NOK, DKK or ISK', () => {
    expect(readPrice('499 kr').currency).toBe('SEK');
    expect(readPrice('499 kr', { defaultCurrency: 'dkk' }).currency).toBe('DKK');
    expect(readPrice('499 kr', { defaultCurrency: 'EUR' }).currency).toBe('SEK');
  });

  it('reads "R" as rand only on South African pages', () => {
    expect(readPrice('R 899')).toEqual({ amount: null, currency: null });
    expect(readPrice('R 899', { defaultCurrency: 'ZAR' }).currency).toBe('ZAR');
  });

  it('rejects numbers that are not plausible prices', () => {
    expect(readPrice('$12.5.2020')).toEqual({ amount: null, currency: null });
    expect(readPrice('1,2345')).toEqual({ amount: null, currency: null });
  });

  it('stays bounded on huge or hostile input', () => {
    const long = '$'.repeat(50_000) + '1'.repeat(50_000);
    expect(() => readPrice(long)).not.toThrow();
    expect(readPrice('<img src=x onerror=alert(1)> $20')).toEqual({ amount: 20, currency: 'USD' });
    expect(readPrice('9'.repeat(400))).toEqual({ amount: null, currency: null });
  });
});
