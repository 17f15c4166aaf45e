import { describe, expect, it } from 'vitest';
import type { Candidate } from '@/lib/detect/context';
import { headingMaker, sectionMaker, sectionMakerFeatures } from '@/lib/detect/section-maker';
import { installBundledGazetteer } from '@/lib/gazetteer/bundled';
import { lineCtx } from './helpers';

installBundledGazetteer();

/** The brandless priced pick named `name` on the last line holding it, read as the price-line anchor would. */
function pick(body: string, name: string, lang = 'en') {
  const ctx = lineCtx(body, lang);
  const line = [...ctx.lines].reverse().find((l) => l.text.includes(name))!;
  const s = line.text.indexOf(name);
  const c: Candidate = {
    brand: null,
    name,
    price: { amount: 20, currency: 'USD' },
    retailer: null,
    url: null,
    element: line.el,
    claims: [{ i: line.i, s, e: s + name.length }],
    score: 0,
    format: 'anchor-line',
  };
  return { ctx, c };
}

/** The maker the section-maker variant reads for the pick, or null when it makes none. */
function makerOf(body: string, name: string, lang = 'en'): string | null {
  const { ctx, c } = pick(body, name, lang);
  const out = sectionMaker(ctx, c);
  expect(out.every((v) => v.alt === 'section' && v.name === c.name && v.price === c.price)).toBe(true);
  return out[0]?.brand ?? null;
}

describe('the maker a section heading names', () => {
  it('reads a known maker inside a title, a name after a colon, or a whole heading written as a name', () => {
    expect(headingMaker('Canada Goose Holiday Gift Guide')).toEqual({ name: 'Canada Goose', sure: true });
    expect(headingMaker('La plus douce : Maison Pélerin')).toEqual({ name: 'Maison Pélerin', sure: true });
    expect(headingMaker('2. Harbour & Pine')).toEqual({ name: 'Harbour & Pine', sure: false });
  });

  it('reads no maker from a sentence, a product noun, a guide label or a shouted title', () => {
    expect(headingMaker('The day hiker')).toBeNull();
    expect(headingMaker('Sweaters')).toBeNull();
    expect(headingMaker('Best Overall')).toBeNull();
    expect(headingMaker('MADE BY HAND IN WALES')).toBeNull();
  });
});

describe('the maker of a brandless pick read from its section’s heading', () => {
  it('takes a known maker from the heading, and an unknown one the section names again', () => {
    expect(
      makerOf(
        '<h2>Canada Goose</h2><p>The brand opened a store.</p><p>There are wool mittens ($45).</p>',
        'wool mittens',
      ),
    ).toBe('Canada Goose');
    expect(
      makerOf(
        '<h2>Harbour &amp; Pine</h2><p>Harbour &amp; Pine started in a garage.</p><p>A soy candle ($20), a linen spray ($14).</p>',
        'linen spray',
      ),
    ).toBe('Harbour & Pine');
  });

  it('takes no unknown maker the section never names again, nor one from a rail or past another heading', () => {
    expect(makerOf('<h2>Harbour Pine</h2><p>A soy candle ($20).</p>', 'soy candle')).toBeNull();
    expect(
      makerOf('<aside><h2>Canada Goose</h2><ul><li>Wool mittens, $45</li></ul></aside>', 'Wool mittens'),
    ).toBeNull();
    expect(
      makerOf('<h2>Canada Goose</h2><p>Parkas.</p><h2>For the cook</h2><p>A steel whisk ($20).</p>', 'steel whisk'),
    ).toBeNull();
  });

  it('makes no variant for a pick whose heading titles it or whose name holds a maker', () => {
    expect(makerOf('<h2>Linen Apron: Canada Goose</h2><p>Linen Apron, $20.</p>', 'Linen Apron')).toBeNull();
    expect(makerOf('<h2>Canada Goose</h2><p>A tee (Esprit), $20.</p>', 'tee (Esprit)')).toBeNull();
    expect(makerOf('<h2>Canada Goose</h2><p>Levi’s jeans, $20.</p>', 'Levi’s jeans')).toBeNull();
    expect(makerOf('<h2>Canada Goose</h2><p>Mittens, $20.</p>', 'Mittens')).toBe('Canada Goose');
    expect(makerOf('<h2>Canada Goose</h2><p>Orion, $20.</p>', 'Orion')).toBeNull();
    expect(makerOf('<h2>Canada Goose</h2><p>The scarf and the hat, $20.</p>', 'scarf and the hat')).toBeNull();
  });

  it('tells the scorer the variant’s heading level and whether the section names the maker again', () => {
    const body = '<h1>Canada Goose</h1><p>Canada Goose opened a store.</p><p>There are wool mittens ($45).</p>';
    const { ctx, c } = pick(body, 'wool mittens');
    const [v] = sectionMaker(ctx, c);
    const [isSection, h1, named] = sectionMakerFeatures(ctx, v!);
    expect([isSection, h1, named]).toEqual([1, 1, 1]);
    expect(sectionMakerFeatures(ctx, c)).toEqual([0, 0, 0, 0]);
  });
});
