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
});
