import { describe, expect, it } from 'vitest';
import { dropCourtesy, dropPointerTail } from '@/lib/detect/pointer-tail';
import { namesNothing } from '@/lib/detect/name-checks';
import type { Candidate } from '@/lib/detect/context';
import { happyDoc } from './helpers';

describe('a closing pointer note in a name', () => {
  it('drops "similar here" and its translations after a dash, a comma or in brackets', () => {
    expect(dropPointerTail('Dress - similar here')).toBe('Dress');
    expect(dropPointerTail('Vestido - parecido aqui')).toBe('Vestido');
    expect(dropPointerTail('Pull rayé (similaire ici)')).toBe('Pull rayé');
    expect(dropPointerTail('Strickjacke, ähnlich hier')).toBe('Strickjacke');
    expect(dropPointerTail('Cardigan (link)')).toBe('Cardigan');
  });

  it('keeps names whose closing words are their own', () => {
    for (const n of ['Dress - Similar Fit Midi', 'Le Petit Baya (tressé)', 'Air Max 1 - Here Comes The Sun', 'Similar'])
      expect(dropPointerTail(n)).toBe(n);
  });
});

describe('a leading courtesy note', () => {
  it('drops "c/o" before the piece, and keeps a name that is nothing else', () => {
    expect(dropCourtesy('c/o watch')).toBe('watch');
    expect(dropCourtesy('C/O: Leather tote bag')).toBe('Leather tote bag');
    expect(dropCourtesy('Co-ord set')).toBe('Co-ord set');
    expect(dropCourtesy('c/o')).toBe('c/o');
  });
});

describe('a name that is the site around the article', () => {
  const c = {
    brand: 'Dior',
    name: 'Blog',
    price: null,
    retailer: null,
    url: null,
    element: happyDoc('<p>x</p>').body,
    claims: [],
    score: 0,
    format: 'anchor-record',
  } as Candidate;
  it('names nothing when the whole name is a part of the site ("Blog", "Archivo")', () => {
    expect(namesNothing('Blog', 'Dior', c)).toBe(true);
    expect(namesNothing('Archivo', null, c)).toBe(true);
    expect(namesNothing('Blog Shirt', 'Dior', c)).toBe(false);
  });
});
