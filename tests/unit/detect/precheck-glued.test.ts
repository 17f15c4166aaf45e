import { describe, expect, it } from 'vitest';
import { runTogether } from '@/lib/detect/precheck-glued';

const credits = (s: string, enough = 5) => runTogether(s, s.toLowerCase(), enough);

describe('credits run together by textContent (the pre-check)', () => {
  it('counts an item glued to its maker, not a menu of items or of names', () => {
    expect(credits('JacketBarbour')).toBe(1);
    expect(credits('SézaneSkirt Rixo')).toBe(1);
    expect(credits('Look 1DressGanni shoesNike SandalsVeja')).toBe(3);
    expect(credits('KleiderJeansMäntel')).toBe(0);
    expect(credits('PerfumesBienestarReseñas')).toBe(0);
  });

  it('stops at enough', () => {
    expect(credits('Look 1DressGanni shoesNike SandalsVeja', 2)).toBe(2);
  });

  it('counts a repeated glued span each time it appears, read once', () => {
    // Written: a template that glues the same item and maker in every block, and one that differs after its space.
    expect(credits('Outfit: CoatBarbour. '.repeat(4))).toBe(4);
    expect(credits('BagZara Tote '.repeat(3))).toBe(credits('BagZara Tote ') * 3);
    expect(credits('SkirtRixo Boots, SkirtRixo Ganni')).toBe(credits('SkirtRixo Boots') + credits('SkirtRixo Ganni'));
  });
});
