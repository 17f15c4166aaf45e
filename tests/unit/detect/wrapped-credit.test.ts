import { describe, expect, it } from 'vitest';
import type { Candidate } from '@/lib/detect/context';
import { tidyRoles } from '@/lib/detect/roles';
import { installBundledGazetteer } from '@/lib/gazetteer/bundled';
import { happyDoc } from './helpers';

installBundledGazetteer();

const cand = (brand: string | null, name: string) =>
  ({
    brand,
    name,
    price: { amount: 45, currency: 'GBP' },
    retailer: null,
    url: null,
    element: happyDoc('<p>x</p>').body,
    claims: [],
    score: 0,
    format: 'caption',
  }) as Candidate;

describe('a credit wrapped whole in brackets', () => {
  it('keeps the name after the opening bracket: "(Linen shirt, Uniqlo, £45)"', () => {
    expect(tidyRoles(cand('Uniqlo', '(Linen shirt'))).toMatchObject({ brand: 'Uniqlo', name: 'Linen shirt' });
  });

  it('still drops a bracket the line closes after the price: "Linen shirt (£45)"', () => {
    expect(tidyRoles(cand('Uniqlo', 'Linen shirt (price'))).toMatchObject({ name: 'Linen shirt' });
  });
});
