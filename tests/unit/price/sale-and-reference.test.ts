import { describe, expect, it } from 'vitest';
import { currencyForHost, findPrices, type PriceOptions } from '@/lib/price';

/** Each match as [amount, currency, role]; every string here is written for this file. */
const read = (text: string, opts?: PriceOptions) => findPrices(text, opts).map((m) => [m.amount, m.currency, m.role]);

describe('glued prices', () => {
  it('reads a was/now pair written with no space between as two amounts', () => {
    expect(read('24,99 zł34,99 zł')).toEqual([
      [24.99, 'PLN', 'current'],
      [34.99, 'PLN', 'was'],
    ]);
    expect(read('12,50 €18,00 €')).toEqual([
      [12.5, 'EUR', 'current'],
      [18, 'EUR', 'was'],
    ]);
    // a sign before each number keeps working the same way
    expect(read('€12,50€18,00')).toEqual([
      [12.5, 'EUR', 'current'],
      [18, 'EUR', 'was'],
    ]);
  });

  it('reads a signed price with cents followed by a capitalised button text', () => {
    expect(read('Wool Coatshop.example$189.00Buy Now')).toEqual([[189, 'USD', 'current']]);
    expect(read('$240 $199.50Shop')).toEqual([
      [240, 'USD', 'was'],
      [199.5, 'USD', 'current'],
    ]);
    // a size or a magnitude glued to a number stays out
    expect(read('$1.2K raised')).toEqual([]);
  });
});

describe('a number before a dash that is a rank, a day or a name', () => {
  it('is no low end of a range', () => {
    expect(read('Le 17 — 240 $', { defaultCurrency: 'CAD' })).toEqual([[240, 'CAD', 'current']]);
    expect(read('No. 7 - 85 €')).toEqual([[85, 'EUR', 'current']]);
    expect(read('the 30 — £120 coat')).toEqual([[120, 'GBP', 'current']]);
    // a plain spaced em dash is a clause break too
    expect(read('Sizes 36 — 42 €')).toEqual([[42, 'EUR', 'current']]);
    // real ranges stay ranges
    expect(read('de 45 à 60 €')).toEqual([
      [45, 'EUR', 'range-low'],
      [60, 'EUR', 'range-high'],
    ]);
    expect(read('80–95 €')).toEqual([
      [80, 'EUR', 'range-low'],
      [95, 'EUR', 'range-high'],
    ]);
  });

  it('reads prices joined by "and" as a list, not a range', () => {
    expect(read('the two bags (£220 and £310)')).toEqual([
      [220, 'GBP', 'current'],
      [310, 'GBP', 'current'],
    ]);
    expect(read('somewhere between $35 and $60')).toEqual([
      [35, 'USD', 'range-low'],
      [60, 'USD', 'range-high'],
    ]);
  });
});

describe('the EU lowest-price-in-30-days note', () => {
  it.each([
    ['Lowest price in the last 30 days: £55.00 £42.00', 55, 42, 'GBP'],
    ['Niedrigster Preis der letzten 30 Tage: 69,95 € 49,95 €', 69.95, 49.95, 'EUR'],
    ['Najniższa cena z ostatnich 30 dni przed obniżką: 89,99 zł 59,99 zł', 89.99, 59.99, 'PLN'],
    ['Prix le plus bas des 30 derniers jours : 79,00 € 59,00 €', 79, 59, 'EUR'],
    ['Prezzo più basso degli ultimi 30 giorni: 45,00 € 39,00 €', 45, 39, 'EUR'],
    ['Precio más bajo de los últimos 30 días: 35,99 € 25,99 €', 35.99, 25.99, 'EUR'],
    ['Laagste prijs van de afgelopen 30 dagen: € 60,00 € 45,00', 60, 45, 'EUR'],
    ['Lägsta pris de senaste 30 dagarna: 599 kr 399 kr', 599, 399, 'SEK'],
  ] as const)('%j is a reference price', (text, ref, now, currency) => {
    expect(read(text)).toEqual([
      [ref, currency, 'was'],
      [now, currency, 'current'],
    ]);
  });

  it('stays a reference when it comes after the current price', () => {
    expect(read('49,95 € Niedrigster Preis der letzten 30 Tage: 59,95 €')).toEqual([
      [49.95, 'EUR', 'current'],
      [59.95, 'EUR', 'was'],
    ]);
    expect(read('Najniższa cena z 30 dni: 19,99 zł')).toEqual([[19.99, 'PLN', 'was']]);
  });
});

describe('sales in prose', () => {
  it.each([
    ['The $150 cardigan is on sale for $112 at the moment.'],
    ['This $150 wool cardigan is currently on sale for $112.'],
    ['Cashmere cardigan, $150, on sale for $112'],
    ['Usually $150, the cardigan is on sale for $112.'],
    ['The cardigan ($150) is marked down to $112 this week.'],
    ['It retails for $150 but is on sale for $112 today'],
  ])('%j: the sale price is current, the earlier one was', (text) => {
    expect(read(text)).toEqual([
      [150, 'USD', 'was'],
      [112, 'USD', 'current'],
    ]);
  });

  it('reads the former price after the sale price', () => {
    for (const text of ['On sale for $112, down from $150', 'Marked down to $112 from $150', '$112 (regularly $150)'])
      expect(read(text), text).toEqual([
        [112, 'USD', 'current'],
        [150, 'USD', 'was'],
      ]);
  });

  it('keeps two products apart when the sale price is not the lower', () => {
    expect(read('The $60 scarf and a hat that is on sale for $75.')).toEqual([
      [60, 'USD', 'current'],
      [75, 'USD', 'current'],
    ]);
  });

  it('reads "value at" as a price and "value of" as a worth', () => {
    expect(read('great value at £38')).toEqual([[38, 'GBP', 'current']]);
    expect(read('a gift with a value of £38')).toEqual([]);
  });

  it('reads a bare amount with cents after "price of" in prose, in the page currency', () => {
    expect(read('Tiene un precio de 42,95 en tienda.', { defaultCurrency: 'EUR' })).toEqual([
      [42.95, 'EUR', 'current'],
    ]);
    expect(read('at a price of 3 for two', { defaultCurrency: 'EUR' })).toEqual([]);
  });
});

describe('the .co domain', () => {
  it('is generic unless under a Colombian second level', () => {
    expect(currencyForHost('journal.example.co')).toBeNull();
    expect(currencyForHost('tienda.example.com.co')).toBe('COP');
    expect(currencyForHost('shop.example.co.uk')).toBe('GBP');
  });
});
