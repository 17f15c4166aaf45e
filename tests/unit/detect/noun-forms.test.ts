import { describe, expect, it } from 'vitest';
import { nounHits } from '@/lib/detect/lexicon';
import { encodeLexicon } from '@/lib/gazetteer/build/encode-lexicon';

describe('inflected forms of listed nouns', () => {
  it('reads Nordic definite and plural forms on pages in their language', () => {
    expect(nounHits('Jag köpte toppar och kjolen i lin', undefined, 'sv')).toBe(2);
    expect(nounHits('Strumporna är från i fjol', undefined, 'sv')).toBe(1);
    expect(nounHits('Solbrillerne og trøjen er nye', undefined, 'da')).toBe(2);
    expect(nounHits('Jakka og luer fra salget', undefined, 'nb')).toBe(2);
  });

  it('reads Italian, Spanish and Portuguese diminutives and augmentatives', () => {
    expect(nounHits('Un maglioncino e un cappottino per la sera', undefined, 'it')).toBe(2);
    expect(nounHits('Il giaccone nero', undefined, 'it')).toBe(1);
    expect(nounHits('Un blusón estampado', undefined, 'es')).toBe(1);
    expect(nounHits('O sapatinho da vitrine', undefined, 'pt')).toBe(1);
  });

  it('reads German plurals of compounds and Dutch diminutives', () => {
    expect(nounHits('Warme Daunenjacken für den Winter', undefined, 'de')).toBe(1);
    expect(nounHits('Een gestreept truitje', undefined, 'nl')).toBe(1);
  });

  it('keeps the endings to the page’s language and off function words and short words', () => {
    // Swedish endings do not apply to an English page, nor to a page that names no language.
    expect(nounHits('the toppar', undefined, 'en')).toBe(0);
    expect(nounHits('toppar', undefined, '')).toBe(0);
    // "det" is a Swedish function word; "sen" keeps too few letters before its ending.
    expect(nounHits('det var sen', undefined, 'sv')).toBe(0);
    expect(nounHits('Niet roken', undefined, 'nl')).toBe(0);
  });

  it('encodes an [endings] section word by word, with its base after ">"', () => {
    const out = encodeLexicon([{ path: 'data/lexicon/it.txt', text: '[endings]\nino>o etta>a\n' }]);
    expect(out.split('\n')).toEqual(['endings|it|etta>a', 'endings|it|ino>o']);
  });
});
