import { describe, expect, it } from 'vitest';
import { readSource } from './read-source';

const page = (body: string, url = 'https://shop.example.co.uk/p/1') => readSource('visible-page', body, '', url);

describe('visible-page extractor: price', () => {
  it('takes the price beside the heading, not the cart total or a recommendation', () => {
    const r = page(
      '<header><span class="cart-price">£0.00</span></header><div class="recommended"><span class="price">£5.00</span></div>' +
        '<main><h1>Wool Scarf</h1><div class="price">£25.00</div></main>',
    );
    expect(r).toMatchObject({ price: 25, currency: 'GBP' });
  });

  it('skips struck-out prices: <del>, <s>, line-through, old/was classes, "was" labels', () => {
    for (const old of [
      '<del>£40.00</del>',
      '<s class="p">£40.00</s>',
      '<span class="price" style="text-decoration: line-through">£40.00</span>',
      '<span class="old-price">£40.00</span>',
      '<span class="price-was">£40.00</span>',
      '<span class="price">Was £40.00</span>',
    ]) {
      const r = page(
        `<h1>Wool Scarf</h1><div class="product-price">${old} <span class="price-now">£25.00</span></div>`,
      );
      expect(r, old).toMatchObject({ price: 25, regularPrices: [40] });
    }
  });

  it('reads a "regular" price as current when no sale price stands beside it', () => {
    expect(page('<h1>Mug</h1><span class="price price--regular">£8.00</span>').price).toBe(8);
    expect(
      page(
        '<h1>Mug</h1><div><span class="price price--regular">£8.00</span><span class="price price--sale">£6.00</span></div>',
      ).price,
    ).toBe(6);
  });

  it('ignores instalments, savings, percentages, hidden and encoded prices', () => {
    const r = page(
      '<h1>Sofa</h1><div class="price-box"><span class="price hide">MzI5Ljk5</span><span class="price-saving">Save £100.00</span>' +
        '<span class="installment-price">£41.66 a month</span><span class="price-discount">-20%</span><span class="price">£499.00</span></div>',
    );
    expect(r.price).toBe(499);
  });

  it('finds a bare amount near the heading when class names say nothing', () => {
    const r = page(
      '<div class="x1"><h1 class="a9">Trail Shoe</h1><div class="b7"><span class="c3">€89.95</span></div></div>',
      'https://shop.example.ie/p',
    );
    expect(r).toMatchObject({ price: 89.95, currency: 'EUR' });
  });

  it('reads "$" by the page country', () => {
    expect(page('<h1>Mate</h1><span class="price">$2.449</span>', 'https://www.tienda.example.com.ar/p').price).toBe(
      2449,
    );
    expect(page('<h1>Mate</h1><span class="price">$2.449</span>', 'https://www.tienda.example.com.ar/p').currency).toBe(
      'ARS',
    );
  });
});

describe('visible-page extractor: availability', () => {
  it('an enabled add-to-cart button means in stock; a disabled one does not', () => {
    expect(page('<h1>Lamp</h1><button class="add-to-cart">Add to cart</button>')).toMatchObject({
      availability: 'InStock',
      availabilityEvidence: 'buy-button',
    });
    expect(page('<h1>Lamp</h1><button class="add-to-cart" disabled>Add to cart</button>').availability).toBeNull();
    expect(page('<h1>Lampe</h1><button>In den Warenkorb</button>').availability).toBe('InStock');
  });

  it('an enabled buy button outweighs a stray "sold out" label (shops hide those with CSS)', () => {
    const r = page(
      '<h1>Lamp</h1><span class="badge soldout-label">Sold out</span><button class="add-to-cart">Add to cart</button>',
    );
    expect(r).toMatchObject({ availability: 'InStock', availabilityEvidence: 'buy-button' });
  });

  it('buttons in recommendation tiles do not count', () => {
    const r = page(
      '<h1>Lamp</h1><div class="rec-carousel"><div class="card"><button>Add to basket</button></div></div>',
    );
    expect(r.availability).toBeNull();
  });

  it('an out-of-stock notice for the product means out of stock', () => {
    expect(page('<h1>Lamp</h1><p class="stock">Sorry, this item is sold out</p>')).toMatchObject({
      availability: 'OutOfStock',
      availabilityEvidence: 'message',
    });
    expect(page('<h1>Lamp</h1><span class="pdp-state">No longer available</span>').availability).toBe('Discontinued');
    expect(page('<h1>Lampe</h1><div class="status">Ausverkauft</div>').availability).toBe('OutOfStock');
  });

  it('sold-out sizes, delivery options and image notices are not about the product', () => {
    const r = page(
      '<h1>Dress</h1><span class="price">£30.00</span><ul class="sizes"><li>8 <span>Out of stock</span></li><li>10</li></ul>' +
        '<div class="delivery">Next day delivery: not available</div><div>Image not available for colour</div>',
    );
    expect(r).toMatchObject({ availability: 'InStock', availabilityEvidence: 'price-shown' });
  });
});

describe('visible-page extractor: title, brand, image, url', () => {
  it('takes the h1 that names the product, not a cookie or cart heading', () => {
    const r = readSource(
      'visible-page',
      '<h1>Your basket is empty</h1><div role="dialog"><h1>Cookies</h1></div><h1>Canvas Tote</h1>',
      '<title>Canvas Tote | Shop</title>',
    );
    expect(r.title).toBe('Canvas Tote');
  });

  it('reads the brand from a byline beside the heading', () => {
    expect(page('<a class="brand-link" href="/b">Saltbush</a><h1>Wide Trousers</h1>').brand).toBe('Saltbush');
    expect(
      page('<h1>Gothamite Duffle Bag XL</h1><a id="bylineInfo" href="/s">Visit the Gothamite Store</a>').brand,
    ).toBe('Gothamite');
  });

  it('takes the main picture (hi-res attribute) over thumbnails and tiles', () => {
    const r = page(
      '<div class="related-products"><img src="/t/other.jpg" alt="Wide Trousers"></div>' +
        '<h1>Wide Trousers</h1><img src="/p/thumb.jpg" width="50" alt="Wide Trousers">' +
        '<img id="main-image" src="/p/800.jpg" data-zoom-image="/p/2000.jpg" alt="Wide Trousers, sage">',
    );
    expect(r.image).toBe('https://shop.example.co.uk/p/2000.jpg');
  });

  it('gives the canonical link as the url', () => {
    const r = readSource(
      'visible-page',
      '<h1>X</h1>',
      '<link rel="canonical" href="/p/1">',
      'https://shop.example.com/p/1?utm_source=x',
    );
    expect(r.url).toBe('https://shop.example.com/p/1');
  });
});
