import { describe, expect, it } from 'vitest';
import { findPrices, parsePrice, readPrice } from '@/lib/price';

/** Each match as [the text it covers, amount, currency]. */
function found(text: string): [string, number, string | null][] {
  return findPrices(text).map((m) => [text.slice(m.start, m.end), m.amount, m.currency]);
}

describe('amounts scaled by a magnitude word', () => {
  it.each([
    // Glued forms, already left out before spaced forms were handled: the spaced ones must match them.
    '£1billion',
    '€5.4bn',
    '$30k',
    '£1.2k',
    'from $2m',
    // Spaced forms, English.
    '$2 billion',
    '$1.6 million',
    '€ 2 million',
    'US$2.5 trillion',
    '$50 thousand',
    '£3 bn',
    '$4 mn',
    '$5 m',
    '$30 k',
    // Indian numbering.
    'Rs 1.5 lakh crore',
    'Rs 50 crore',
    'Rs 1,50,000 crore',
    '₹50 cr',
    '₹2 lakhs',
    // French and German.
    "2 millions d'euros",
    '1,5 milliard de dollars',
    '5 M€',
    '3 Md€',
    '5 Mio. €',
    'EUR 5 Mio.',
    '1,5 Mrd. Euro',
    '2,3 Milliarden Euro',
    '10 Millionen Dollar',
  ])('%j holds no product price', (text) => {
    expect(findPrices(text)).toEqual([]);
    expect(readPrice(text)).toEqual({ amount: null, currency: null });
    expect(parsePrice(text, { defaultCurrency: 'USD' })).toBeNull();
  });

  it('leaves out both ends of a range whose magnitude is written once', () => {
    for (const text of ['$2-3 billion', '$1.5-2bn', 'between $2 and $3 million', '€2 à 3 milliards', '$2 to $3bn']) {
      expect(findPrices(text), text).toEqual([]);
    }
  });

  it('skips news amounts in running text but keeps the product prices beside them', () => {
    const text = 'The label, valued at $5 billion after a $1.6 million seed round, sells its Mini bag for $1,200.';
    expect(found(text)).toEqual([['$1,200', 1200, 'USD']]);
    expect(found('He bought a $5 million mansion; the coat is $895')).toEqual([['$895', 895, 'USD']]);
    expect(found('Revenue hit Rs 50 crore. Kurta, Rs 1,999 at Fabindia')).toEqual([['Rs 1,999', 1999, 'INR']]);
  });

  it('does not take sizes, names or units after a price for a magnitude', () => {
    expect(found('$1,200 Mini bag')).toEqual([['$1,200', 1200, 'USD']]);
    expect(found('Tee, $45 M or L')).toEqual([['$45', 45, 'USD']]);
    expect(found('$50 K-Swiss sneakers')).toEqual([['$50', 50, 'USD']]);
    expect(found('Millie dress $120, Milla top $60')).toEqual([
      ['$120', 120, 'USD'],
      ['$60', 60, 'USD'],
    ]);
    expect(parsePrice('Rs 1,999')).toEqual({ amount: 1999, currency: 'INR' });
    expect(parsePrice('€ 2 millions')).toBeNull();
  });
});
