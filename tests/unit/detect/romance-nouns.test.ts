import { describe, expect, it } from 'vitest';
import { nounHits } from '@/lib/detect/lexicon';

describe('French, Italian, Spanish and Portuguese product nouns that prose names one at a time', () => {
  it('knows single pieces, hats, jewellery and details of each language', () => {
    expect(nounHits('le feutre gris', undefined, 'fr')).toBe(1);
    expect(nounHits('une bottine en daim', undefined, 'fr')).toBe(1);
    expect(nounHits('la boucle d’oreille berbère', undefined, 'fr')).toBe(1);
    expect(nounHits('un girocollo in shetland', undefined, 'it')).toBe(1);
    expect(nounHits('lo scaldacollo imbottito', undefined, 'it')).toBe(1);
    expect(nounHits('las gargantillas doradas', undefined, 'es')).toBe(1);
    expect(nounHits('una capa de punto', undefined, 'es')).toBe(1);
    expect(nounHits('a gargantilha dourada', undefined, 'pt')).toBe(1);
  });

  it('leaves ordinary words alone', () => {
    expect(nounHits('la fleur mécanique', undefined, 'fr')).toBe(0);
    expect(nounHits('una sfilata in piazza', undefined, 'it')).toBe(0);
  });
});
