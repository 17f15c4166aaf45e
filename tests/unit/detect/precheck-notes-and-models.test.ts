import { describe, expect, it } from 'vitest';
import { worthReading } from '@/lib/detect/precheck';
import { proseCredits } from '@/lib/detect/precheck-prose';
import { happyDoc } from './helpers';

const page = (body: string) =>
  happyDoc(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
const prose = (n: number) =>
  Array.from({ length: n }, (_, k) => `<p>Paragraph ${k} of a walk in the park, with a friend and a dog.</p>`).join('');

describe('pre-check: list credits with a note or a leading space', () => {
  it('counts a list credit whose maker is followed by a note in brackets', () => {
    const list = 'Jumper, trousers et bottes, Sézane (hiver 2019) Collier en perles Monki (en boutique)';
    expect(proseCredits(list, list.toLowerCase(), 0, 2)).toBe(2);
    const it = 'Gonna, cardigan e stivali, Pinko (saldi) borsa a tracolla Furla (regalo)';
    expect(proseCredits(it, it.toLowerCase(), 0, 2)).toBe(2);
  });
  it('does not count a menu of items, with or without notes', () => {
    const menu = 'Dresses, Shoes (new), Bags, Coats (sale), Jeans';
    expect(proseCredits(menu, menu.toLowerCase(), 0, 2)).toBe(0);
  });
});

describe('pre-check: one sneaker model in a personal post', () => {
  it("passes one sneaker model in the blog's own voice, in several languages", () => {
    const nl = '<p>Mijn favoriet blijft de Puma Suede, ik draag hem bijna elke dag en ik koop hem steeds opnieuw.</p>';
    expect(worthReading(page(`${prose(2)}${nl}`))).toBe(true);
    const en = '<p>My go-to pair is still the Saucony Jazz. I wear them to work and my feet thank me.</p>';
    expect(worthReading(page(`${prose(2)}${en}`))).toBe(true);
  });
  it('stops the same model in a report with no voice, and a firm after its maker', () => {
    const report = '<p>Analysts said the Puma Suede sold well in the quarter, the company reported.</p>';
    expect(worthReading(page(`${prose(3)}${report}`))).toBe(false);
    const firm = '<p>My note: Puma SE and Nike Inc reported. My view is that both will grow.</p>';
    expect(worthReading(page(`${prose(3)}${firm}`))).toBe(false);
  });
});
