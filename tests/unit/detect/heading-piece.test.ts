import { describe, expect, it } from 'vitest';
import { installBundledGazetteer } from '@/lib/gazetteer/bundled';
import { headingPiece } from '@/lib/detect/anchors/heading-piece';
import { lineCtx } from './helpers';

installBundledGazetteer();

const read = (body: string, lang: string) =>
  headingPiece.detect(lineCtx(body, lang, 'EUR')).map((c) => [c.brand, c.name, c.price?.amount]);

describe('bare maker-and-price records under a section heading', () => {
  it("names each record by the heading's product noun", () => {
    const body =
      '<h2>Jassen</h2><p>Een overzicht van de mooiste exemplaren van dit najaar.</p>' +
      '<ul><li>Arket – € 89</li><li>Mango – € 59,99</li><li>Zara | 45,95 euro</li></ul>';
    expect(read(body, 'nl')).toEqual([
      ['Arket', 'Jassen', 89],
      ['Mango', 'Jassen', 59.99],
      ['Zara', 'Jassen', 45.95],
    ]);
  });

  it('leaves a heading over one record alone: it titles that product', () => {
    const body = '<h3>Arket Wool Coat</h3><p>£190, Arket</p><h3>Mango Trench Coat</h3><p>£120, Mango</p>';
    expect(read(body, 'en')).toEqual([]);
  });

  it('needs a product noun in the heading', () => {
    const body = '<h2>Onze favorieten van de week</h2><p>Arket – € 89</p><p>Mango – € 59,99</p>';
    expect(read(body, 'nl')).toEqual([]);
  });

  it('reads numbered records with where to buy after the price, and the words describing the noun', () => {
    const body =
      '<h2>Shop de lange wollen mantel</h2>' +
      '<p>1/ Arket, € 249,00, online en in de winkels te koop.</p>' +
      '<p>2/ Massimo Dutti, € 299,00, online te koop.</p>' +
      '<p>3/ Mango, € 159,99, via Zalando.</p>';
    expect(read(body, 'nl')).toEqual([
      ['Arket', 'lange wollen mantel', 249],
      ['Massimo Dutti', 'lange wollen mantel', 299],
      ['Mango', 'lange wollen mantel', 159.99],
    ]);
  });

  it('takes an unknown designer in the same bare form only among known makers', () => {
    const listed = '<h2>Casacos</h2><p>Zara | 89,95 euros</p><p>Mango | 79,99 euros</p><p>Ana Salazar | 420 euros</p>';
    expect(read(listed, 'pt')).toContainEqual(['Ana Salazar', 'Casacos', 420]);
    const alone = '<h2>Casacos</h2><p>Ana Salazar | 420 euros</p><p>Nuno Gama | 380 euros</p>';
    expect(read(alone, 'pt')).toEqual([]);
  });
});
