import { describe, expect, it } from 'vitest';
import {
  currencyForHost,
  currencyForLocale,
  currencyFromSymbol,
  dollarCurrencyForLocale,
  normaliseCurrency,
} from '@/lib/price';

describe('currencyFromSymbol', () => {
  it.each([
    ['€', undefined, 'EUR'],
    ['£', undefined, 'GBP'],
    ['$', undefined, 'USD'],
    ['$', 'CAD', 'CAD'],
    ['$', 'MXN', 'MXN'],
    ['$', 'EUR', 'USD'],
    ['US$', 'CAD', 'USD'],
    ['HK$', undefined, 'HKD'],
    ['AU $', undefined, 'AUD'],
    ['kr', undefined, 'SEK'],
    ['kr.', 'DKK', 'DKK'],
    ['¥', undefined, 'JPY'],
    ['¥', 'CNY', 'CNY'],
    ['Rs.', undefined, 'INR'],
    ['zł', undefined, 'PLN'],
    ['ر.س', undefined, 'SAR'],
    ['Fr.', undefined, 'CHF'],
    ['R', undefined, null],
    ['R', 'ZAR', 'ZAR'],
    ['Euros', undefined, 'EUR'],
    ['?', undefined, null],
  ] as const)('%j (default %s) → %s', (sign, def, expected) => {
    expect(currencyFromSymbol(sign, def)).toBe(expected);
  });
});

describe('normaliseCurrency', () => {
  it('reads codes in any case and signs', () => {
    expect(normaliseCurrency(' usd ')).toBe('USD');
    expect(normaliseCurrency('NPR')).toBe('NPR');
    expect(normaliseCurrency('RMB')).toBe('CNY');
    expect(normaliseCurrency('€')).toBe('EUR');
    expect(normaliseCurrency('dollars', 'AUD')).toBe('AUD');
    expect(normaliseCurrency('XYZ')).toBeNull();
    expect(normaliseCurrency('')).toBeNull();
  });
});

describe('currency from page host and locale', () => {
  it.each([
    ['www.net-a-porter.co.uk', 'GBP'],
    ['www.theiconic.com.au', 'AUD'],
    ['www.simons.ca', 'CAD'],
    ['www.zalando.de', 'EUR'],
    ['www.mercadolibre.com.ar', 'ARS'],
    ['www.falabella.cl', 'CLP'],
    ['www.liverpool.com.mx', 'MXN'],
    ['shop.example.co.nz', 'NZD'],
    ['www.zalora.sg', 'SGD'],
    ['ca.example.com', 'CAD'],
    ['www.au.example.com', 'AUD'],
    ['www.ssense.com', null],
    ['localhost', null],
    ['', null],
  ])('%s → %s', (host, expected) => {
    expect(currencyForHost(host)).toBe(expected);
  });

  it('reads the region of a locale tag', () => {
    expect(currencyForLocale('en-CA')).toBe('CAD');
    expect(currencyForLocale('de_CH')).toBe('CHF');
    expect(currencyForLocale('zh-Hant-HK')).toBe('HKD');
    expect(currencyForLocale('fr')).toBeNull();
    expect(currencyForLocale('nonsense')).toBeNull();
  });

  it('tells what "$" means on a page', () => {
    expect(dollarCurrencyForLocale('en-AU')).toBe('AUD');
    expect(dollarCurrencyForLocale('en', 'www.simons.ca')).toBe('CAD');
    expect(dollarCurrencyForLocale('es-MX', 'www.example.com')).toBe('MXN');
    // A euro-area page still means US dollars by "$".
    expect(dollarCurrencyForLocale('de-DE', 'www.zalando.de')).toBe('USD');
    expect(dollarCurrencyForLocale(null)).toBe('USD');
  });
});
