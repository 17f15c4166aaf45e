import { describe, expect, it } from 'vitest';
import { findPrices, readPrice, type PriceOptions } from '@/lib/price';

/** Each match as [amount, currency, role]; every string here is written for this file. */
const read = (text: string, opts?: PriceOptions) => findPrices(text, opts).map((m) => [m.amount, m.currency, m.role]);

describe('currency words in the languages the lexicon covers', () => {
  it.each([
    ['Kappan kostar 19,99 pund i London', 19.99, 'GBP'],
    ['Der Schal kostet 45 Pfund', 45, 'GBP'],
    ['De jas kost 120 pond', 120, 'GBP'],
    ['Le manteau coûte 250 livres sterling', 250, 'GBP'],
    ['La borsa costa 300 sterline', 300, 'GBP'],
    ['El bolso cuesta 89 libras', 89, 'GBP'],
    ['Torebka za 400 funtów', 400, 'GBP'],
    ['La giacca costa 120 dollari', 120, 'USD'],
    ['Las botas cuestan 150 dólares', 150, 'USD'],
    ['Buty kosztują 99 dolarów', 99, 'USD'],
    ['Retail ár: 140 dollár (nagyjából 50 ezer forint)', 140, 'USD'],
    ['Laukku maksaa 85 eurolla', 85, 'EUR'],
    ['Takki 120 euroa', 120, 'EUR'],
    ['Kurtka za 200 eurów', 200, 'EUR'],
    ['Hlače, 69,99 evra', 69.99, 'EUR'],
    ['Parka, 180 evrov', 180, 'EUR'],
    ['Jakna za 120 eura', 120, 'EUR'],
    ['Die Tasche kostet 89 Franken', 89, 'CHF'],
    ['La borsa costa 150 franchi', 150, 'CHF'],
    ['Torebka kosztuje 12000 jenów', 12000, 'JPY'],
    ['Zegarek za 30 000 jeny', 30000, 'JPY'],
    ['El reloj cuesta 9000 yenes', 9000, 'JPY'],
    ['Die Mütze kostet 300 Kronen', 300, 'SEK'],
    ['Tröja för 499 kronor', 499, 'SEK'],
    ['Kjole til 899 kr.', 899, 'SEK'],
    ['Sukienka za 149,99 złotych', 149.99, 'PLN'],
    ['A 79 euro dress', 79, 'EUR'],
    ['Jacket, 95 Euros', 95, 'EUR'],
    ['A $40 tee, or 40 dollars', 40, 'USD'],
    ['ワンピース 12,000円', 12000, 'JPY'],
    ['원피스 59,000원', 59000, 'KRW'],
  ] as const)('%j', (text, amount, currency) => {
    expect(read(text)[0]).toEqual([amount, currency, 'current']);
  });

  it('reads Danish and Norwegian "kroner" by the page currency', () => {
    expect(read('Jakke til 1.299 kroner', { defaultCurrency: 'NOK' })).toEqual([[1299, 'NOK', 'current']]);
    expect(read('Kjole til 800 kroner', { defaultCurrency: 'DKK' })).toEqual([[800, 'DKK', 'current']]);
  });

  it('reads the dirham of Morocco and of the Emirates by the page currency', () => {
    expect(read('Sac en cuir, 3 500 DH env.', { defaultCurrency: 'MAD' })).toEqual([[3500, 'MAD', 'current']]);
    expect(read('Abaya, 450 Dhs', { defaultCurrency: 'AED' })).toEqual([[450, 'AED', 'current']]);
  });

  it('takes a currency word only after its amount, never before one', () => {
    // "livres" are also books, "pond" a pond, "Pfund" a weight: a number after them is not a price
    expect(read('Les livres 3 et 4 de la série')).toEqual([]);
    expect(read('Beside the pond 3 ducks')).toEqual([]);
    expect(read('Pfund 2 Jahre später')).toEqual([]);
    // the euro, like a code, may lead
    expect(readPrice('Euro 120')).toEqual({ amount: 120, currency: 'EUR' });
  });
});
