import { describe, expect, it } from 'vitest';
import { placementFor } from '@/lib/inline/placement';

function el(html: string, selector: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div.querySelector(selector)!;
}

describe('placementFor', () => {
  it('goes at the end of an ordinary element', () => {
    const p = el('<p id="m">Staud <b>Shirley</b> bag, $295</p>', '#m');
    expect(placementFor(p)).toEqual({ anchor: p, append: 'last' });
  });

  it('goes after a link (inside it the page would navigate)', () => {
    const a = el('<p><a id="m" href="https://shop.example/x">Staud Shirley bag</a></p>', '#m');
    expect(placementFor(a)).toEqual({ anchor: a, append: 'after' });
  });

  it('goes after the enclosing link when the mention is inside one', () => {
    const div = document.createElement('div');
    div.innerHTML = '<a id="link" href="https://shop.example/x"><span id="m">Staud</span></a>';
    expect(placementFor(div.querySelector('#m')!)).toEqual({ anchor: div.querySelector('#link'), append: 'after' });
  });

  it('goes after elements that cannot hold it', () => {
    for (const [html, sel] of [
      ['<img id="m" src="https://cdn.example/a.jpg">', '#m'],
      ['<table><tbody><tr id="m"><td>x</td></tr></tbody></table>', '#m'],
      ['<ul id="m"><li>x</li></ul>', '#m'],
    ] as const) {
      const e = el(html, sel);
      expect(placementFor(e)).toEqual({ anchor: e, append: 'after' });
    }
  });

  it('joins the last line of a product card instead of adding a line below it', () => {
    const li = el(
      '<ul><li id="m"><figure><a href="https://shop.example/x"><img src="https://cdn.example/a.jpg"></a></figure><p>Theory</p><p id="last">Satin pouch, $165 at <a href="https://shop.example/x">Net-a-Porter</a></p></li></ul>',
      '#m',
    );
    expect(placementFor(li)).toEqual({ anchor: li.querySelector('#last'), append: 'last' });
  });

  it('stays on the element when text follows its last child', () => {
    const p = el('<p id="m"><b>Staud</b> Shirley bag</p>', '#m');
    expect(placementFor(p).anchor).toBe(p);
  });

  it('goes at the end of a list item or table cell', () => {
    const li = el('<ul><li id="m">Ganni cardigan</li></ul>', '#m');
    expect(placementFor(li).append).toBe('last');
    const td = el('<table><tbody><tr><td id="m">Ganni</td></tr></tbody></table>', '#m');
    expect(placementFor(td).append).toBe('last');
  });
});
