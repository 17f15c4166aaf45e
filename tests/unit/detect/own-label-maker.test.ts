import { describe, expect, it } from 'vitest';
import { ownLabelMaker } from '@/lib/detect/own-label';
import type { Candidate } from '@/lib/detect/context';

const cand = (brand: string | null, retailer: string | null): Candidate =>
  ({
    brand,
    name: 'schwarze Übergangsjacke',
    price: { amount: 59, currency: 'EUR' },
    retailer,
    url: null,
    claims: [],
    score: 0,
    format: 'x',
  }) as unknown as Candidate;

describe('the maker of an own-label chain', () => {
  it('gives a brandless piece the chain that sells only its own goods', () => {
    expect(ownLabelMaker(cand(null, 'C&A')).brand).toBe('C&A');
    expect(ownLabelMaker(cand(null, 'Monoprix')).brand).toBe('Monoprix');
  });
  it('leaves pieces of multi-brand shops and pieces with a maker alone', () => {
    expect(ownLabelMaker(cand(null, 'Zalando')).brand).toBeNull();
    expect(ownLabelMaker(cand(null, 'Nordstrom')).brand).toBeNull();
    expect(ownLabelMaker(cand('Levi’s', 'Zara')).brand).toBe('Levi’s');
  });
});
