import { describe, expect, it } from 'vitest';
import { makerLine } from '@/lib/detect/anchors/maker-line';
import { segments } from '@/lib/detect/anchors/line-spans';
import { makerLineFeatures } from '@/lib/detect/maker-line-features';
import { withoutMakerLineTwins } from '@/lib/detect/maker-line-twins';
import type { Candidate } from '@/lib/detect/context';
import { installBundledGazetteer } from '@/lib/gazetteer/bundled';
import { lineCtx } from './helpers';

installBundledGazetteer();

const read = (body: string) => makerLine.detect(lineCtx(body, 'en')).map((c) => [c.brand, c.name]);

describe('picks written maker first at the head of a line', () => {
  it('reads a short title line, a numbered pick with a comment and a maker set off by a dash', () => {
    expect(read('<p>Clinique Moisture Surge Gel</p>')).toEqual([['Clinique', 'Moisture Surge Gel']]);
    expect(read('<p>3 – Barbour quilted gilet. Warm enough for the school run and it packs away small.</p>')).toEqual([
      ['Barbour', 'quilted gilet'],
    ]);
    expect(read('<p>Chanel: Rouge Allure Velvet</p>')).toEqual([['Chanel', 'Rouge Allure Velvet']]);
  });

  it('reads every item of a one-line list, and an unknown maker among known ones', () => {
    expect(read('<p>Madewell denim jacket / Nike running shorts / Hollowbrook Mills wool socks</p>')).toEqual([
      ['Madewell', 'denim jacket'],
      ['Nike', 'running shorts'],
      ['Hollowbrook Mills', 'wool socks'],
    ]);
    expect(read('<p>Left to right: Chanel lipstick, Clinique toner, Barbour scarf</p>')).toEqual([
      ['Chanel', 'lipstick'],
      ['Clinique', 'toner'],
      ['Barbour', 'scarf'],
    ]);
  });

  it('reads no clause, no company and no long sentence that opens with a maker', () => {
    expect(read('<p>Nike has cut its forecast for the year.</p>')).toEqual([]);
    expect(read('<p>Nike Inc.</p>')).toEqual([]);
    expect(read('<p>Chanel Holdings</p>')).toEqual([]);
    expect(read(`<p>Chanel Rouge Allure Velvet${' and then a long story about the evening'.repeat(3)}</p>`)).toEqual(
      [],
    );
    expect(read('<p>Vintage wide trousers / Nike running shorts / Madewell denim jacket</p>')).toEqual([
      ['Nike', 'running shorts'],
      ['Madewell', 'denim jacket'],
    ]);
  });

  it('cuts lists at separators, short comma items and short sentences only', () => {
    expect(segments('a b / c d')?.map((s) => s.t)).toEqual(['a b', 'c d']);
    expect(segments('We went out, it rained, and we came home again after a very long and tiring walk')).toBeNull();
    expect(segments('Zara dress. Asos boots. Chanel bag.')?.length).toBe(3);
  });

  it('gives the scorer the shape of the line', () => {
    const [c] = makerLine.detect(lineCtx('<p>1. Clinique Moisture Surge Gel</p>', 'en'));
    const ctx = lineCtx('<p>1. Clinique Moisture Surge Gel</p>', 'en');
    expect(makerLineFeatures(ctx, c!)).toEqual([1, 1, 1, 0, 0, 0]);
    expect(makerLineFeatures(ctx, { ...c!, format: 'anchor-line' })).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('leaves picks another reader found to that reader', () => {
    const pick = (format: string, name: string, amount?: number): Candidate => ({
      brand: 'Clinique',
      name,
      price: amount ? { amount, currency: 'USD' } : null,
      retailer: null,
      url: null,
      element: null as unknown as Element,
      claims: [],
      score: 2,
      format,
    });
    const kept = withoutMakerLineTwins([
      pick('anchor-maker-line', 'Moisture Surge Gel'),
      pick('anchor-maker-line', 'Take The Day Off Balm'),
      pick('anchor-block', 'Moisture Surge Gel Cream', 45),
    ]);
    expect(kept.map((c) => c.name)).toEqual(['Take The Day Off Balm', 'Moisture Surge Gel Cream']);
  });
});
