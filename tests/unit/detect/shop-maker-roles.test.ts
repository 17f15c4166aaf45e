import { describe, expect, it } from 'vitest';
import { dropMeasure } from '@/lib/detect/name-tail';
import { PAST_SALE } from '@/lib/detect/role-fixes';
import { makerInsideShopName } from '@/lib/detect/role-order';
import { tidyRoles } from '@/lib/detect/roles';
import type { Candidate } from '@/lib/detect/context';
import { happyDoc } from './helpers';

const cand = (brand: string | null, name: string, amount: number | null = 40, retailer: string | null = null) =>
  ({
    brand,
    name,
    price: amount == null ? null : { amount, currency: 'EUR' },
    retailer,
    url: null,
    element: happyDoc('<p>x</p>').body,
    claims: [],
    score: 0,
    format: 'anchor-record',
  }) as Candidate;

describe('a shop read as the maker', () => {
  it('gives the brand to the maker that opens the name and keeps the shop as the retailer', () => {
    expect(makerInsideShopName('Sephora', 'Clinique Moisture Surge gel')).toEqual([
      'Clinique',
      'Moisture Surge gel',
      'Sephora',
    ]);
    const c = tidyRoles(cand('Net-a-Porter', 'Gucci loafers in black'));
    expect([c?.brand, c?.name, c?.retailer]).toEqual(['Gucci', 'loafers in black', 'Net-a-Porter']);
  });

  it('leaves a maker alone, a shop without a maker in the name, and a name that is only the maker', () => {
    expect(makerInsideShopName('Clinique', 'Gucci loafers')).toBeNull();
    expect(makerInsideShopName('Sephora', 'matte lipstick')).toBeNull();
    expect(makerInsideShopName('Sephora', 'Clinique')).toBeNull();
  });
});

describe('a size or quantity in the name', () => {
  it('drops a closing measure and empties a name that is only one', () => {
    expect(dropMeasure('Bougie Les Sommets, 200 g')).toBe('Bougie Les Sommets');
    expect(dropMeasure('Hydrating serum 30ml')).toBe('Hydrating serum');
    expect(dropMeasure('Vase (H30 cm)')).toBe('Vase');
    expect(dropMeasure('H24 cm')).toBe('');
    expect(dropMeasure('Galaxy A35 5G')).toBe('Galaxy A35 5G');
    expect(dropMeasure('Air Max 90')).toBe('Air Max 90');
  });

  it('drops a candidate whose name is only a measure', () => {
    expect(tidyRoles(cand('Diptyque', '190 g'))).toBeNull();
  });
});

describe('a past sale told in the name', () => {
  it('reads a relative clause of a sale or an auction as no offer', () => {
    expect(PAST_SALE.test('Kelly bag that sold in Paris last May')).toBe(true);
    expect(PAST_SALE.test('crocodile bag which fetched a record')).toBe(true);
    expect(PAST_SALE.test('Sold out everywhere linen shirt')).toBe(false);
    expect(tidyRoles(cand('Chanel', 'Classic Flap that sold in Geneva', 90000))).toBeNull();
  });
});

describe('names that run on past a full stop', () => {
  it('drops a name holding the end of one sentence and the start of the next', () => {
    expect(
      tidyRoles(cand('Prada', '에나멜 가죽 옥스퍼드화가 제격이다. 턱시도에도, 청바지에도 어울린다', 650)),
    ).toBeNull();
    expect(tidyRoles(cand('Acne Studios', 'wool coat. Perfect with jeans and boots', 650))).toBeNull();
    expect(tidyRoles(cand('Moncler', 'St. Moritz down jacket', 950))?.name).toBe('St. Moritz down jacket');
  });
});

describe('a name opening on a conjunction', () => {
  it('reads the tail of a list as no name of its own', () => {
    expect(tidyRoles(cand('Versace', 'and shoes', null))).toBeNull();
    expect(tidyRoles(cand('Versace', 'och skor', null))).toBeNull();
    expect(tidyRoles(cand('Versace', 'leather shoes', null))?.name).toBe('leather shoes');
  });
});
