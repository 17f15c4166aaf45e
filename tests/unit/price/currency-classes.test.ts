import { describe, expect, it } from 'vitest';
import { readPrice } from '@/lib/price';

/** [text, amount, currency] read with no page default; strings written for this list. */
type Case = [string, number | null, string | null];

const check = (cases: Case[]) => {
  for (const [text, amount, currency] of cases) expect(readPrice(text), text).toEqual({ amount, currency });
};

describe('price classes the price-parser table shows (own strings per class)', () => {
  it('reads the rouble in its Cyrillic spellings', () => {
    check([
      ['12 400 Р', 12400, 'RUB'],
      ['780 р.', 780, 'RUB'],
      ['2 150 руб.', 2150, 'RUB'],
      ['56000 рублей', 56000, 'RUB'],
      ['4 990р.', 4990, 'RUB'],
    ]);
  });

  it('reads forint, lower-case złoty codes and lei', () => {
    check([
      ['12 990 Ft', 12990, 'HUF'],
      ['2.345 Ft', 2345, 'HUF'],
      ['89,90 pln', 89.9, 'PLN'],
      ['49,99 lei', 49.99, 'RON'],
    ]);
  });

  it('reads Persian and Arabic currency words and Arabic-Indic digits', () => {
    check([
      ['245,000 تومان', 245000, 'IRR'],
      ['تومان98,000', 98000, 'IRR'],
      ['1,200,000 ریال', 1200000, 'IRR'],
      ['٣٥٠ جنيه', 350, 'EGP'],
      ['۸۹٬۰۰۰ تومان', 89000, 'IRR'],
      ['١٥٠ ر.س', 150, 'SAR'],
    ]);
  });

  it('reads the signs of ISO 4217 currencies across the world', () => {
    check([
      ['350.000 đ', 350000, 'VND'],
      ['89.000 VNĐ', 89000, 'VND'],
      ['19,90 ₼', 19.9, 'AZN'],
      ['৳ 2,450', 2450, 'BDT'],
      ['₭ 120,000', 120000, 'LAK'],
      ['₮ 49,900', 49900, 'MNT'],
      ['₡ 18 500', 18500, 'CRC'],
      ['GH₵ 120.00', 120, 'GHS'],
      ['J$ 3,500', 3500, 'JMD'],
      ['TT$ 249.00', 249, 'TTD'],
      ['B/. 39.95', 39.95, 'PAB'],
      ['59,00 KM', 59, 'BAM'],
      ['2 400 Lek', 2400, 'ALL'],
      ['N$ 399.99', 399.99, 'NAD'],
      ['$b 150', 150, 'BOB'],
      ['Afl. 45.00', 45, 'AWG'],
      ['Nu. 1,200', 1200, 'BTN'],
      ['Rf 320', 320, 'MVR'],
      ['FRw 15,000', 15000, 'RWF'],
      ['ZK 480', 480, 'ZMW'],
      ['Kz 12.500', 12500, 'AOA'],
      ['1 250 MTn', 1250, 'MZN'],
      ['350 birr', 350, 'ETB'],
      ['؋ 1,500', 1500, 'AFN'],
      ['₨ 2,499', 2499, 'PKR'],
      ['1 990 XPF', 1990, 'XPF'],
      ['45 000 KMF', 45000, 'KMF'],
      ['WS$ 65.00', 65, 'WST'],
    ]);
  });

  it('keeps everyday words and abbreviations from reading as currencies', () => {
    check([
      ['TOP 10', null, null],
      ['Le 25 mai', null, null],
      ['World Cup 2026', null, null],
    ]);
  });

  it('reads cents without a leading zero and decimals split off by a space', () => {
    check([
      ['$.89', 0.89, 'USD'],
      ['.49 €', 0.49, 'EUR'],
      ['$249. 99', 249.99, 'USD'],
      ['2.499, 95 €', 2499.95, 'EUR'],
      ['24€ 90', 24.9, 'EUR'],
      ['549. 00', 549, null],
    ]);
  });

  it('reads more than three decimals after a lone dot, and a colon after a leading code', () => {
    check([
      ['฿ 12.5000', 12.5, 'THB'],
      ['US$:24.50', 24.5, 'USD'],
      ['EUR: 18,90', 18.9, 'EUR'],
    ]);
  });

  it('reads a price followed only by a unit or a tax note, and "Free"', () => {
    check([
      ['$12.49/each', 12.49, 'USD'],
      ['€3.20 per piece', 3.2, 'EUR'],
      ['£89 inc VAT', 89, 'GBP'],
      ['249.00 Inc GST', 249, null],
      ['1 299 kr inkl. moms', 1299, 'SEK'],
      ['Free', 0, null],
      ['FREE!', 0, null],
    ]);
  });

  it('leaves a per-month amount alone: a fee or an instalment, not the price of the item', () => {
    check([['$24.99/mo', null, null]]);
  });
});
