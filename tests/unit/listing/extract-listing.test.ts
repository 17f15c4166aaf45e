import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractListing, extractListingFromDocument } from '@/lib/listing';
import { RETAIL_DIR, loadRetailFixtures } from './fixtures';

describe('extractListing API', () => {
  it('needs an absolute http(s) page URL', () => {
    expect(() => extractListing('<h1>x</h1>', 'not a url')).toThrow(TypeError);
    expect(() => extractListing('<h1>x</h1>', '/relative/path')).toThrow(/absolute http/);
    expect(() => extractListing('<h1>x</h1>', 'file:///tmp/x.html')).toThrow(TypeError);
  });

  it('returns nulls and the page URL for an empty or non-product page', () => {
    const empty = {
      title: null,
      brand: null,
      price: null,
      currency: null,
      availability: null,
      image: null,
      url: 'https://x.example/',
    };
    expect(extractListing('', 'https://x.example/')).toEqual(empty);
    expect(extractListing('<p>Just a blog post about nothing.</p>', 'https://x.example/')).toEqual(empty);
  });

  it('never throws on hostile or malformed markup', () => {
    const junk = [
      '<script type="application/ld+json">{"@type":"Product","offers":{"price":{"price":{"price":{"price":{}}}}}}</script>',
      '<script type="application/ld+json">[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]</script>',
      '<div itemscope itemtype="http://schema.org/Product" itemref="a"><span id="a" itemscope itemtype="http://schema.org/Product" itemref="b"></span></div>',
      '<meta property="og:image" content="javascript:alert(1)"><h1><svg><style>.x{}</style></svg></h1>',
      '<'.repeat(10_000),
    ];
    for (const html of junk) expect(() => extractListing(html, 'https://x.example/p')).not.toThrow();
    expect(extractListing(junk[3]!, 'https://x.example/p').image).toBeNull();
  });

  it('gives the same listing from a browser document (content script path) as from HTML', () => {
    for (const f of loadRetailFixtures()) {
      const doc = new DOMParser().parseFromString(
        readFileSync(join(RETAIL_DIR, `${f.name}.html`), 'utf8'),
        'text/html',
      );
      expect(extractListingFromDocument(doc, f.url), f.name).toEqual(f.expected);
    }
  });
});

describe('hostile page shapes', () => {
  it('survives elements nested thousands of levels deep', () => {
    const n = 10_000;
    const html = `<h1>Deep Lamp</h1><div class="price">${'<span>'.repeat(n)}€5.00${'</span>'.repeat(n)}</div>`;
    expect(() => extractListing(html, 'https://x.example.ie/p')).not.toThrow();
    expect(extractListing(html, 'https://x.example.ie/p').title).toBe('Deep Lamp');
  });
});
