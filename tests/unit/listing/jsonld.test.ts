import { describe, expect, it } from 'vitest';
import { ld, readSource } from './read-source';

const offer = (price: unknown, availability = 'https://schema.org/InStock', extra: object = {}) => ({
  '@type': 'Offer',
  price,
  priceCurrency: 'USD',
  availability,
  ...extra,
});

describe('jsonld extractor', () => {
  it.each([
    ['product'],
    ['schema:Product'],
    ['http://schema.org/Product'],
    ['https://schema.org/IndividualProduct'],
    [['Thing', 'Product']],
  ])('recognises @type %j', (type) => {
    const r = readSource('jsonld', '', ld({ '@type': type, name: 'Lamp', offers: offer('20') }));
    expect(r).toMatchObject({ title: 'Lamp', price: 20, currency: 'USD' });
  });

  it('ignores products that are only related items or list members', () => {
    const r = readSource(
      'jsonld',
      '',
      ld({
        '@type': 'ItemList',
        itemListElement: [{ '@type': 'ListItem', item: { '@type': 'Product', name: 'Other' } }],
      }) + ld({ '@type': 'WebPage', name: 'Blog', isSimilarTo: { '@type': 'Product', name: 'Other' } }),
    );
    expect(r.title ?? null).toBeNull();
    expect(r.confidence).toBe(0);
  });

  it('reads offers given as nested arrays and takes a buyable one for the price', () => {
    const r = readSource(
      'jsonld',
      '',
      ld({ '@type': 'Product', name: 'Tee', offers: [[offer('12', 'OutOfStock')], [offer('11.50')]] }),
    );
    expect(r).toMatchObject({ price: 11.5, availability: 'InStock' });
  });

  it('treats a zero or empty price as no price', () => {
    expect(readSource('jsonld', '', ld({ '@type': 'Product', name: 'A', offers: offer(0) })).price).toBeNull();
    expect(readSource('jsonld', '', ld({ '@type': 'Product', name: 'A', offers: offer({}) })).price).toBeNull();
  });

  it('reads non-standard nested amounts and lower-case keys (lowprice: {sales: {value}})', () => {
    const r = readSource(
      'jsonld',
      '',
      ld({
        '@type': 'Product',
        name: 'Boots',
        offers: {
          '@type': 'AggregateOffer',
          lowprice: { sales: { value: 3499, currency: 'ARS' } },
          highprice: { sales: { value: 4059 } },
        },
      }),
    );
    expect(r).toMatchObject({ price: 3499, currency: 'ARS' });
  });

  it('prefers the AggregateOffer lowPrice, else its price', () => {
    expect(
      readSource(
        'jsonld',
        '',
        ld({
          '@type': 'Product',
          name: 'A',
          offers: { '@type': 'AggregateOffer', lowPrice: 9, highPrice: 19, priceCurrency: 'EUR' },
        }),
      ).price,
    ).toBe(9);
    expect(
      readSource(
        'jsonld',
        '',
        ld({ '@type': 'Product', name: 'A', offers: { '@type': 'AggregateOffer', price: '15', priceCurrency: 'EUR' } }),
      ).price,
    ).toBe(15);
    expect(
      readSource(
        'jsonld',
        '',
        ld({
          '@type': 'Product',
          name: 'A',
          offers: { '@type': 'AggregateOffer', price: '19', lowPrice: '12', priceCurrency: 'EUR' },
        }),
      ).price,
    ).toBe(12);
  });

  it('skips null images and reads ImageObject url/contentUrl', () => {
    expect(readSource('jsonld', '', ld({ '@type': 'Product', name: 'A', image: [null, null] })).image).toBeNull();
    expect(
      readSource(
        'jsonld',
        '',
        ld({ '@type': 'Product', name: 'A', image: [null, { '@type': 'ImageObject', contentUrl: '/i/a.jpg' }] }),
      ).image,
    ).toBe('https://shop.example.com/i/a.jpg');
  });

  it('reads brand as a string, an object or an array, and rejects placeholders', () => {
    const brandOf = (brand: unknown) => readSource('jsonld', '', ld({ '@type': 'Product', name: 'A', brand })).brand;
    expect(brandOf('Acme')).toBe('Acme');
    expect(brandOf({ '@type': 'Brand', name: 'Acme' })).toBe('Acme');
    expect(brandOf([{ name: '' }, 'Acme'])).toBe('Acme');
    expect(brandOf('{{ product.vendor }}')).toBeNull();
    expect(brandOf(null)).toBeNull();
  });

  it('picks the variant named by a ?sku= parameter', () => {
    const group = {
      '@type': 'ProductGroup',
      name: 'Runner',
      hasVariant: [
        { '@type': 'Product', sku: 'RUN-BLU-42', color: 'Blue', image: '/blue.jpg', offers: offer('90') },
        { '@type': 'Product', sku: 'RUN-RED-42', color: 'Red', image: '/red.jpg', offers: offer('80') },
      ],
    };
    const r = readSource('jsonld', '', ld(group), 'https://shop.example.com/runner?sku=RUN-RED-42');
    expect(r).toMatchObject({ title: 'Runner', price: 80, image: 'https://shop.example.com/red.jpg' });
  });

  it('picks the variant whose colour the page has selected, else the first', () => {
    const group = {
      '@type': 'ProductGroup',
      name: 'Scarf',
      hasVariant: [
        { '@type': 'Product', color: 'Grey', image: '/grey.jpg', offers: offer('30') },
        { '@type': 'Product', color: 'Mustard', image: '/mustard.jpg', offers: offer('30') },
      ],
    };
    const swatches =
      '<ul class="colour-swatches"><li><button aria-pressed="false">Grey</button></li><li><button aria-pressed="true">Mustard</button></li></ul>';
    expect(readSource('jsonld', swatches, ld(group)).image).toBe('https://shop.example.com/mustard.jpg');
    expect(readSource('jsonld', '', ld(group)).image).toBe('https://shop.example.com/grey.jpg');
  });

  it('resolves variants referenced by @id', () => {
    const graph = {
      '@graph': [
        { '@type': 'ProductGroup', '@id': '#g', name: 'Cap', hasVariant: [{ '@id': '#v1' }, { '@id': '#v2' }] },
        { '@type': 'Product', '@id': '#v1', sku: 'CAP-1', url: '/cap?variant=1', offers: offer('15') },
        { '@type': 'Product', '@id': '#v2', sku: 'CAP-2', url: '/cap?variant=2', offers: offer('17') },
      ],
    };
    expect(readSource('jsonld', '', ld(graph), 'https://shop.example.com/cap?variant=2').price).toBe(17);
  });

  it('with several different products, takes the one the page heading names', () => {
    const r = readSource(
      'jsonld',
      '<h1>Oak Side Table</h1>',
      ld([
        { '@type': 'Product', name: 'Pine Shelf', offers: offer('40') },
        { '@type': 'Product', name: 'Oak Side Table', offers: offer('120') },
      ]),
    );
    expect(r).toMatchObject({ title: 'Oak Side Table', price: 120 });
  });

  it('reports strikethrough specifications as former prices', () => {
    const r = readSource(
      'jsonld',
      '',
      ld({
        '@type': 'Product',
        name: 'A',
        offers: {
          '@type': 'Offer',
          priceCurrency: 'EUR',
          price: '80',
          priceSpecification: { '@type': 'UnitPriceSpecification', priceType: 'ListPrice', price: '100' },
        },
      }),
    );
    expect(r).toMatchObject({ price: 80, regularPrices: [100] });
  });
});
