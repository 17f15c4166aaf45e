import { afterEach, describe, expect, it } from 'vitest';
import { mentionImage } from '@/lib/content/mention-image';
import { toReport } from '@/lib/content/report';

// happy-dom's page address; relative sources resolve against it as a browser resolves them against the page.
const BASE = document.baseURI;
const abs = (path: string) => new URL(path, BASE).href;

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}
afterEach(() => {
  document.body.innerHTML = '';
});

describe('mentionImage', () => {
  it('takes the only picture of the mention’s list item, resolved against the page', () => {
    const body = page(`<ul>
      <li><figure><img src="/img/a.jpg" width="300"></figure><p id="a">Theory Pouch, $165</p></li>
      <li><figure><img src="/img/b.jpg"></figure><p id="b">Mango Bag, $59</p></li></ul>`);
    expect(mentionImage(body.querySelector('#a')!, BASE)).toBe(abs('/img/a.jpg'));
    expect(mentionImage(body.querySelector('#b')!, BASE)).toBe(abs('/img/b.jpg'));
  });

  it('does not borrow a picture from a container shared by several products', () => {
    const body = page(
      `<div><img src="/hero.jpg"><div><p id="a">Theory Pouch, $165</p></div><img src="/other.jpg"></div>`,
    );
    expect(mentionImage(body.querySelector('#a')!, BASE)).toBeNull();
  });

  it('finds the figure right after a heading mention', () => {
    const body = page(
      `<h3 id="a">1. Theory Pouch</h3><figure><img src="/a.jpg"></figure><p>Text</p><h3>2. Other</h3><figure><img src="/b.jpg"></figure>`,
    );
    expect(mentionImage(body.querySelector('#a')!, BASE)).toBe(abs('/a.jpg'));
  });

  it('reads lazy-loading sources, skips icons and never returns a non-http URL', () => {
    const lazy = page(
      `<li><img src="data:image/gif;base64,R0lGOD" data-src="https://cdn.example/p.jpg"><p id="a">Pouch</p></li>`,
    );
    expect(mentionImage(lazy.querySelector('#a')!, BASE)).toBe('https://cdn.example/p.jpg');
    const icon = page(`<li><img src="/icon.png" width="16" height="16"><p id="a">Pouch</p></li>`);
    expect(mentionImage(icon.querySelector('#a')!, BASE)).toBeNull();
    const bad = page(`<li><img src="javascript:alert(1)"><p id="a">Pouch</p></li>`);
    expect(mentionImage(bad.querySelector('#a')!, BASE)).toBeNull();
  });

  it('goes into the report next to its mention, as a URL only', () => {
    const body = page(`<li><img src="/a.jpg"><p id="a">Pouch</p></li>`);
    const el = body.querySelector('#a')!;
    const report = toReport(BASE, 'Minis', [
      { brand: 'Theory', name: 'Pouch', price: null, retailer: null, url: null, element: el } as never,
    ]);
    expect(report.images).toEqual([abs('/a.jpg')]);
    expect(report.mentions[0]).not.toHaveProperty('element');
  });
});
