import { describe, expect, it } from 'vitest';
import { lexiconFor } from '@/lib/detect/lexicon';
import { encodeLexicon } from '@/lib/gazetteer/build/encode-lexicon';

describe('negative words that are everyday words in other languages', () => {
  it('reads "rose" and "fine" as a market move and a penalty on English pages only', () => {
    expect(lexiconFor('en').negative.test('Shares rose 4% after the results')).toBe(true);
    expect(lexiconFor('en').negative.test('He was fined after the lawsuit')).toBe(true);
    expect(lexiconFor('fr').negative.test('La boucle d’oreille en or rose de Repossi')).toBe(false);
    expect(lexiconFor('it').negative.test('Un cardigan sopra una maglia più fine')).toBe(false);
  });

  it('still reads them on a page that names no language, and keeps the shared words everywhere', () => {
    expect(lexiconFor('').negative.test('Shares rose 4% after the results')).toBe(true);
    expect(lexiconFor('fr').negative.test('Appartement à vendre')).toBe(true);
    expect(lexiconFor('fr').negative.test('Une vente aux enchères')).toBe(true);
    // "action" is shares in French, a camera in English
    expect(lexiconFor('fr').negative.test('Les actions du groupe')).toBe(true);
    expect(lexiconFor('en').negative.test('The best action camera for travel')).toBe(false);
  });

  it('encodes the section like the other one-entry-a-line sections', () => {
    const out = encodeLexicon([{ path: 'data/lexicon/en.txt', text: '[localnegative]\nrose\nnet worth' }]);
    expect(out.split('\n')).toEqual(['localnegative|en|net worth', 'localnegative|en|rose']);
  });
});
