import { describe, expect, it } from 'vitest';
import { mergeResults } from '@/lib/listing/merge';

const pageUrl = 'https://shop.example.com/p/1';
const hints = { pageUrl };

describe('mergeResults', () => {
  it('takes each field from the first source that has it: JSON-LD > microdata > OpenGraph > visible', () => {
    const got = mergeResults(
      {
        jsonld: { confidence: 1, title: 'From JSON-LD', brand: null, price: 10, currency: 'EUR' },
        microdata: {
          confidence: 1,
          title: 'From microdata',
          brand: 'Micro Brand',
          image: 'https://shop.example.com/m.jpg',
        },
        opengraph: {
          confidence: 1,
          title: 'From OG',
          image: 'https://shop.example.com/og.jpg',
          url: 'https://shop.example.com/og',
        },
        'visible-page': {
          confidence: 0.6,
          title: 'From page',
          url: 'https://shop.example.com/canonical',
          availability: 'InStock',
          availabilityEvidence: 'price-shown',
        },
      },
      pageUrl,
      hints,
    );
    expect(got).toEqual({
      title: 'From JSON-LD',
      brand: 'Micro Brand',
      price: 10,
      currency: 'EUR',
      availability: 'InStock',
      image: 'https://shop.example.com/m.jpg',
      url: 'https://shop.example.com/canonical',
    });
  });

  it('falls back to the page URL and nulls when no source has a value', () => {
    expect(mergeResults({}, pageUrl, hints)).toEqual({
      title: null,
      brand: null,
      price: null,
      currency: null,
      availability: null,
      image: null,
      url: pageUrl,
    });
  });

  it('keeps price and currency from the same source', () => {
    const got = mergeResults(
      {
        jsonld: { confidence: 1, price: 43.9, currency: 'EUR' },
        opengraph: { confidence: 1, price: 48, currency: 'USD' },
      },
      pageUrl,
      hints,
    );
    expect([got.price, got.currency]).toEqual([43.9, 'EUR']);
  });

  it('borrows a currency from another source, else the page country, when the priced source has none', () => {
    expect(
      mergeResults(
        { microdata: { confidence: 1, price: 5 }, opengraph: { confidence: 1, currency: 'GBP' } },
        pageUrl,
        hints,
      ).currency,
    ).toBe('GBP');
    expect(
      mergeResults({ microdata: { confidence: 1, price: 5 } }, 'https://x.example.cl/p', {
        pageUrl: 'https://x.example.cl/p',
      }).currency,
    ).toBe('CLP');
  });

  it('drops a markup price that another source marks as the former price', () => {
    const got = mergeResults(
      {
        jsonld: { confidence: 1, price: 150, currency: 'USD' },
        opengraph: { confidence: 1, price: 120, currency: 'USD', regularPrices: [150] },
      },
      pageUrl,
      hints,
    );
    expect(got.price).toBe(120);
  });

  it('keeps the markup price when the "original" price equals it (no sale)', () => {
    const got = mergeResults(
      { jsonld: { confidence: 1, price: 126 }, opengraph: { confidence: 1, price: 126, regularPrices: [126] } },
      pageUrl,
      hints,
    );
    expect(got.price).toBe(126);
  });

  it('lets an enabled buy button overrule markup "out of stock", but not a bare price', () => {
    const markup = { jsonld: { confidence: 1, availability: 'OutOfStock' as const } };
    expect(
      mergeResults(
        { ...markup, 'visible-page': { confidence: 0.6, availability: 'InStock', availabilityEvidence: 'buy-button' } },
        pageUrl,
        hints,
      ).availability,
    ).toBe('InStock');
    expect(
      mergeResults(
        {
          ...markup,
          'visible-page': { confidence: 0.6, availability: 'InStock', availabilityEvidence: 'price-shown' },
        },
        pageUrl,
        hints,
      ).availability,
    ).toBe('OutOfStock');
  });

  it('ranks low-confidence sources after the others', () => {
    const got = mergeResults(
      { microdata: { confidence: 0.3, title: 'A tile' }, 'visible-page': { confidence: 0.6, title: 'The heading' } },
      pageUrl,
      hints,
    );
    expect(got.title).toBe('The heading');
  });
});
