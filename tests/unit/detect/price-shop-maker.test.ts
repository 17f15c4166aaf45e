import { describe, expect, it } from 'vitest';
import { clusters } from '@/lib/detect/clusters';
import type { Candidate } from '@/lib/detect/context';
import { priceShopMaker, shopMakerFeatures } from '@/lib/detect/price-shop-maker';
import { installBundledGazetteer } from '@/lib/gazetteer/bundled';
import { lineCtx } from './helpers';

installBundledGazetteer();

/** A brandless priced credit over `claim` of the line holding it, with the shop the price-line reader gave it. */
function credit(body: string, name: string, claim: string, retailer: string, format = 'anchor-line') {
  const ctx = lineCtx(body, 'en', 'GBP');
  for (const l of ctx.lines) clusters(ctx, l);
  const line = ctx.lines.find((l) => l.text.includes(claim))!;
  const s = line.text.indexOf(claim);
  const c: Candidate = {
    brand: null,
    name,
    price: { amount: 10, currency: 'GBP' },
    retailer,
    url: null,
    element: line.el,
    claims: [{ i: line.i, s, e: s + claim.length }],
    score: 0,
    format,
  };
  return { ctx, c };
}

describe('the shop after a credit’s price read as its maker', () => {
  it('gives the name after the price to the brandless credit, as a variant over the same text', () => {
    const { ctx, c } = credit(
      '<p>Worn today: Coat, £40, Hobbs; scarf, £10, Cosmo Knits; boots, £60, Dune.</p>',
      'scarf',
      'scarf, £10, Cosmo Knits',
      'Cosmo Knits',
    );
    const [v, ...rest] = priceShopMaker(ctx, c);
    expect(rest).toEqual([]);
    expect(v).toMatchObject({ brand: 'Cosmo Knits', name: 'scarf', alt: 'shop', claims: c.claims });
    expect(shopMakerFeatures(ctx, v!)).toEqual([1, 1]);
    expect(shopMakerFeatures(ctx, c)).toEqual([0, 0]);
  });

  it('reads "each" and "from" between the price and the shop', () => {
    const { ctx, c } = credit(
      '<figure><figcaption>Glass jars, £12 each, from Potter Lane</figcaption></figure>',
      'Glass jars',
      'Glass jars, £12',
      'Potter Lane',
      'caption',
    );
    expect(priceShopMaker(ctx, c)[0]?.brand).toBe('Potter Lane');
  });

  it('makes nothing when the shop is not written after the price, or a maker was read', () => {
    const far = credit('<p>Scarf, £10. I went to Cosmo Knits later.</p>', 'Scarf', 'Scarf, £10', 'Cosmo Knits');
    expect(priceShopMaker(far.ctx, far.c)).toEqual([]);
    const made = credit(
      '<p>Scarf, £10, Cosmo Knits; hat, £5, Dune.</p>',
      'Scarf',
      'Scarf, £10, Cosmo Knits',
      'Cosmo Knits',
    );
    expect(priceShopMaker(made.ctx, { ...made.c, brand: 'Acme' })).toEqual([]);
    expect(priceShopMaker(made.ctx, { ...made.c, format: 'anchor-record' })).toEqual([]);
    const store = credit(
      '<p>Skirt, £10, Selfridges; hat, £5, Dune.</p>',
      'Skirt',
      'Skirt, £10, Selfridges',
      'Selfridges',
    );
    expect(priceShopMaker(store.ctx, store.c)).toEqual([]);
  });
});
