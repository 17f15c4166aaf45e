import { describe, expect, it } from 'vitest';
import { clusters } from '@/lib/detect/clusters';
import type { Candidate } from '@/lib/detect/context';
import { nearMaker, nearMakerVariants } from '@/lib/detect/near-maker';
import { nearMakerFeatures } from '@/lib/detect/near-maker-features';
import { installBundledGazetteer } from '@/lib/gazetteer/bundled';
import { lineCtx } from './helpers';

installBundledGazetteer();

/** A brandless priced pick named `name` on the line holding it, claiming its name as the price-line reader would. */
function pick(body: string, name: string) {
  const ctx = lineCtx(body, 'en', 'GBP');
  for (const l of ctx.lines) clusters(ctx, l);
  const line = ctx.lines.find((l) => l.text.includes(name))!;
  const s = line.text.indexOf(name);
  const c: Candidate = {
    brand: null,
    name,
    price: { amount: 14, currency: 'GBP' },
    retailer: null,
    url: null,
    element: line.el,
    claims: [{ i: line.i, s, e: s + name.length }],
    score: 0,
    format: 'anchor-line',
  };
  return { ctx, c };
}

const makers = (body: string, name: string) => {
  const { ctx, c } = pick(body, name);
  return nearMaker(ctx, c).map((v) => v.brand);
};

describe('a maker named near a brandless priced piece', () => {
  it('gives the maker named sentences before the piece, as a variant over the same text', () => {
    const { ctx, c } = pick(
      '<p>My first stop was Primark, and the racks were full. I came away with a soft grey cardigan (£14).</p>',
      'soft grey cardigan',
    );
    const [v, ...rest] = nearMaker(ctx, c);
    expect(rest).toEqual([]);
    expect(v).toMatchObject({ brand: 'Primark', name: c.name, price: c.price, claims: c.claims, alt: 'near' });
    const f = nearMakerFeatures(ctx, v!);
    expect(f[0]).toBe(1);
    expect(f[3]).toBeGreaterThan(0);
    expect(nearMakerFeatures(ctx, c)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('writes the maker as the page does', () => {
    expect(
      makers('<p>Good old M&amp;S has the classics. There are socks in a gift tin (£4).</p>', 'socks in a gift tin'),
    ).toEqual(['M&S']);
  });

  it('reads a maker a line above, but not across a heading', () => {
    expect(makers('<p>I went to Primark on Saturday.</p><p>A linen tee was £4.</p>', 'linen tee')).toEqual(['Primark']);
    expect(
      makers('<p>I went to Primark on Saturday.</p><h2>Shoes</h2><p>A linen tee was £4.</p>', 'linen tee'),
    ).toEqual([]);
  });

  it('gives the maker closing a priced list to every piece in it', () => {
    const { ctx, c } = pick(
      '<p>Velvet sofa, £750; oak side table, £200 and wool cushion, £25, Habitat.</p>',
      'oak side table',
    );
    const [v] = nearMaker(ctx, c);
    expect(v?.brand).toBe('Habitat');
    expect(nearMakerFeatures(ctx, v!)[1]).toBe(1);
    // Credits that each name their own maker share none: the last one's is not the list's.
    expect(makers('<p>Jacket, £12, Oasis; scarf, £5, Dune; boots, £20, Habitat.</p>', 'scarf')).toEqual([]);
    // Nor a piece of an earlier sentence: the maker closes the last sentence's list only.
    expect(makers('<p>Oak stool, £90, and jute rug, £40. Glass vase, £25, from Habitat.</p>', 'jute rug')).toEqual([]);
  });

  it('leaves a maker whose own piece and price stand between it and the pick', () => {
    expect(makers('<p>Primark tote bags ($9) sell out, ahead of wool scarves ($30).</p>', 'wool scarves')).toEqual([]);
    expect(makers('<p>Primark tote bag, $9</p><p>Wool scarf, $30</p>', 'Wool scarf')).toEqual([]);
  });

  it('leaves a maker that closes the credit before it, and a piece that names its own', () => {
    expect(makers('<p>Worn today: jacket, £12, Primark; leggings, £10, from a market stall.</p>', 'leggings')).toEqual(
      [],
    );
    expect(makers('<p>My first stop was Primark. The Zara linen tee was £4.</p>', 'Zara linen tee')).toEqual([]);
  });

  it('makes none for a piece another reading already gave a maker', () => {
    const { ctx, c } = pick(
      '<p>My first stop was Primark, and the racks were full. I came away with a soft grey cardigan (£14).</p>',
      'soft grey cardigan',
    );
    expect(nearMakerVariants(ctx, [c])).toHaveLength(1);
    expect(nearMakerVariants(ctx, [c, { ...c, brand: 'Acme', format: 'anchor-prose' }])).toEqual([]);
  });
});
