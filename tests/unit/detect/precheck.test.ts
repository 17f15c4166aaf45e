import { describe, expect, it } from 'vitest';
import { worthReading } from '@/lib/detect/precheck';
import { happyDoc } from './helpers';

const page = (body: string) =>
  happyDoc(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
const markets = Array.from(
  { length: 50 },
  (_, k) => `<p>Shares of <a href="/co-${k}">Company ${k}</a> rose to $${k}.20 after revenue of $${k}.4 billion.</p>`,
).join('');

describe('worthReading (the pre-check)', () => {
  it('stops a page full of money amounts with nothing for sale', () => {
    expect(worthReading(page(markets))).toBe(false);
    const news = `<script type="application/ld+json">{"@type":"NewsArticle"}</script>${markets}`;
    expect(worthReading(page(news))).toBe(false);
  });
  it('passes a price next to a product word, in any of its languages', () => {
    expect(worthReading(page(`${markets}<p>The Leather Tote, $295, Madewell.</p>`))).toBe(true);
    expect(worthReading(page('<p>Robe longue en lin, 89,99 €, Mango.</p>'))).toBe(true);
  });
  it('passes product structured data, an affiliate disclosure and a list of links to product pages', () => {
    expect(worthReading(page(`<script type="application/ld+json">{"@type":"Product","name":"x"}</script>`))).toBe(true);
    expect(worthReading(page('<p>We may earn a commission when you buy through our links.</p>'))).toBe(true);
    const picks = [1, 2, 3].map((k) => `<a href="https://shop${k}.example/products/item-${k}">Pick ${k}</a>`).join('');
    expect(worthReading(page(`<p>Picks</p>${picks}`))).toBe(true);
    // Two links to other sites' product slots are two linked picks; two stories on other sites are related links.
    expect(worthReading(page(`<p>Picks</p>${picks.split('</a>').slice(0, 2).join('</a>')}</a>`))).toBe(true);
    const related = [1, 2]
      .map((k) => `<a href="https://news${k}.example/style/winter-coats-${k}">Story ${k}</a>`)
      .join('');
    expect(worthReading(page(`<p>Related</p>${related}`))).toBe(false);
  });
  it('passes a price beside a link to another site, and stops one beside a link on the same site', () => {
    expect(worthReading(page('<p>Ours was $40 at <a href="https://other-shop.example/x">Other</a>.</p>'))).toBe(true);
    expect(worthReading(page('<p>Ours was $40 at <a href="/x">home</a>.</p>'))).toBe(false);
  });
});
