import { describe, expect, it } from 'vitest';
import { findPrices, type PriceOptions } from '@/lib/price';

/** Each match as [the text it covers, amount, currency, role]. */
function found(text: string, opts?: PriceOptions): [string, number, string | null, string][] {
  return findPrices(text, opts).map((m) => [text.slice(m.start, m.end), m.amount, m.currency, m.role]);
}

describe('findPrices in article text', () => {
  it.each([
    ['Brand Name, $165 at Net-a-Porter', [['$165', 165, 'USD', 'current']]],
    ['Silk Slip Dress by VINCE (£45)', [['£45', 45, 'GBP', 'current']]],
    ['Linen Shirt ($59.99, mango.com)', [['$59.99', 59.99, 'USD', 'current']]],
    ['Sézane blouse, 95 € sur sezane.com', [['95 €', 95, 'EUR', 'current']]],
    ['Rouje robe 1\u00a0299,00\u00a0€ chez Rouje', [['1\u00a0299,00\u00a0€', 1299, 'EUR', 'current']]],
    ['Sizes 6-16, $89 at Boden', [['$89', 89, 'USD', 'current']]],
    ['The 2018 reissue of the Reformation dress, $248', [['$248', 248, 'USD', 'current']]],
    ['Rated 4.8 stars (1,200 reviews), the jeans ($90)', [['$90', 90, 'USD', 'current']]],
    ['Free shipping over $50. Ganni dress, $295', [['$295', 295, 'USD', 'current']]],
    ['Save $20 on the Everlane jeans, now $78', [['$78', 78, 'USD', 'current']]],
    ['Mejuri hoops, $78 or 4 payments of $19.50 with Afterpay', [['$78', 78, 'USD', 'current']]],
    ['Cos knit, £65, plus £4.95 delivery', [['£65', 65, 'GBP', 'current']]],
  ] as const)('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('finds several products on one line', () => {
    expect(found('Toteme coat, $1,150; Khaite boots, $1,880; The Row bag, $2,450')).toEqual([
      ['$1,150', 1150, 'USD', 'current'],
      ['$1,880', 1880, 'USD', 'current'],
      ['$2,450', 2450, 'USD', 'current'],
    ]);
    expect(found('Zara blazer €49,95 / Mango trousers €59,99')).toEqual([
      ['€49,95', 49.95, 'EUR', 'current'],
      ['€59,99', 59.99, 'EUR', 'current'],
    ]);
    expect(found('A.P.C. tee £95 / COS trousers £65')).toEqual([
      ['£95', 95, 'GBP', 'current'],
      ['£65', 65, 'GBP', 'current'],
    ]);
  });

  it('gives offsets into the original text', () => {
    const text = 'Jacquemus Le Chiquito, €550 at Mytheresa';
    const start = text.indexOf('€550');
    expect(findPrices(text)).toEqual([{ start, end: start + 4, amount: 550, currency: 'EUR', role: 'current' }]);
  });

  it('keeps offsets when digits are folded from Arabic-Indic or full-width forms', () => {
    const text = 'حقيبة ٤٩٩ ر.س — ユニクロ １２，０００円';
    expect(found(text)).toEqual([
      ['٤٩٩ ر.س', 499, 'SAR', 'current'],
      ['１２，０００円', 12000, 'JPY', 'current'],
    ]);
  });
});

describe('findPrices roles', () => {
  it('marks a was/now pair', () => {
    expect(found('was $200, now $150')).toEqual([
      ['$200', 200, 'USD', 'was'],
      ['$150', 150, 'USD', 'current'],
    ]);
    expect(found('Sale $150 (orig. $200)')).toEqual([
      ['$150', 150, 'USD', 'current'],
      ['$200', 200, 'USD', 'was'],
    ]);
  });

  it('reads a strikethrough pair by size, whichever comes first', () => {
    expect(found('$200 $150').map((m) => m[3])).toEqual(['was', 'current']);
    expect(found('$795 ($549.95)').map((m) => m[3])).toEqual(['was', 'current']);
    expect(found('£39 £65').map((m) => m[3])).toEqual(['current', 'was']);
  });

  it('keeps a converted price in another currency as a second current price', () => {
    expect(found('£45 ($60)')).toEqual([
      ['£45', 45, 'GBP', 'current'],
      ['$60', 60, 'USD', 'current'],
    ]);
  });

  it('marks ranges, giving a bare end the other end’s currency', () => {
    expect(found('$99–$150')).toEqual([
      ['$99', 99, 'USD', 'range-low'],
      ['$150', 150, 'USD', 'range-high'],
    ]);
    expect(found('$99 - 150')).toEqual([
      ['$99', 99, 'USD', 'range-low'],
      ['150', 150, 'USD', 'range-high'],
    ]);
    expect(found('99 - 150 €')).toEqual([
      ['99', 99, 'EUR', 'range-low'],
      ['150 €', 150, 'EUR', 'range-high'],
    ]);
    expect(found('from $99')).toEqual([['$99', 99, 'USD', 'range-low']]);
    expect(found('à partir de 99 €')).toEqual([['99 €', 99, 'EUR', 'range-low']]);
  });

  it('does not turn a size or count before a price into a range', () => {
    expect(found('Size 8 - $30')).toEqual([['$30', 30, 'USD', 'current']]);
    expect(found('Set of 2 - 40 €')).toEqual([['40 €', 40, 'EUR', 'current']]);
  });

  it('does not pair prices of different products', () => {
    expect(found('Ganni $200, Staud $150').map((m) => m[3])).toEqual(['current', 'current']);
  });
});

describe('findPrices leaves out amounts that are not product prices', () => {
  it.each([
    'Save $20 today',
    'Take 20% off everything',
    'Rent it for $49/mo',
    '2 for $30 on all tees',
    '+$10 shipping',
    'Earn $5 back in rewards',
    'Spend $100, get $20 off',
    'Dresses under $100',
    'It comes in sizes 38 to 44 and in 2024 colours',
    'Orders of $200 or more ship free',
  ])('%j', (text) => {
    expect(findPrices(text)).toEqual([]);
  });

  it('uses the default currency only where the text gives none', () => {
    expect(found('Price: 59.99')).toEqual([['59.99', 59.99, null, 'current']]);
    expect(found('Price: 59.99', { defaultCurrency: 'GBP' })).toEqual([['59.99', 59.99, 'GBP', 'current']]);
    expect(found('$59.99', { defaultCurrency: 'AUD' })).toEqual([['$59.99', 59.99, 'AUD', 'current']]);
  });

  it('returns nothing for empty or numberless text', () => {
    expect(findPrices('')).toEqual([]);
    expect(findPrices('A wool coat from The Row')).toEqual([]);
  });
});

describe('findPrices currency markers', () => {
  it('lets a code beside a shared sign name it, and covers both', () => {
    expect(found('Vest, CAD $89.99')).toEqual([['CAD $89.99', 89.99, 'CAD', 'current']]);
    expect(found('Vest, $18CAD')).toEqual([['$18CAD', 18, 'CAD', 'current']]);
  });

  it('gives a sign between two numbers to the side it belongs to', () => {
    expect(found('200 € 150 €').map((m) => m[0])).toEqual(['200 €', '150 €']);
    expect(found('$200 $150').map((m) => m[0])).toEqual(['$200', '$150']);
    expect(found('€ 200 € 150').map((m) => m[0])).toEqual(['€ 200', '€ 150']);
  });

  it('reads the French "49€95" form', () => {
    expect(found('Pull 49€95 chez Kiabi')).toEqual([['49€95', 49.95, 'EUR', 'current']]);
  });

  it('reads dense text only up to its first 100,000 characters', () => {
    const matches = findPrices('$1 '.repeat(40_000));
    expect(matches).toHaveLength(33_333);
    expect(matches.at(-1)?.end).toBeLessThanOrEqual(100_000);
    expect(findPrices('1€11'.repeat(25_000)).every((m) => m.currency === 'EUR')).toBe(true);
  });
});
