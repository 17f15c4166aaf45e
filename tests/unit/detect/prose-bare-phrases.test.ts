import { describe, expect, it } from 'vitest';
import { gather } from '@/lib/detect/pipeline';
import type { Candidate } from '@/lib/detect/context';
import { happyDoc } from './helpers';

function cands(body: string, lang: string): Candidate[] {
  const html = `<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body><article>${body}</article></body></html>`;
  const it = gather(happyDoc(html), 'https://www.example-mag.eu/artikel');
  for (;;) {
    const r = it.next();
    if (r.done) return (Array.isArray(r.value) ? r.value : r.value.cands).filter((c) => c.format === 'anchor-maker');
  }
}
const maker = (body: string, lang: string) =>
  cands(body, lang).map((c) => `${c.brand} | ${c.name} | ${c.price?.amount} ${c.price?.currency}`);

describe('European prose without articles, and makers named after the price', () => {
  it('reads a caption opened by its noun with the maker after the price ("(89,95 euro), van X")', () => {
    expect(
      maker('<figure><figcaption>Ruime trui met kabelpatroon (89,95 euro), van Anouk Vos.</figcaption></figure>', 'nl'),
    ).toEqual(['Anouk Vos | trui met kabelpatroon | 89.95 EUR']);
    expect(
      maker('<p>Un classico da avere: stivaletto con tacco basso, costa 120 € ed è di Lorenzi.</p>', 'it'),
    ).toEqual(['Lorenzi | stivaletto con tacco basso | 120 EUR']);
  });
  it('reads Polish, which writes no articles: the noun opens the phrase and "od" names the maker', () => {
    expect(
      maker('<p>Na chłodne wieczory: kurtka pikowana od Mareli za 349 zł sprawdzi się świetnie.</p>', 'pl'),
    ).toEqual(['Mareli | kurtka pikowana | 349 PLN']);
  });
  it('stops the maker at the price verb and keeps article phrases first', () => {
    expect(maker('<p>Falda plisada de Zara Cuesta 39,95 euros y se agota pronto.</p>', 'es')).toEqual([
      'Zara | Falda plisada | 39.95 EUR',
    ]);
    expect(maker('<p>Pour la pluie, les bottes de Aigle (89 euros) restent sûres.</p>', 'fr')).toEqual([
      'Aigle | bottes | 89 EUR',
    ]);
  });
  it('opens no phrase at a capitalised name mid-sentence, and drops a shop preposition at the end', () => {
    // "Pull" is a French noun, but "w Pull&Bear" names a shop.
    expect(maker('<p>Kupiłem go w Pull&Bear na wyprzedaży, kosztował 99 zł.</p>', 'pl')).toEqual([]);
    expect(maker('<p>Vida byxor på Arket för 499 kr, lagom till hösten.</p>', 'sv')).toEqual([
      'Arket | byxor | 499 SEK',
    ]);
  });
  it('opens a phrase at a noun inside a model name, and ends it at the Polish copula "to"', () => {
    expect(maker('<p>Per la sera Furla propone la Bag Notte a 890 euro.</p>', 'it')).toEqual([
      'Furla | Bag Notte | 890 EUR',
    ]);
    expect(maker('<p>Wełniany płaszcz to hit sezonu w Zara, 599 zł.</p>', 'pl')).toEqual(['Zara | płaszcz | 599 PLN']);
  });
  it('reads nothing in a sentence about what the writer paid', () => {
    expect(maker('<p>Mi madre me regaló unas botas de Gorla; había pagado 180 euros por ellas.</p>', 'es')).toEqual([]);
  });
});
