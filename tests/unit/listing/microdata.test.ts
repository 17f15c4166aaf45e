import { describe, expect, it } from 'vitest';
import { propertyValue, readItem } from '@/lib/listing/microdata-items';
import { parseProductHtml } from '@/lib/listing/parse-html';
import { readSource } from './read-source';

const tile = (name: string, price: string) =>
  `<li class="product-tile" itemscope itemtype="http://schema.org/Product"><a itemprop="url" href="/p/${name}"><span itemprop="name">${name}</span></a>` +
  `<span itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="price" content="${price}"><meta itemprop="priceCurrency" content="GBP"></span></li>`;

describe('microdata extractor', () => {
  it('reads nothing when the only Product scopes are tiles in a list', () => {
    const r = readSource(
      'microdata',
      `<h1>Smart Camera</h1><ul class="rail">${tile('A', '10')}${tile('B', '20')}${tile('C', '30')}</ul>`,
    );
    expect(r.title ?? null).toBeNull();
  });

  it('takes the scope named like the page, wherever it sits', () => {
    const main =
      '<div itemscope itemtype="https://schema.org/Product" itemprop="mainEntity"><span itemprop="name">Smart Camera</span>' +
      '<div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price">£34.99</span></div></div>';
    const r = readSource(
      'microdata',
      `<ul class="rail">${tile('A', '10')}${tile('B', '20')}${tile('C', '30')}</ul>${main}`,
      '<title>Buy Smart Camera | Shop</title>',
    );
    expect(r).toMatchObject({ title: 'Smart Camera', price: 34.99, currency: 'GBP', confidence: 1 });
  });

  it('accepts a lone product scope that nothing ties to the page, with lower confidence', () => {
    const r = readSource(
      'microdata',
      '<h1>Spring lighting ideas</h1>' + tile('Lonely Lamp', '12.50').replace('<li', '<div').replace('</li>', '</div>'),
    );
    expect(r).toMatchObject({ title: 'Lonely Lamp', price: 12.5, confidence: 0.6 });
  });

  it('rejects template placeholders as values', () => {
    const r = readSource(
      'microdata',
      '<div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Robe</h1><meta itemprop="brand" content="$metabrand"></div>',
    );
    expect(r).toMatchObject({ title: 'Robe', brand: null });
  });
});

describe('microdata items', () => {
  const doc = parseProductHtml(
    '<div id="p" itemscope itemtype="http://schema.org/Product" itemref="extra">' +
      '<a itemprop="url" href="/x">x</a><img itemprop="image" src="/i.jpg"><time itemprop="releaseDate" datetime="2024-01-02">Jan</time>' +
      '<data itemprop="sku" value="S-1">one</data><span itemprop="name color">Plain <b>Text</b></span>' +
      '<div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><span itemprop="price">5</span></div></div>' +
      '<p id="extra"><span itemprop="brand">Referenced</span></p>',
  );
  const item = readItem(doc.getElementById('p')!);

  it('takes values from href, src, datetime, value and text per element', () => {
    expect(item.props.get('url')).toEqual(['/x']);
    expect(item.props.get('image')).toEqual(['/i.jpg']);
    expect(item.props.get('releaseDate')).toEqual(['2024-01-02']);
    expect(item.props.get('sku')).toEqual(['S-1']);
    expect(item.props.get('name')).toEqual(['Plain Text']);
    expect(item.props.get('color')).toEqual(['Plain Text']);
  });

  it('keeps nested scopes as items and follows itemref', () => {
    const offers = item.props.get('offers') ?? [];
    expect(offers).toHaveLength(1);
    expect(typeof offers[0]).toBe('object');
    expect(item.props.has('price')).toBe(false);
    expect(item.props.get('brand')).toEqual(['Referenced']);
  });

  it('prefers a content attribute on any element', () => {
    const el = parseProductHtml('<span itemprop="price" content="19.00">19,00 €</span>').querySelector('span')!;
    expect(propertyValue(el)).toBe('19.00');
  });
});
