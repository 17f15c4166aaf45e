import { describe, expect, it } from 'vitest';
import { select } from '@/lib/detect/pipeline';
import type { Candidate } from '@/lib/detect/context';

const el = document.createElement('p');
const cand = (i: number, brand: string, name: string, amount: number | null, score: number): Candidate => ({
  brand,
  name,
  price: amount == null ? null : { amount, currency: 'EUR' },
  retailer: null,
  url: null,
  element: el,
  claims: [{ i, s: 0, e: 10 }],
  score,
  format: 'test',
});

describe('one product named in prose and again with its price', () => {
  it('keeps one mention, with the price, wherever the more probable reading sits', () => {
    for (const [a, b] of [
      [0.9, 0.7],
      [0.7, 0.9],
    ]) {
      const out = select([cand(1, 'Rains', 'Long Jacket', null, a!), cand(4, 'Rains', 'Long Jacket', 89, b!)], 0.5);
      expect(out.map((c) => [c.brand, c.name, c.price?.amount])).toEqual([['Rains', 'Long Jacket', 89]]);
    }
  });

  it('keeps two pieces of one maker that differ', () => {
    const out = select([cand(1, 'Rains', 'Bucket Hat', null, 0.9), cand(4, 'Rains', 'Long Jacket', 89, 0.8)], 0.5);
    expect(out).toHaveLength(2);
  });
});
