import { describe, expect, it } from 'vitest';
import { detectMentions } from '@/lib/detect';
import { happyDoc, linkedomDoc } from './helpers';

const page = (body: string, lang: string) =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body><main><article>${body}</article></main></body></html>`;
const found = (body: string, url: string, lang = 'en') =>
  [happyDoc, linkedomDoc].map((parse) =>
    detectMentions(parse(page(body, lang)), url).map(({ brand, name, price, retailer }) => ({
      brand,
      name,
      amount: price?.amount ?? null,
      currency: price?.currency ?? null,
      retailer,
    })),
  );

describe('spec boxes and shop-naming buttons', () => {
  it('reads a <dl> spec box as the price and shop of the heading above, not as a product named "Where to buy"', () => {
    const body = `
      <section><h3>Laneige Water Sleeping Mask</h3><p>An overnight gel mask that editors keep restocking.</p>
      <dl><dt>Price</dt><dd>£25</dd><dt>Where to buy</dt><dd><a href="https://www.boots.com/laneige-water-sleeping-mask-10312345">Boots</a></dd></dl></section>
      <section><h3>Cosrx Advanced Snail 96 Mucin Power Essence</h3><p>Light enough for mornings.</p>
      <dl><dt>Price</dt><dd>£21.50</dd><dt>Stockist</dt><dd><a href="https://www.lookfantastic.com/cosrx-snail-essence/11312345.html">Lookfantastic</a></dd></dl></section>`;
    for (const got of found(body, 'https://www.beauty-edit.co.uk/skincare/restocks', 'en-GB')) {
      expect(got.map((m) => [m.name, m.amount, m.currency, m.retailer])).toEqual([
        [expect.stringContaining('Water Sleeping Mask'), 25, 'GBP', 'Boots'],
        [expect.stringContaining('Snail 96 Mucin Power Essence'), 21.5, 'GBP', 'Lookfantastic'],
      ]);
      for (const m of got) expect(m.name).not.toMatch(/where to buy|stockist|price/i);
    }
  });

  it('takes the shop from a button that names it before the price, in several languages', () => {
    const body = `
      <div><h2>Bolsa tote de piel, Zara</h2><p>Amplia y estructurada.</p>
      <p><a href="https://www.zara.com/mx/es/bolsa-tote-p1.html">Cómprala en Zara: $1,299</a></p></div>
      <div><h2>Bolso acolchado, Coach</h2><p>Un aire noventero.</p>
      <p><a href="https://www.elpalaciodehierro.com/coach-bolso-44123456.html">Cómprala en El Palacio de Hierro: $8,490</a></p></div>`;
    for (const got of found(body, 'https://www.vogue.mx/moda/bolsas', 'es-MX')) {
      expect(got.map((m) => [m.brand, m.amount, m.currency, m.retailer])).toEqual([
        ['Zara', 1299, 'MXN', 'Zara'],
        ['Coach', 8490, 'MXN', 'El Palacio de Hierro'],
      ]);
      for (const m of got) expect(m.name).not.toMatch(/cómprala/i);
    }
  });

  // Known miss of the trained scorer (docs/detection-quality.md): one product whose maker is not in the gazetteer,
  // alone on a synthetic page, scores under the model's boundary. Kept as `it.fails` so the fix shows up here.
  it.fails('keeps "Get it from Amazon for $P" reading Amazon as the shop, not "Amazon for"', () => {
    const body = `
      <h2>The Stanley Quencher tumbler</h2><p>It keeps ice for a day.</p>
      <p><a href="https://www.amazon.com/dp/B0TEST0001?tag=x-20">Get it from Amazon for $45</a></p>`;
    for (const got of found(body, 'https://www.example-mag.com/picks/')) {
      expect(got.map((m) => [m.amount, m.retailer])).toEqual([[45, 'Amazon']]);
    }
  });

  it('reads a Polish "Name, Brand, price zł, kup tutaj" list line', () => {
    const body = `<ol>
      <li>Płaszcz z wełną, <b>Reserved</b>, 399,99 zł, <a href="https://www.reserved.com/pl/pl/plaszcz-1234A">kup tutaj</a></li>
      <li>Płaszcz w kratę, <b>Mohito</b>, 1 259,00 zł, <a href="https://www.mohito.com/pl/pl/plaszcz-5678B">kup tutaj</a></li></ol>`;
    for (const got of found(body, 'https://www.elle.pl/moda/plaszcze', 'pl')) {
      expect(got.map((m) => [m.brand, m.name, m.amount, m.currency])).toEqual([
        ['Reserved', 'Płaszcz z wełną', 399.99, 'PLN'],
        ['Mohito', 'Płaszcz w kratę', 1259, 'PLN'],
      ]);
    }
  });
});
