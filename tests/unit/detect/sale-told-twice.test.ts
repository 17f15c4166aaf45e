import { describe, expect, it } from 'vitest';
import { findPrices } from '@/lib/price';
import { clusters } from '@/lib/detect/clusters';
import type { Ctx, Line } from '@/lib/detect/context';

const roles = (text: string, currency = 'USD') =>
  findPrices(text, { defaultCurrency: currency }).map((m) => [m.amount, m.role]);

const line = (text: string) => ({ i: 0, text, links: [], bold: [], h: 0, cap: false }) as unknown as Line;
const ctx = (currency: string) => ({ currency }) as unknown as Ctx;

describe('a sale told in two sentences: the former price, then the lower current one', () => {
  it('reads "usually retails for" and imperfect "used to cost" verbs as a former price', () => {
    expect(roles('This kettle usually retails for $89.')).toEqual([[89, 'was']]);
    expect(roles('La lampada costava 120 euro.', 'EUR')).toEqual([[120, 'was']]);
    expect(roles('La chaise coûtait 300 euros.', 'EUR')).toEqual([[300, 'was']]);
    // A plain present "costs" is the price itself.
    expect(roles('The kettle costs $89.')).toEqual([[89, 'current']]);
  });

  it('pairs the former price with the lower one of the next sentence, and keeps the lower', () => {
    const l = line('The Acme Blender typically sells for $140. This week it is down to $99 at Target.');
    expect(clusters(ctx('USD'), l).map((c) => c.price.amount)).toEqual([99]);
  });

  it('leaves two prices alone when the second is higher, or two sentences away', () => {
    const up = line('The Acme Blender usually costs $99. The bigger Pro model with a glass jug is $140.');
    expect(clusters(ctx('USD'), up).map((c) => c.price.amount)).toEqual([99, 140]);
    const far = line('The lamp usually sells for $80. It is tall. It is blue. A shade is $20.');
    expect(clusters(ctx('USD'), far).map((c) => c.price.amount)).toEqual([80, 20]);
  });
});

describe('a price verb closing a name', () => {
  it('leaves the name with its amount', async () => {
    const { dropPriceVerb } = await import('@/lib/detect/name-tail');
    expect(dropPriceVerb('Acme Blender normally sell')).toBe('Acme Blender');
    expect(dropPriceVerb('Ullvante kostar 299 kr')).toBe('Ullvante');
    expect(dropPriceVerb('Lampe Arco coûte 45 €')).toBe('Lampe Arco');
    expect(dropPriceVerb('Cost Cutter Shears')).toBe('Cost Cutter Shears');
    expect(dropPriceVerb('Linen Shirt Costa')).toBe('Linen Shirt Costa');
  });
});

describe('"more than" an amount', () => {
  it('is a bound, not what a product costs', () => {
    expect(roles('I paid more than $200 for these boots.')).toEqual([]);
    expect(roles('Elle a coûté plus de 90 euros.', 'EUR')).toEqual([]);
    expect(roles('Kostet mehr als 50 Euro.', 'EUR')).toEqual([]);
  });
});
