import { describe, expect, it } from 'vitest';
import { detectMentions } from '@/lib/detect';
import type { Line } from '@/lib/detect/context';
import { collectLines } from '@/lib/detect/lines';
import { linkedomDoc } from './helpers';

/** The text of every line collectLines reads from a page. */
function lineTexts(html: string): string[] {
  const lines: Line[] = [];
  const g = collectLines(linkedomDoc(html), lines);
  while (!g.next().done);
  return lines.map((l) => l.text);
}

describe('chrome classes and the article', () => {
  it('reads an article whose class names the site’s kind ("newsletter-post") when it holds the headline', () => {
    const html =
      '<html><body><article class="letter newsletter-post"><h1>Winter picks</h1>' +
      '<p>A warm <a href="https://knits.example/products/scarf">lambswool scarf</a> ($60) from Knit Co.</p>' +
      '</article><div class="newsletter-signup"><p>Sign up for our letter</p></div></body></html>';
    const t = lineTexts(html);
    expect(t).toContain('Winter picks');
    expect(t.some((x) => x.includes('lambswool scarf'))).toBe(true);
    // The sign-up box around no headline stays chrome.
    expect(t.some((x) => x.includes('Sign up'))).toBe(false);
  });

  it('reads a headline box with a chrome class but still skips the navigation inside it', () => {
    const html =
      '<html><body><div class="site-header"><h1>The Shop</h1><nav><a href="/a">Women</a></nav></div>' +
      '<main><p>Body text here</p></main></body></html>';
    const t = lineTexts(html);
    expect(t).toContain('The Shop');
    expect(t.some((x) => x.includes('Women'))).toBe(false);
  });
});

/** Brand, name, amount, retailer and link of each mention detectMentions finds on a page. */
function found(html: string, url: string) {
  return detectMentions(linkedomDoc(html), url).map((m) => [m.brand, m.name, m.price?.amount ?? null, m.retailer]);
}

describe('product embeds whose fields abut', () => {
  it('reads span fields with no space between them as separate lines, as the stylesheet shows them', () => {
    const html =
      '<html><body><main><article><h1>Coats</h1><div class="x1"><span class="a9">Norrow</span>' +
      '<span class="b7">Belted Melton Coat</span><span class="c3">norrow.example</span><span class="d2">$310</span>' +
      '</div><p><span class="dropcap">W</span>ool is warm.</p></article></main></body></html>';
    const t = lineTexts(html);
    expect(t).toEqual(expect.arrayContaining(['Norrow', 'Belted Melton Coat', 'norrow.example', '$310']));
    // A drop cap runs into the text of its own paragraph: not a field.
    expect(t).toContain('Wool is warm.');
  });

  it('keeps a screen-reader label with the price it labels, and Japanese spans together', () => {
    const html =
      '<html><body><main><div class="price"><span class="visually-hidden">Sale price</span>' +
      '<span class="amt">$21.00</span></div><p><span>上品な</span><span>トートバッグ</span></p></main></body></html>';
    const t = lineTexts(html);
    expect(t).toContain('Sale price$21.00');
    expect(t).toContain('上品なトートバッグ');
  });
});

describe('retailer journals: a shop linking its own product pages', () => {
  const page = (body: string) =>
    '<!DOCTYPE html><html lang="en"><head><title>Notes | Fenwold</title>' +
    '<meta property="og:site_name" content="Fenwold"></head><body><header><a href="/cart">Bag (0)</a></header>' +
    `<main><article><h1>Notes from the mill</h1>${body}</article></main></body></html>`;
  const URL = 'https://fenwold.example/journal/notes-from-the-mill';

  it('finds a shop’s own pieces linked from its journal, made and sold by the shop', () => {
    const body =
      '<p>This winter we spun a heavier yarn for the <a href="https://fenwold.example/products/harbour-rollneck">' +
      'Harbour Rollneck</a> and the <a href="https://fenwold.example/uk/field-cardigan">Field Cardigan</a>.</p>' +
      '<p>Read <a href="https://fenwold.example/journal/spinning-wool">how we spin wool</a> too.</p>';
    const got = found(page(body), URL);
    expect(got).toContainEqual(['Fenwold', 'Harbour Rollneck', null, 'Fenwold']);
    expect(got).toContainEqual(['Fenwold', 'Field Cardigan', null, 'Fenwold']);
    // A sister story in the journal is not a product.
    expect(got.some((m) => String(m[1]).includes('spin'))).toBe(false);
  });

  it('counts colour variants linked side by side once, under the piece’s own name', () => {
    const body =
      '<p>Our favourite knit is back for the season, and we could not choose a colour.</p>' +
      '<div class="links"><a href="https://fenwold.example/products/moss-cable-jumper">Moss Cable Jumper</a>' +
      '<a href="https://fenwold.example/products/oat-cable-jumper">Oat Cable Jumper</a></div>';
    const got = found(page(body), URL).filter((m) => String(m[1]).includes('Cable'));
    expect(got).toEqual([['Fenwold', 'Cable Jumper', null, 'Fenwold']]);
  });
});

describe('from-prices in round-up lines', () => {
  it('reads "Name (starting at $P; shop.com)" as the name, the amount and the shop', () => {
    const html =
      '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><article><h1>Best towels</h1>' +
      '<p><strong><a href="https://loomhaus.example/products/waffle-towel">Loomhaus Waffle Bath Towel</a> ' +
      '(starting at $48; loomhaus.example)</strong></p><p>Soft after one wash.</p></article></main></body></html>';
    const got = found(html, 'https://news.example.com/best-towels');
    expect(got.map((m) => [m[1], m[2]])).toContainEqual(['Waffle Bath Towel', 48]);
  });
});
