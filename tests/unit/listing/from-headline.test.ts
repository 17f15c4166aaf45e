import { describe, expect, it } from 'vitest';
import { readSource } from './read-source';

const page = (body: string, head = '', url = 'https://shop.example.com.tw/deal_12.html') =>
  readSource('visible-page', body, head, url);
const og = (title: string) => `<meta property="og:title" content="${title}">`;

describe('visible page: a heading under generic class names', () => {
  it('takes the element named "title" whose words the og:title holds (no h1, no product-title class)', () => {
    const r = page(
      '<div class="nav"><div class="title">熱門商品</div></div>' +
        '<div class="deal"><div class="title">手工牛軋糖禮盒(12入)</div><div class="info">每日現做</div></div>',
      og('好味商店 - 手工牛軋糖禮盒(12入)'),
    );
    expect(r.title).toBe('手工牛軋糖禮盒(12入)');
    expect(r.confidence).toBeGreaterThan(0.5);
  });

  it('finds no heading when no element named title matches the page title', () => {
    const r = page(
      '<div class="title">Our other shops</div><p>Hello</p>',
      og('Walnut Desk Lamp'),
      'https://shop.example.com/p/9',
    );
    expect(r.title ?? null).toBeNull();
  });
});

describe('visible page: a "from" headline price', () => {
  it('takes the lowest-price headline by the title over the box prices of the order table', () => {
    const r = page(
      '<div class="deal"><div class="title">手工牛軋糖禮盒(12入)</div>' +
        '<ul class="top"><li>原價：<strike>600</strike></li></ul>' +
        '<div class="pdeal">最低價$<span>35</span>元起/入</div></div>' +
        '<table class="order"><tr><td>1盒</td><td class="price">$420</td></tr>' +
        '<tr><td>2盒</td><td class="price">$800</td></tr></table>',
      og('好味商店 - 手工牛軋糖禮盒(12入)'),
    );
    expect(r).toMatchObject({ price: 35, currency: 'TWD' });
  });

  it('reads "ab" and "from" headlines the same way', () => {
    const de = page(
      '<main><div class="p1"><h1>Kerzenset Winter</h1><div class="lead"><span class="x">ab</span> <span class="y">9,99 €</span></div>' +
        '<div class="variants-box"><p>Set aus 6</p><div class="sku-price">24,99 €</div></div></div></main>',
      '',
      'https://shop.example.de/kerzen',
    );
    expect(de.price).toBe(9.99);
  });

  it('keeps a named current price over a bare unlabelled amount beside the heading', () => {
    const r = page(
      '<main><div class="p1"><h1>Canvas Tote</h1><div class="a1"><span class="b2">$45</span></div><div class="price">$38</div></div></main>',
      '',
      'https://shop.example.com/p/tote',
    );
    expect(r.price).toBe(38);
  });
});
