import { describe, expect, it } from 'vitest';
import { makerBeforeComma, makerInShopPlace } from '@/lib/detect/maker-shop';
import { dropVariant } from '@/lib/detect/name-tail';
import { tidyRoles } from '@/lib/detect/roles';
import type { Candidate } from '@/lib/detect/context';
import { happyDoc } from './helpers';

const cand = (brand: string | null, name: string, amount: number | null = null): Candidate => ({
  brand,
  name,
  price: amount == null ? null : { amount, currency: 'USD' },
  retailer: null,
  url: null,
  element: happyDoc('<p>x</p>').body,
  claims: [],
  score: 0,
  format: 'anchor-record',
});

describe('English roles', () => {
  it('drops a ranking place read as the brand and splits the maker from the model', () => {
    const got = tidyRoles(cand('Third Place', 'Saucony Ride 17', 140));
    expect([got?.brand, got?.name]).toEqual(['Saucony', 'Ride 17']);
    const mention = tidyRoles(cand('Honorable Mention', 'Hoka Clifton 9', 145));
    expect([mention?.brand, mention?.name]).toEqual(['Hoka', 'Clifton 9']);
  });

  it('reads an unknown name in the shop place of a credit as the maker of a generic piece', () => {
    const c = { ...cand(null, 'Pleated skirt', 210), retailer: 'Wren Atelier' };
    expect(tidyRoles(c)?.brand).toBe('Wren Atelier');
    expect(makerInShopPlace('Cashmere scarf', 'Harrods')).toBeNull(); // a known shop sells it
    expect(makerInShopPlace('Cashmere scarf', 'shopwren.com')).toBeNull(); // a web address is a shop
    expect(makerInShopPlace('Nova Pleated Skirt', 'Wren Atelier')).toBeNull(); // a model name of its own
  });

  it('reads an unknown maker before a comma and the product name after it', () => {
    const got = tidyRoles(cand(null, 'Harlow & Finch, Belted Wool Wrap Coat', 320));
    expect([got?.brand, got?.name]).toEqual(['Harlow & Finch', 'Belted Wool Wrap Coat']);
    expect(makerBeforeComma('Paris, Autumn Edit')).toBeNull(); // no product noun after the comma
    expect(makerBeforeComma('Wool Coat, Camel Check')).toBeNull(); // the head is a product itself
  });

  it('drops a plain colour or material variant after a model name', () => {
    expect(tidyRoles(cand('Polène', 'Numéro Neuf in textured taupe', 420))?.name).toBe('Numéro Neuf');
    expect(dropVariant('backpack in navy')).toBe('backpack in navy'); // no model name to keep
    expect(dropVariant('Travel Kit in a wash bag')).toBe('Travel Kit in a wash bag'); // the tail names a piece
    expect(dropVariant('Lipstick in Ruby Woo')).toBe('Lipstick in Ruby Woo'); // a shade's own name stays
  });
});
