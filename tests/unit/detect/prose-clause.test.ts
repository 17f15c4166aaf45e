import { describe, expect, it } from 'vitest';
import { ownMaker, proseStart } from '@/lib/detect/clause';
import { lexicon, setPageLanguage } from '@/lib/detect/lexicon';
import { gather } from '@/lib/detect/pipeline';
import type { Candidate } from '@/lib/detect/context';
import { happyDoc } from './helpers';

function cands(body: string, lang = 'en'): Candidate[] {
  const doc = happyDoc(
    `<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body><article>${body}</article></body></html>`,
  );
  const it = gather(doc, 'https://www.example-blog.com/2024/05/weekend-edit/');
  for (;;) {
    const r = it.next();
    if (r.done) return Array.isArray(r.value) ? r.value : r.value.cands;
  }
}

const read = (body: string, lang?: string) =>
  cands(body, lang)
    .filter((c) => c.price)
    .map((c) => [c.brand, c.name, c.price!.amount]);

const rest = (name: string) => name.slice(proseStart(name));

describe('clause boundaries around prices in prose', () => {
  it('drops a lead-in of conjunctions and prepositions before a maker, never a piece or a maker preposition', () => {
    setPageLanguage('en');
    expect(rest('and Oakridge soft toys')).toBe('Oakridge soft toys');
    expect(rest('well ahead of Pixie dolls')).toBe('Pixie dolls');
    expect(rest('Vintage red Christmas tree jumper')).toBe('Vintage red Christmas tree jumper');
    expect(rest('Colour block crew by HARLOW X TANNER')).toBe('Colour block crew by HARLOW X TANNER');
    setPageLanguage('fr');
    expect(rest('sac en toile de Marlowe')).toBe('sac en toile de Marlowe');
  });

  it('tells a maker-led name from a title-case one', () => {
    expect(ownMaker('Pixie dolls')).toBe(true);
    expect(ownMaker('Amour Midi Skirt')).toBe(false);
  });

  it('splits "top, $P, and pants, $Q" at the conjunction and carries the maker to the second piece', () => {
    const got = read('<p>Nora wears FERNLEIGH blouse, $120, and trousers, $180. Her boots are her own.</p>');
    expect(got).toContainEqual(['FERNLEIGH', 'trousers', 180]);
    expect(got).toContainEqual(['FERNLEIGH', 'blouse', 120]);
    expect(got.some(([, n]) => String(n).includes('$'))).toBe(false);
  });

  it('gives a listed piece with its own maker no maker carried from earlier in the sentence', () => {
    const got = read(
      '<p>Pebblo robots ($49) top the wish lists, well ahead of Pixie dolls ($25) and Oakridge soft toys ($40).</p>',
    );
    expect(got.filter(([b, n]) => b === 'Pebblo' && n !== 'robots')).toEqual([]);
    expect(got.map(([, n]) => n)).not.toContain('and Oakridge soft toys');
  });

  it('splits a run-on numbered list at "- 2"', () => {
    const got = read(
      '<p>1 Écharpe Marlowe, 25 euros - 2 Jupe Vero Moda, 40 euros - 3 Collier Tessaly, 55 euros</p>',
      'fr',
    );
    expect(got).toContainEqual(['Vero Moda', 'Jupe', 40]);
  });
});

describe('rankings of the most expensive pieces', () => {
  it('are a negative cue in each language, an expensive-looking piece is not', () => {
    const neg = lexicon().negative;
    expect(neg.test('The most expensive trainers ever made: the Zephyr Glide ($4,000).')).toBe(true);
    expect(neg.test('Le dieci scarpe più costose del mondo')).toBe(true);
    expect(neg.test('Die zehn teuersten Taschen der Welt')).toBe(true);
    expect(neg.test('An expensive-looking wool coat for $89.')).toBe(false);
  });
});
