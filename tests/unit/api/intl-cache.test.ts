import { afterEach, describe, expect, it } from 'vitest';
import { formatDate } from '@/components/format';
import { dayMonth } from '@/components/Sparkline';
import { formatPrice, formatShortPrice } from '@/lib/price/format';

const RealDate = Intl.DateTimeFormat;
const RealNumber = Intl.NumberFormat;
afterEach(() => {
  Intl.DateTimeFormat = RealDate;
  Intl.NumberFormat = RealNumber;
});

/** Counts the formatters built through the global constructor (toLocaleDateString builds its own, uncounted and uncached). */
function counting<T extends new (...a: never[]) => object>(Real: T): { Ctor: T; built: () => number } {
  let n = 0;
  const Ctor = class extends (Real as unknown as new (...a: unknown[]) => object) {
    constructor(...a: unknown[]) {
      super(...a);
      n++;
    }
  } as unknown as T;
  return { Ctor, built: () => n };
}

describe('cached Intl formatters', () => {
  it('builds exactly one date formatter per format for any number of rows, with the text toLocaleDateString gives', () => {
    const c = counting(RealDate);
    Intl.DateTimeFormat = c.Ctor;
    const days = Array.from({ length: 50 }, (_, k) => Date.UTC(2025, 0, 1) + k * 86_400_000 + 7);
    const texts = days.map(formatDate);
    days.forEach(dayMonth);
    expect(c.built()).toBe(2);
    expect(texts[3]).toBe(
      new Date(days[3]!).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' }),
    );
    expect(dayMonth(days[0]!)).toBe(
      new Date(days[0]!).toLocaleDateString(undefined, { day: 'numeric', month: 'short' }),
    );
  });
  it('builds one number formatter per currency and style, and still falls back for an unknown currency', () => {
    const c = counting(RealNumber);
    Intl.NumberFormat = c.Ctor;
    for (let k = 0; k < 50; k++) {
      formatPrice(k + 0.5, 'CHF');
      formatShortPrice(k + 0.25, 'CHF');
    }
    expect(c.built()).toBe(2);
    expect(formatPrice(12, 'ZZZZ')).toBe('12 ZZZZ');
    expect(formatShortPrice(149, 'USD')).toBe(
      new RealNumber(undefined, {
        style: 'currency',
        currency: 'USD',
        minimumFractionDigits: 0,
        maximumFractionDigits: 0,
      }).format(149),
    );
  });
});
