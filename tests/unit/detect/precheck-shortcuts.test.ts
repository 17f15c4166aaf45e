import { describe, expect, it } from 'vitest';
import { precheckReason } from '@/lib/detect/precheck';
import { hostOf } from '@/lib/detect/precheck-hosts';
import { happyDoc } from './helpers';

// The pre-check skips work it can prove useless (it runs cold on every page): these pages check that each shortcut
// still reaches the same answer as reading everything.
const page = (body: string) =>
  happyDoc(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
const prose = '<p>Notes from a slow week in the country, with long walks and longer lunches.</p>';

describe('pre-check shortcuts', () => {
  it('reads link labels when the text holds a call to action, on links to its own site too', () => {
    expect(precheckReason(page(`${prose}<a href="/basket/add?id=4">Buy it here</a>`))).toBe('buy link');
    expect(precheckReason(page(`${prose}<a href="/garden">Gardening</a>`))).toBe(null);
  });

  it('still reads links to other sites when no label can hold a call to action', () => {
    const picks = [1, 2]
      .map((k) => `<a href="HTTPS://Store${k}.example/products/linen-${k}">Linen pick ${k}</a>`)
      .join(' ');
    expect(precheckReason(page(`${prose}${picks}`))).toBe('credits and product links');
    const relative = `<a href="//store3.example/p/wool-scarf">Wool scarf</a><a href="//store4.example/item/88">Hat</a>`;
    expect(precheckReason(page(`${prose}${relative}`))).toBe('credits and product links');
  });

  it('finds no host in a relative, fragment or mail link, and finds it in absolute ones', () => {
    for (const href of ['/a/b', '#top', '?p=2', 'mailto:x@y.example', '', 'shop/item', '/']) {
      expect(hostOf(href)).toBe(null);
    }
    expect(hostOf('HTTP://www.Example.com/x')).toBe('example.com');
    expect(hostOf('//cdn.example.org/y')).toBe('cdn.example.org');
    expect(hostOf('https:/broken.example')).toBe(null);
  });

  it('tells money apart without a digit: a sign or a written amount counts, a note without either does not', () => {
    expect(precheckReason(page('<p>A wool coat for forty pounds, a bargain.</p>'))).toBe('price near product word');
    expect(precheckReason(page('<p>A wool coat at £ ninety, a bargain.</p>'))).toBe('price near product word');
    expect(precheckReason(page('<p>A wool coat, a bargain, bought with the last of the summer money.</p>'))).toBe(null);
  });
});
