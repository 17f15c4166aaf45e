import { describe, expect, it } from 'vitest';
import { precheckReason, worthReading } from '@/lib/detect/precheck';
import { happyDoc, linkedomDoc } from './helpers';

const html = (body: string, head = '') =>
  `<!doctype html><html><head><title>t</title>${head}</head><body>${body}</body></html>`;
const page = (body: string, head = '') => happyDoc(html(body, head));
/** A parsed page as the CLI sees it: no location, so the page's own host comes from its canonical address. */
const parsed = (body: string, url = 'https://blog.example/post') =>
  linkedomDoc(html(body, `<link rel="canonical" href="${url}">`));
const prose = (n: number) =>
  Array.from({ length: n }, (_, k) => `<p>Paragraph ${k} of a walk in the park, with a friend and a dog.</p>`).join('');

describe('pre-check: outfit credits without prices or shop links', () => {
  it('passes "Item: Brand" lines, in any case and joined by //', () => {
    expect(precheckReason(page(`${prose(3)}<p>jumper: Arket<br>trousers: c/o Toast<br>boots: Blundstone</p>`))).toBe(
      'credit lines',
    );
    const wearing = '<p>Wearing: Skirt: Whistles // Cardigan: & Other Stories // Bag: vintage</p>';
    expect(worthReading(page(wearing))).toBe(true);
  });
  it('passes "Item – Brand" and "Item von/de Brand" credits in other languages', () => {
    expect(worthReading(page('<ul><li>Sukienka – Mohito</li><li>Torebka – Wittchen</li></ul>'))).toBe(true);
    expect(worthReading(page('<p>Sie trägt eine Jacke von Closed und Stiefel von Vagabond.</p>'))).toBe(true);
    expect(worthReading(page('<p>コート:YLÈVE<br>スニーカー:New Balance</p>'))).toBe(true);
  });
  it('passes release previews: a quoted colourway "by" its brand', () => {
    const drops = '<h3>Air Max 1 “Sail” by Nike</h3><p>Soft.</p><h3>Gel-Kayano 14 “Cream” by Asics</h3>';
    expect(worthReading(page(drops))).toBe(true);
  });
  it('stops colons, dashes and "by" in prose that credits no product', () => {
    const talk = '<p>Note: Tickets sold out. Photo by Jane Doe. Paris – Berlin in four hours. Agenda: Lunch.</p>';
    expect(worthReading(page(`${prose(5)}${talk}`))).toBe(false);
  });
});

describe('pre-check: amounts', () => {
  it('reads a currency code glued to the amount', () => {
    expect(worthReading(page('<p>The bag will retail for SGD3890 in Singapore.</p>'))).toBe(true);
    expect(worthReading(page('<p>The new tote, SGD2,660, is in stores now.</p>'))).toBe(true);
    expect(worthReading(page('<p>Die Tasche kostet 129,99 zł.</p>'))).toBe(true);
  });
  it('reads amounts in words and product words of more languages', () => {
    expect(worthReading(page('<p>The best toaster in the test costs forty pounds.</p>'))).toBe(true);
    expect(worthReading(page('<p>Gli stivali da pioggia neri, prezzo 85€.</p>'))).toBe(true);
    expect(worthReading(page('<p>Klassisk lampa från IKEA kostar 199 kr.</p>'))).toBe(true);
  });
  it('does not take "that", "during" or "invest" for a hat, a ring or a vest', () => {
    const markets = '<p>Investors said that during the quarter they would invest $40 million more.</p>';
    expect(worthReading(page(`${prose(3)}${markets}`))).toBe(false);
  });
});

describe('pre-check: notices and buttons', () => {
  it('passes an affiliate notice in the languages Magpie reads', () => {
    expect(worthReading(page('<p>Beim Kauf über Links erhalten wir ggf. eine Provision.</p>'))).toBe(true);
    expect(worthReading(page('<p>Köper du via våra länkar kan vi få provision.</p>'))).toBe(true);
    expect(worthReading(page('<p>Postaus sisältää *mainoslinkin.</p>'))).toBe(true);
  });
  it('stops a site-wide "Affiliate disclosure" footer link and an unrelated commission', () => {
    const footer = '<footer><a href="/affiliate-disclosure">Affiliate disclosure</a></footer>';
    expect(worthReading(page(`${prose(3)}${footer}`))).toBe(false);
    expect(worthReading(page('<p>The European Commission fined the carmaker on Tuesday.</p>'))).toBe(false);
  });
  it('passes add-to-cart and see-the-product buttons of shop grids and comparison sites', () => {
    expect(worthReading(page('<div><b>Krem</b><button>Do koszyka</button></div>'))).toBe(true);
    expect(worthReading(page('<div>Løvsuger 1800 W, 1.499 kr.<a href="/go/1">Se produkt</a></div>'))).toBe(true);
  });
});

describe('pre-check: links to other sites', () => {
  it('passes linked picks: product names linking to product pages elsewhere', () => {
    const picks =
      '<p>I found a <a href="https://www.zappos.com/propet-walking-shoes">pair of walking shoes</a> there.</p>' +
      '<p>Ordered from <a href="https://www.zappos.com/propet-walking-shoes">Zappos</a>.</p>';
    expect(worthReading(page(picks))).toBe(true);
  });
  it("tells the page's own links by its canonical address when the document has no location", () => {
    const own = [1, 2, 3].map((k) => `<a href="https://blog.example/shop/bags-${k}">Bags ${k}</a>`).join('');
    expect(worthReading(parsed(`${prose(2)}${own}`))).toBe(false);
    expect(worthReading(parsed(`${prose(2)}${own}`, 'https://another.example/post'))).toBe(true);
  });
  it('ignores social posts whose paths look like product slots', () => {
    const posts = [1, 2, 3].map((k) => `<a href="https://www.instagram.com/p/Cx${k}abc/">Post ${k}</a>`).join('');
    expect(worthReading(page(`${prose(2)}${posts}`))).toBe(false);
  });
});

describe('pre-check: what it reads', () => {
  it('skips long inline scripts: app state is no reading matter', () => {
    const items = Array(40).fill({ t: 'Dress', p: '$89' });
    const state = `<script type="application/json">${JSON.stringify({ items })}</script>`;
    expect(worthReading(page(`${prose(3)}${state}`))).toBe(false);
  });
});
