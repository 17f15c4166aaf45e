import { describe, expect, it } from 'vitest';
import { readAmount } from '@/lib/price';

describe('readAmount', () => {
  it.each([
    ['165', null, 165],
    ['1,299', null, 1299],
    ['1.299', 'EUR', 1299],
    ['1.299', 'USD', 1299],
    ['12,95', 'EUR', 12.95],
    ['12,34', null, 12.34],
    ['12.5', null, 12.5],
    ['1.299,00', 'EUR', 1299],
    ['1,299.00', 'USD', 1299],
    ['1.234.567,89', 'EUR', 1234567.89],
    ['1,234,567', 'USD', 1234567],
    ["1'234.50", 'CHF', 1234.5],
    ['1’234', 'CHF', 1234],
    ['1 299,00', 'EUR', 1299],
    ['1\u00a0299', 'SEK', 1299],
    ['1\u202f299,50', 'EUR', 1299.5],
    ['1,23,456', 'INR', 123456],
    ['12,34,567.50', 'INR', 1234567.5],
    ['2.449', 'ARS', 2449],
    ['0.500', 'USD', 0.5],
    ['12.500', 'KWD', 12.5],
    ['12,500', 'KWD', 12500],
    ['29,-', 'EUR', 29],
    ['1.234,–', 'EUR', 1234],
    ['49.—', 'CHF', 49],
    ['499:-', 'SEK', 499],
  ] as const)('%s (%s) → %d', (raw, currency, expected) => {
    expect(readAmount(raw, currency)).toBe(expected);
  });

  it.each(['12.5.2020', '1,2345', '1.23.456', '1,2,3', '99999,999,999', '9'.repeat(30)])(
    'rejects implausible grouping %s',
    (raw) => {
      expect(readAmount(raw, null)).toBeNull();
    },
  );
});
