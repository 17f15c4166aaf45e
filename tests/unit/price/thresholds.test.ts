import { describe, expect, it } from 'vitest';
import { findPrices, parsePrice } from '@/lib/price';

/** Each match as [the text it covers, role]. */
function found(text: string): [string, string][] {
  return findPrices(text).map((m) => [text.slice(m.start, m.end), m.role]);
}

describe('basket thresholds and payment terms are not product prices', () => {
  it.each([
    'Afterpay available for orders between $35 - $1,000',
    'Klarna is offered on purchases between £30 and £1,000',
    'Free shipping on orders over $50',
    'Free returns on orders $50+',
    'Free delivery on orders of $75+',
    'Spend $100 get $20',
    'Save €20 on €100',
    'Save 15% on €150',
    '€10 off €50',
    '$20 off orders over $100',
    'Get $25 off on $150 or more',
  ])('%j', (text) => {
    expect(findPrices(text)).toEqual([]);
    expect(parsePrice(text)).toBeNull();
  });
});

describe('real prices beside thresholds still read', () => {
  it.each([
    ['Mini bag, $1,200. Free shipping on orders over $50', [['$1,200', 'current']]],
    ['Mini bag, $1,200. Afterpay available for orders between $35 - $1,000', [['$1,200', 'current']]],
    ['Save €20 on the Toteme scarf, now €180', [['€180', 'current']]],
    [
      'Ganni sandals, between $35 and $60 at Zappos',
      [
        ['$35', 'range-low'],
        ['$60', 'range-high'],
      ],
    ],
    ['Hinta on 49,90 €', [['49,90 €', 'current']]],
  ] as const)('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
