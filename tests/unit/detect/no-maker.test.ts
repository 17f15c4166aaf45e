import { describe, expect, it } from 'vitest';
import { namesNoMaker } from '@/lib/detect/no-maker';
import { tidyRoles } from '@/lib/detect/roles';
import type { Candidate } from '@/lib/detect/context';
import { happyDoc } from './helpers';

const cand = (brand: string | null, name: string) =>
  ({
    brand,
    name,
    price: null,
    retailer: null,
    url: null,
    element: happyDoc('<p>x</p>').body,
    claims: [],
    score: 0,
    format: 'anchor-record',
  }) as Candidate;

describe('words in the maker’s place that name no maker', () => {
  it('hears thrifted, inherited, home-made and gifted pieces in several languages', () => {
    for (const w of [
      'Vintage',
      'thrifted!',
      'Hand-me-down',
      'Handmade',
      '(gifted)',
      'Loppis',
      'Geerbt',
      'Fait main',
      'Brechó',
      'Kirppis',
      'Tweedehands',
      'Genbrug',
      '古着',
    ])
      expect(namesNoMaker(w), w).toBe(true);
  });

  it('drops a caption label read with its maker and fragments cut at a bracket or a slash', () => {
    for (const w of ['Photograph: Amazon', 'London}', '/ Barneys)', 'Paris)']) expect(namesNoMaker(w), w).toBe(true);
  });

  it('keeps real makers, also those holding such a word or a bracket inside', () => {
    for (const w of ['Old Navy', 'Vintage Havana', 'M)phosis', 'L:A Bruket', 'NN07/Fracap', '(RED)', 'Zara', 'Gap'])
      expect(namesNoMaker(w), w).toBe(false);
  });

  it('leaves no mention for a credit whose maker is only "vintage"', () => {
    expect(tidyRoles(cand('Vintage', 'Ring'))).toBeNull();
    expect(tidyRoles(cand('Hand-me-down', 'Jacket'))).toBeNull();
    expect(tidyRoles(cand('Madewell', 'Transport Tote'))?.brand).toBe('Madewell');
  });
});
