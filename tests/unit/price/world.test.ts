import { describe, expect, it } from 'vitest';
import { currencyForHost, pageCurrency, readPrice } from '@/lib/price';

/** [text, amount, ISO currency, page default currency] */
type Case = [string, number, string | null, string?];

const SIGNS_AND_WORDS: Case[] = [
  ['1 500 Р', 1500, 'RUB'],
  ['1500 р.', 1500, 'RUB'],
  ['1 500 руб.', 1500, 'RUB'],
  ['1500 рублей', 1500, 'RUB'],
  ['352 р.', 352, 'BYN', 'BYN'],
  ['12 990 Ft', 12990, 'HUF'],
  ['100 pln', 100, 'PLN'],
  ['۱۲۰٬۰۰۰ تومان', 120000, 'IRR'],
  ['۲۵۰٬۰۰۰ ریال', 250000, 'IRR'],
  ['٥٠ ريال', 50, 'SAR'],
  ['٧٥٠ جنيه', 750, 'EGP'],
  ['150.000đ', 150000, 'VND'],
  ['25 ₼', 25, 'AZN'],
  ['৳ 500', 500, 'BDT'],
  ['₭ 25,000', 25000, 'LAK'],
  ['₮ 15,000', 15000, 'MNT'],
  ['₡ 5,000', 5000, 'CRC'],
  ['GH₵ 120.00', 120, 'GHS'],
  ['J$ 1,500', 1500, 'JMD'],
  ['TT$ 99.99', 99.99, 'TTD'],
  ['B/. 25.00', 25, 'PAB'],
  ['25,90 KM', 25.9, 'BAM'],
  ['1 200 Lek', 1200, 'ALL'],
  ['270,00 Kn', 270, 'HRK'],
  ['131 990 тг.', 131990, 'KZT'],
  ['₸ 44 890', 44890, 'KZT'],
  ['₾ 35', 35, 'GEL'],
  ['1 290 ден.', 1290, 'MKD'],
  ['₦ 12,500', 12500, 'NGN'],
];

const SHARED_SIGNS_BY_COUNTRY: Case[] = [
  ['$5.000', 5000, 'CLP', 'CLP'],
  ['29元', 29, 'TWD', 'TWD'],
  ['29元', 29, 'CNY'],
  ['Rs 23,450', 23450, 'PKR', 'PKR'],
  ['Rs. 1,999', 1999, 'LKR', 'LKR'],
  ['499 kr', 499, 'NOK', 'NOK'],
  ['J$ 900', 900, 'JMD', 'USD'],
];

const WRITING: Case[] = [
  ['$.75', 0.75, 'USD'],
  ['.75 €', 0.75, 'EUR'],
  ['$119. 95', 119.95, 'USD'],
  ['1.837, 32 €', 1837.32, 'EUR'],
  ['35€ 99', 35.99, 'EUR'],
  ['$4.99/each', 4.99, 'USD'],
  ['$12.99 each', 12.99, 'USD'],
  ['£25.00 inc VAT', 25, 'GBP'],
  ['$45.00 Inc GST', 45, 'USD'],
  ['€19,90 inkl. MwSt.', 19.9, 'EUR'],
  ['Free', 0, null],
  ['FREE', 0, 'GBP', 'GBP'],
  ['Gratis', 0, 'EUR', 'EUR'],
];

describe("readPrice across the world's currencies", () => {
  it.each(SIGNS_AND_WORDS)('%j → %d %s', (text, amount, currency, def) => {
    expect(readPrice(text, { defaultCurrency: def })).toEqual({ amount, currency });
  });

  it.each(SHARED_SIGNS_BY_COUNTRY)('%j on a %s page → %d %s', (text, amount, currency, def) => {
    expect(readPrice(text, { defaultCurrency: def })).toEqual({ amount, currency });
  });

  it.each(WRITING)('%j → %d %s', (text, amount, currency, def) => {
    expect(readPrice(text, { defaultCurrency: def })).toEqual({ amount, currency });
  });

  it('still reads a per-month amount alone as no product price, and running text as before', () => {
    expect(readPrice('$19.99/mo')).toEqual({ amount: null, currency: null });
    expect(readPrice('4 payments of $25 or $100')).toEqual({ amount: 100, currency: 'USD' });
    expect(readPrice('Model no.75')).toEqual({ amount: null, currency: null });
    expect(readPrice('$10, 20 or 30')).toEqual({ amount: 10, currency: 'USD' }); // not $10.20
    expect(readPrice('Free shipping on orders over $50')).toEqual({ amount: null, currency: null });
  });
});

describe('pageCurrency', () => {
  it("reads the host's country first", () => {
    expect(pageCurrency('www.paris.example.cl', 'es')).toBe('CLP');
    expect(pageCurrency('shop.example.com.tw', 'zh-TW')).toBe('TWD');
    expect(pageCurrency('www.example.kz', 'ru')).toBe('KZT');
    expect(pageCurrency('shop.example.com.pk')).toBe('PKR');
    expect(pageCurrency('ca.example.com', 'en-US')).toBe('CAD');
  });

  it("then the language tag's region, then a stated country", () => {
    expect(pageCurrency('tickets.example.com', 'es-CL')).toBe('CLP');
    expect(pageCurrency('tickets.example.com', 'es', 'Chile')).toBe('CLP');
    expect(pageCurrency('tickets.example.com', 'es', 'CL')).toBe('CLP');
    expect(pageCurrency('tickets.example.com', 'es', 'Atlantis')).toBeNull();
    expect(pageCurrency('tickets.example.com', 'es')).toBeNull();
  });

  it('treats country TLDs used as generic names as no country', () => {
    expect(currencyForHost('brand.me')).toBeNull();
    expect(currencyForHost('shop.io')).toBeNull();
    expect(currencyForHost('my.example.com')).toBeNull();
  });
});
