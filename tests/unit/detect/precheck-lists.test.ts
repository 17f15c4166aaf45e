import { describe, expect, it } from 'vitest';
import { precheckReason, worthReading } from '@/lib/detect/precheck';
import { happyDoc } from './helpers';
import { ITEM_WORD } from '@/lib/detect/precheck-lists';

const page = (body: string) =>
  happyDoc(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
const prose = (n: number) =>
  Array.from({ length: n }, (_, k) => `<p>Paragraph ${k} of a walk in the park, with a friend and a dog.</p>`).join('');

describe('pre-check: outfit lists joined by a space or a comma', () => {
  it('passes "item Brand, item Brand" lists in prose', () => {
    const list = '<p>Oggi indosso: gonna plissé Benetton, camicia Sisley, stivali Geox.</p>';
    expect(precheckReason(page(`${prose(2)}${list}`))).toBe('credit lines');
  });
  it('passes "Item, Brand" credits separated by semicolons, with "courtesy of"', () => {
    const list = '<p>Worn today: denim jacket, Carhartt; loafers, courtesy of Sebago; tote, Fjällräven.</p>';
    expect(worthReading(page(`${prose(2)}${list}`))).toBe(true);
  });
  it('passes credits whose elements run together ("jacketBarbour", "RixoSkirt" lower-cased)', () => {
    const glued = '<div><span>Jackets, Barbour</span><span>Boots, Hunter</span></div>';
    expect(worthReading(page(`${prose(2)}${glued}`))).toBe(true);
    const lower = '<div><span>kurtka Wrangler</span><span>spodnie Lee</span><span>buty Adidas</span></div>';
    expect(worthReading(page(`${prose(2)}${lower}`))).toBe(true);
  });
  it('stops prose where a brand follows a product word, menus, and lists of brand names', () => {
    const news = '<p>Sales of shoes Nike said were weak. The dress Versace showed closed the evening.</p>';
    expect(worthReading(page(`${prose(3)}${news}`))).toBe(false);
    expect(worthReading(page(`${prose(3)}<nav>Shoes, Bags, Dresses, Sale</nav>`))).toBe(false);
    const brands = '<p>Marc O’Polo, Tommy Hilfiger, Fred Perry and Lacoste opened stores.</p>';
    expect(worthReading(page(`${prose(3)}${brands}`))).toBe(false);
  });
});

describe('item words looked up once per stretch', () => {
  it('answers a repeated stretch as the word tables do', () => {
    for (const stretch of ['shares of', 'the wool coat', 'a long walk', 'ankle boots', 'the wool coat', 'shares of']) {
      expect(ITEM_WORD.test(stretch)).toBe(/coat|boots/.test(stretch));
    }
  });
});
