import { describe, expect, it } from 'vitest';
import { clauseName, isSentence } from '@/lib/detect/clause-name';
import { setPageLanguage } from '@/lib/detect/lexicon';

function read(name: string, brand: string | null, lang: string): string {
  setPageLanguage(lang);
  return clauseName(name, brand, lang);
}

describe('names read as a clause of European prose', () => {
  it('keeps the last noun phrase opened by an article', () => {
    expect(read('Rayures marine chez Petit Bateau pour sa robe', 'Petit Bateau', 'fr')).toBe('robe');
    expect(read('Più leggere ma altrettanto comode le scarpe da barca', 'Sebago', 'it')).toBe('scarpe da barca');
    expect(read('Und wer noch zögert, nimmt die Wolljacke', 'Arket', 'de')).toBe('Wolljacke');
  });
  it('drops an article and the maker before the model', () => {
    expect(read('El Rowenta X-Force 9.60', 'Rowenta', 'es')).toBe('X-Force 9.60');
    expect(read('Le Veja Campo', 'Veja', 'fr')).toBe('Campo');
  });
  it('leaves product names with one function word, names without an article, and English pages alone', () => {
    expect(read('Robe longue en lin', 'Rouje', 'fr')).toBe('Robe longue en lin');
    expect(read('Krem do rąk z olejem arganowym', 'Ziaja', 'pl')).toBe('Krem do rąk z olejem arganowym');
    expect(read('Le manteau arrive bientôt', 'Sandro', 'fr')).toBe('Le manteau arrive bientôt');
    expect(read('Stripes at Petit Bateau for the breton top', 'Petit Bateau', 'en')).toBe(
      'Stripes at Petit Bateau for the breton top',
    );
  });
});

describe('names that are whole sentences', () => {
  it('reads a full stop after three function words as a sentence, in any language the lexicon knows', () => {
    setPageLanguage('en');
    expect(isSentence('His brother wore a tux and a Tag Heuer watch.')).toBe(true);
    expect(isSentence('The Wrap Dress in Navy')).toBe(false);
    expect(isSentence('Shirt No. 5 in white.')).toBe(false);
    setPageLanguage('fr');
    expect(isSentence('Sa sœur portait une robe et un sac de la maison.')).toBe(true);
  });
});
