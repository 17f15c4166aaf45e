import { describe, expect, it } from 'vitest';
import { detectMentions, detectMentionsChunked } from '@/lib/detect';
import { happyDoc } from './helpers';

const URL = 'https://www.example-mag.com/fashion/picks/';
const page = (body: string, lang = 'en-US') =>
  happyDoc(
    `<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body><main><article>${body}</article></main></body></html>`,
  );
const names = (doc: Document) => detectMentions(doc, URL).map((m) => m.name);

describe('detectMentions behaviour', () => {
  it('reports a product written twice on the page once', () => {
    const doc = page(`
      <p>Our top pick: see below.</p>
      <ul><li>Veja V-10 Leather Sneakers, $175 at <a href="https://www.nordstrom.com/s/veja-v-10/1">Nordstrom</a></li></ul>
      <p>More prose in between.</p>
      <ul><li>Veja V-10 Leather Sneakers, $175 at <a href="https://www.nordstrom.com/s/veja-v-10/1">Nordstrom</a></li>
      <li>Ganni Recycled Rubber Boot, $295 at <a href="https://www.ssense.com/x">SSENSE</a></li></ul>`);
    expect(names(doc)).toEqual(['V-10 Leather Sneakers', 'Recycled Rubber Boot']);
  });

  it('returns mentions of different formats in page order', () => {
    const doc = page(`
      <h2>1. Khaite Danielle Jeans</h2><p>Great jeans.</p><p><a href="https://www.net-a-porter.com/p/1">$380 at Net-a-Porter</a></p>
      <p>Topshop Satin Slip Dress, £45 at <a href="https://www.topshop.com/x">Topshop</a></p>
      <div class="product-card"><a href="https://www.zappos.com/p/2"><div class="product-card__brand">Hunter</div><div class="product-card__name">Original Tall Boot</div><div class="product-card__price">$175</div></a></div>
      <figure><img src="a.jpg" alt=""><figcaption>Coat, £250, Whistles</figcaption></figure>`);
    expect(names(doc)).toEqual(['Danielle Jeans', 'Satin Slip Dress', 'Original Tall Boot', 'Coat']);
  });

  it('skips hidden elements and site chrome', () => {
    const doc = page(`
      <p hidden>Zara Embossed Bag, $22.99 at <a href="https://www.zara.com/a">Zara</a></p>
      <p aria-hidden="true">Zara Rigid Bag, $49.90 at <a href="https://www.zara.com/b">Zara</a></p>
      <div style="display: none"><p>Zara Woven Bag, $39.90 at <a href="https://www.zara.com/c">Zara</a></p></div>
      <div class="cookie-banner"><p>Zara Tote Bag, $29.90 at <a href="https://www.zara.com/d">Zara</a></p></div>
      <nav><p>Zara Mini Bag, $19.90 at <a href="https://www.zara.com/e">Zara</a></p></nav>
      <p>Zara Shopper Bag, $59.90 at <a href="https://www.zara.com/f">Zara</a></p>`);
    expect(names(doc)).toEqual(['Shopper Bag']);
  });

  it('keeps HTML-looking page text as text', () => {
    const doc = page(
      `<p>&lt;img src=x onerror="alert(1)"&gt; Mini Bag, $59 at <a href="https://www.zara.com/x">Zara</a></p>`,
    );
    const before = doc.querySelectorAll('img').length;
    const [m] = detectMentions(doc, URL);
    expect(m?.name).toContain('<img src=x');
    expect(doc.querySelectorAll('img').length).toBe(before);
  });

  it('reads a subtree when given an element', () => {
    const doc = page(`
      <section id="a"><p>Zara Shopper Bag, $59.90 at <a href="https://www.zara.com/f">Zara</a></p></section>
      <section id="b"><p>Mango Bamboo Bag, $59.99 at <a href="https://shop.mango.com/x">Mango</a></p></section>`);
    expect(detectMentions(doc.getElementById('b')!, URL).map((m) => m.brand)).toEqual(['Mango']);
  });

  it('returns nothing, cheaply, for a page without prices, buy links or product markup', () => {
    const doc = page('<p>Quiet luxury is everywhere. The Row and Loro Piana lead it.</p>'.repeat(50));
    expect(detectMentions(doc, URL)).toEqual([]);
  });

  it('reads "$" by the page locale unless the text says otherwise', () => {
    const body = `<p>Roots Cabin Cardigan, $99 at <a href="https://www.roots.com/ca/x">Roots</a></p>
      <p>Coach Tabby Bag, US$295 at <a href="https://www.coach.com/x">Coach</a></p>`;
    const ca = detectMentions(page(body, 'en-CA'), 'https://www.fashion.ca/x').map((m) => m.price?.currency);
    const au = detectMentions(page(body, 'en'), 'https://www.fashion.com.au/x').map((m) => m.price?.currency);
    expect(ca).toEqual(['CAD', 'USD']);
    expect(au).toEqual(['AUD', 'USD']);
  });

  it('survives a 2 MB page and still finds its products', () => {
    const prose = '<p>Long prose about seasons, colours and the way a coat falls, costing nothing to read. </p>'.repeat(
      20,
    );
    const products = Array.from(
      { length: 40 },
      (_, k) => `<p>Zara Item Number ${k + 1}, $${k + 10} at <a href="https://www.zara.com/p${k}">Zara</a></p>`,
    );
    let html = '';
    for (let k = 0; html.length < 2_000_000; k++) html += `<div class="section">${prose}${products[k % 40]}</div>`;
    const found = detectMentions(page(html), URL);
    expect(new Set(found.map((m) => m.name)).size).toBe(40);
    // A functional check on a big page, not a speed gate (that is the bench's job): allow a loaded machine.
  }, 30_000);

  it('gives the same answer in slices and stops when aborted', async () => {
    const body =
      `<p>Zara Shopper Bag, $59.90 at <a href="https://www.zara.com/f">Zara</a></p>`.repeat(3) +
      `<p>Mango Bamboo Bag, $59.99 at <a href="https://shop.mango.com/x">Mango</a></p>`;
    const doc = page(body);
    const sync = detectMentions(doc, URL);
    const sliced = await detectMentionsChunked(doc, URL, { sliceMs: 0 });
    expect(sliced.map((m) => m.name)).toEqual(sync.map((m) => m.name));
    const ctl = new AbortController();
    ctl.abort(new Error('page left'));
    await expect(detectMentionsChunked(doc, URL, { signal: ctl.signal })).rejects.toThrow('page left');
  });

  it('reads several products in one sentence and ignores discount notes', () => {
    const doc = page(`
      <p>Topshop dress, £45; Zara boots, £69</p>
      <p>Levi's 501 Original Jeans, was $98, now $49 (50% off) at <a href="https://www.amazon.com/dp/B1">Amazon</a></p>`);
    expect(
      detectMentions(doc, URL).map((m) => [m.brand, m.name, m.price?.amount, m.price?.currency, m.retailer]),
    ).toEqual([
      ['Topshop', 'dress', 45, 'GBP', null],
      ['Zara', 'boots', 69, 'GBP', null],
      ["Levi's", '501 Original Jeans', 49, 'USD', 'Amazon'],
    ]);
  });

  it('copes with empty, deeply nested and price-stuffed pages', () => {
    expect(detectMentions(happyDoc(''), URL)).toEqual([]);
    const deep =
      '<div>'.repeat(3000) +
      '<p>Zara Shopper Bag, $59.90 at <a href="https://www.zara.com/f">Zara</a></p>' +
      '</div>'.repeat(3000);
    expect(detectMentions(page(deep), URL).map((m) => m.name)).toEqual(['Shopper Bag']);
    const stuffed = page(`<p>${'$5 '.repeat(5000)}</p>`);
    expect(detectMentions(stuffed, URL)).toEqual([]);
    expect(detectMentions(page('<p>x</p>'), 'not a url')).toEqual([]);
  });
});
