import { describe, expect, it } from 'vitest';
import { nounHits, setPageLanguage } from '@/lib/detect/lexicon';
import { encodeLexicon } from '@/lib/gazetteer/build/encode-lexicon';

describe('multi-word product nouns', () => {
  it('counts "sac à dos" once, and never its function word alone', () => {
    expect(nounHits('Un sac à dos en toile cirée', undefined, 'fr')).toBe(1);
    expect(nounHits('Deux sacs à dos pour la rentrée', undefined, 'fr')).toBe(1);
    // "à" and "dos" are not product nouns by themselves
    expect(nounHits('à porter dès maintenant', undefined, 'fr')).toBe(0);
    expect(nounHits('Dos camisetas', undefined, 'es')).toBe(1);
  });

  it('encodes "_" inside a listed word as a space', () => {
    const out = encodeLexicon([{ path: 'data/lexicon/fr.txt', text: '[nouns]\nsac_à_dos robe\n[stopwords]\net' }]);
    expect(out.split('\n')).toEqual(['nouns|fr|robe', 'nouns|fr|sac à dos', 'stopwords|fr|et']);
  });
});

describe('nouns spelt like another language’s function word', () => {
  it('reads Polish "but" (a shoe) only on Polish pages', () => {
    expect(nounHits('Skórzany but na obcasie', undefined, 'pl')).toBe(1);
    expect(nounHits('Pretty, but not for winter', undefined, 'en')).toBe(0);
    expect(nounHits('Pretty, but not for winter', undefined, '')).toBe(0);
  });

  it('keeps a noun shared with English ("hat") but not the German verb', () => {
    expect(nounHits('A straw hat', undefined, 'en')).toBe(1);
    expect(nounHits('Sie hat einen Mantel', undefined, 'de')).toBe(1); // Mantel, not "hat"
  });

  it('follows the page language the pipeline sets', () => {
    setPageLanguage('pl-PL');
    expect(nounHits('but zimowy')).toBe(1);
    setPageLanguage('en-GB');
    expect(nounHits('cheap but good')).toBe(0);
    setPageLanguage('');
  });
});
