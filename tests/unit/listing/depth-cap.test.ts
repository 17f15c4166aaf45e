import { describe, expect, it } from 'vitest';
import { capDepth } from '@/lib/listing/depth-cap';
import { parseProductHtml } from '@/lib/listing/parse-html';
import { extractListing } from '@/lib/listing';

function maxDepth(doc: Document): number {
  let max = 0;
  const stack: [Element, number][] = [[doc.documentElement, 0]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    max = Math.max(max, d);
    for (const c of el.children) stack.push([c, d + 1]);
  }
  return max;
}

const product = (inner: string) =>
  '<html><head><script type="application/ld+json">' +
  JSON.stringify({ '@type': 'Product', name: 'Linen Shirt', offers: { price: '59.00', priceCurrency: 'EUR' } }) +
  `</script></head><body>${inner}</body></html>`;

describe('the nesting bound on fetched shop pages', () => {
  it('leaves an ordinary page as it is', () => {
    const doc = parseProductHtml(product('<main><div><p>Linen <b>Shirt</b></p></div></main>'));
    expect(capDepth(doc)).toBe(0);
    expect(doc.querySelector('main p')?.textContent).toBe('Linen Shirt');
  });

  it('flattens nesting past the bound, keeping the text in order', () => {
    const deep = '<div>'.repeat(3000) + 'first <span>second</span> third';
    const doc = parseProductHtml(product(deep));
    expect(maxDepth(doc)).toBeLessThanOrEqual(160 + 1);
    expect(doc.body.textContent?.replace(/\s+/g, ' ').trim()).toBe('first second third');
  });

  it('still reads the listing of a hostile, deeply nested page', () => {
    const listing = extractListing(
      product('<div>'.repeat(5000) + '<h1>Linen Shirt</h1>'),
      'https://shop.example.com/p',
    );
    expect(listing.price).toBe(59);
    expect(listing.currency).toBe('EUR');
  });

  it('bounds a small tree at a given depth', () => {
    const doc = parseProductHtml('<html><body><a><b><i><u>x</u>y</i></b></a></body></html>');
    capDepth(doc, 3);
    // html(0) > body(1) > a(2) > b(3): b's contents now lie flat beneath it.
    expect([...doc.querySelector('b')!.childNodes].map((n) => n.nodeName)).toEqual(['I', 'U', '#text', '#text']);
    expect(doc.querySelector('b')?.textContent).toBe('xy');
  });
});
