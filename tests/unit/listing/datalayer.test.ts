import { describe, expect, it } from 'vitest';
import { readSource } from './read-source';

describe('datalayer extractor', () => {
  it('reads Universal Analytics enhanced ecommerce detail (JSON)', () => {
    const r = readSource(
      'datalayer',
      '<script>dataLayer.push({"ecommerce":{"currencyCode":"EUR","detail":{"products":[{"name":"Plaid","price":"36.99","brand":"Maison"}]}}});</script>',
    );
    expect(r).toMatchObject({ title: 'Plaid', brand: 'Maison', price: 36.99, currency: 'EUR' });
  });

  it('reads a GA4 view_item event written as a JS object literal', () => {
    const r = readSource(
      'datalayer',
      "<script>gtag('event', 'x'); dataLayer.push({event: 'view_item', ecommerce: {currency: 'GBP', value: 20, items: [{item_name: 'Mug', item_brand: 'Kiln & Co', price: 20}]}});</script>",
    );
    expect(r).toMatchObject({ title: 'Mug', brand: 'Kiln & Co', price: 20, currency: 'GBP' });
  });

  it('finds nothing in unrelated scripts and ignores brand codes', () => {
    expect(readSource('datalayer', '<script>var detail = {"x": 1};</script>').confidence).toBe(0);
    const r = readSource(
      'datalayer',
      '<script>dataLayer.push({"ecommerce":{"detail":{"products":[{"name":"Shirt","brand":"on"}]}}});</script>',
    );
    expect(r.brand).toBeNull();
  });
});
