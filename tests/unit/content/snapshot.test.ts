import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { snapshotPage } from '@/lib/content/snapshot';
import { toDetected } from '@/lib/content/found';
import { inlineEntries } from '@/lib/inline/entries';
import { mentionIdOf } from '@/lib/mention-id';
import { findMentionsForTab } from '@/lib/background/find-mentions';
import { parsePageSnapshot } from '@/lib/protocol';
import { SNAPSHOT_INDEX_ATTR } from '@/lib/protocol';
import { happyDoc } from '../detect/helpers';

const reparse = (html: string) => parseHTML(html).document as unknown as Document;
const caps = { maxChars: 1_000_000, maxElements: 10_000, maxMs: 1_000 };

describe('snapshotPage', () => {
  it('keeps the text and the attributes the detector reads, and numbers every element it keeps', () => {
    const doc = happyDoc(
      '<html lang="en-GB"><head><title>Bags</title><meta property="og:site_name" content="Mag">' +
        '<link rel="stylesheet" href="/x.css">' +
        '<script>var secret = 1</script><script type="application/ld+json"></script></head>' +
        '<body><article class="post" data-track="x" onclick="steal()"><h2 id="a1">Mini bag</h2>' +
        '<p style="color:red">$89 at <a href="https://shop.example/p/1" target="_blank">Shop</a></p>' +
        '<div style="display: none">hidden</div><img alt="A bag" src="/bag.jpg">' +
        '<svg><text>logo</text></svg></article></body></html>',
    );
    // Set by a script, JSON-LD can hold what would end the element in markup.
    doc.querySelector('script[type="application/ld+json"]')!.textContent = '{"@type":"Product","name":"</script>"}';
    const snap = snapshotPage(doc, caps);
    expect(snap.truncated).toBe(false);
    expect(snap.html).not.toMatch(/secret|onclick|data-track|target=|stylesheet|color:red|<svg|logo|src=/);
    const copy = reparse(snap.html);
    expect(copy.documentElement.getAttribute('lang')).toBe('en-GB');
    expect(copy.title).toBe('Bags');
    expect(copy.querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toBe('Mag');
    expect(JSON.parse(copy.querySelector('script[type="application/ld+json"]')!.textContent!)).toEqual({
      '@type': 'Product',
      name: '</script>',
    });
    expect(copy.querySelector('a')?.getAttribute('href')).toBe('https://shop.example/p/1');
    expect(copy.querySelector('p')?.textContent).toBe('$89 at Shop');
    expect(copy.querySelector('div')?.getAttribute('style')).toBe('display:none');
    expect(copy.querySelector('img')?.getAttribute('alt')).toBe('A bag');
    // Every element of the copy names the live element it came from.
    for (const e of Array.from(copy.querySelectorAll('*'))) {
      const live = snap.elements[Number(e.getAttribute(SNAPSHOT_INDEX_ATTR))]!;
      expect(live.localName).toBe(e.localName);
    }
    const h2 = Number(copy.querySelector('h2')!.getAttribute(SNAPSHOT_INDEX_ATTR));
    expect(snap.elements[h2]).toBe(doc.getElementById('a1'));
  });

  it('keeps product data (JSON-LD) in the body too, and no other script', () => {
    const doc = happyDoc(
      '<body><p>x</p><script>track()</script>' +
        '<script type="application/ld+json">{"@type":"Product","name":"Bag"}</script></body>',
    );
    const copy = reparse(snapshotPage(doc, caps).html);
    const scripts = Array.from(copy.querySelectorAll('script'));
    expect(scripts.map((e) => JSON.parse(e.textContent!))).toEqual([{ '@type': 'Product', name: 'Bag' }]);
  });

  it('carries no form field values, only button captions', () => {
    const doc = happyDoc(
      '<body><form><input type="hidden" name="csrf" value="tok123"><input type="email" value="me@x.example">' +
        '<input type="submit" value="Add to bag"><textarea>draft</textarea></form></body>',
    );
    const html = snapshotPage(doc, caps).html;
    expect(html).not.toMatch(/tok123|me@x|draft/);
    expect(reparse(html).querySelector('input[type="submit"]')?.getAttribute('value')).toBe('Add to bag');
  });

  it('passes page text as text, and the page cannot forge an element index', () => {
    const doc = happyDoc('<body><p m="0">&lt;a href="x" m="0"&gt;fake&lt;/a&gt; &amp; more</p></body>');
    const snap = snapshotPage(doc, caps);
    const copy = reparse(snap.html);
    expect(copy.querySelectorAll('a')).toHaveLength(0);
    expect(copy.querySelector('p')?.textContent).toBe('<a href="x" m="0">fake</a> & more');
    expect(snap.elements[Number(copy.querySelector('p')!.getAttribute(SNAPSHOT_INDEX_ATTR))]?.localName).toBe('p');
  });

  it('reads a page over the caps up to them, well-formed, without failing', () => {
    const rows = Array.from({ length: 3000 }, (_, k) => `<li>Item ${k} — ${'long text '.repeat(20)}</li>`).join('');
    const doc = happyDoc(`<body><nav>${'<a href="/x">x</a>'.repeat(50)}</nav><ul>${rows}</ul></body>`);
    const byChars = snapshotPage(doc, { ...caps, maxChars: 50_000 });
    expect(byChars.truncated).toBe(true);
    expect(byChars.html.length).toBeLessThan(60_000);
    expect(byChars.html.endsWith('</ul></body></html>')).toBe(true);
    const byElements = snapshotPage(doc, { ...caps, maxElements: 500 });
    expect(byElements.truncated).toBe(true);
    expect(byElements.elements.length).toBeLessThanOrEqual(500);
    expect(reparse(byElements.html).querySelectorAll('li').length).toBeGreaterThan(300);
  });

  it('reads the article first when the page has more elements than the cap', () => {
    const filler = '<div><span>menu</span></div>'.repeat(400);
    const article = '<article><h1>Picks</h1><p>$40 bag</p></article>';
    const doc = happyDoc(`<body><header>${filler}</header><div class="wrap">${article}</div></body>`);
    const snap = snapshotPage(doc, { ...caps, maxElements: 200 });
    const copy = reparse(snap.html);
    expect(snap.truncated).toBe(true);
    expect(copy.querySelector('article h1')?.textContent).toBe('Picks');
    expect(copy.querySelector('div.wrap > article')).toBeTruthy();
    expect(copy.querySelector('header')).toBeNull();
  });
});

describe('the findMentions boundary', () => {
  it('the background takes only a well-formed snapshot of an http(s) page', () => {
    expect(parsePageSnapshot({ pageUrl: 'https://a.example/', html: '<p>x</p>', truncated: false })).toEqual({
      pageUrl: 'https://a.example/',
      html: '<p>x</p>',
      truncated: false,
    });
    for (const bad of [null, 'x', { pageUrl: 'javascript:1', html: '' }, { pageUrl: 'https://a.example/', html: 4 }]) {
      expect(parsePageSnapshot(bad)).toBeNull();
    }
    expect(parsePageSnapshot({ pageUrl: 'https://a.example/', html: 'x'.repeat(7_000_000) })).toBeNull();
  });

  it('the content script keeps only valid mentions whose index names a live element', () => {
    const els = [happyDoc('<p>a</p>').querySelector('p')!];
    const m = { brand: 'Ganni', name: 'Bag', price: { amount: 40, currency: 'USD' }, retailer: null, url: null };
    expect(toDetected({ mentions: [m, m, { name: 3 }], at: [0, 5, 0] }, els)).toEqual([{ ...m, element: els[0] }]);
    expect(toDetected({ mentions: [m], at: [0, 1] }, els)).toEqual([]);
    expect(toDetected('nope', els)).toEqual([]);
  });

  it('the background names each mention by its id, which the page keeps only when well formed', async () => {
    const doc = happyDoc('<article><h3>Ganni Cable Knit Jumper</h3><p>$89 at <a href="x">Shop</a></p></article>');
    const els = [doc.querySelector('h3')!, doc.querySelector('p')!];
    const m = { brand: 'Ganni', name: 'Bag', price: { amount: 40, currency: 'USD' }, retailer: null, url: null };
    const id = mentionIdOf(m);
    const got = toDetected({ mentions: [m, m], at: [0, 1], ids: [id, '<b>not an id</b>'] }, els);
    expect(got).toEqual([
      { ...m, element: els[0], id },
      { ...m, element: els[1] },
    ]);
    // Both reach the controls under the one id the background and the page agree on.
    expect(inlineEntries(got).map((e) => e.id)).toEqual([id, id]);
    // A list of ids that does not match the mentions is ignored whole.
    expect(toDetected({ mentions: [m], at: [0], ids: [id, id] }, els)).toEqual([{ ...m, element: els[0] }]);
  });
});

describe('detections per tab', () => {
  it('start a tab’s next detection no sooner than the gap after its last, other tabs unaffected', async () => {
    const page = { pageUrl: 'https://a.example/', html: '<p>nothing to buy</p>', truncated: false };
    const gap = 1000;
    const t0 = Date.now();
    await findMentionsForTab(7, page, gap);
    const t8 = Date.now();
    await findMentionsForTab(8, page, gap);
    // Another tab does not wait for tab 7's gap.
    expect(Date.now() - t8).toBeLessThan(gap);
    const second = await findMentionsForTab(7, page, gap);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(gap - 5);
    expect(second).toEqual({ mentions: [], at: [], ids: [] });
  });
});
