import { describe, expect, it } from 'vitest';
import { pieceOfMaker } from '@/lib/detect/anchors/piece-of-maker';
import { lineCtx } from './helpers';

const read = (body: string, lang: string) => pieceOfMaker.detect(lineCtx(body, lang)).map((c) => [c.brand, c.name]);

describe('a Romance piece with its details before the maker', () => {
  it('crosses prepositions of material and detail up to the article', () => {
    expect(
      read('<p>Este otoño me quedo con la capa de punto con mezcla de lana de Massimo Dutti, sin botones.</p>', 'es'),
    ).toEqual([['Massimo Dutti', 'capa de punto con mezcla de lana']]);
    expect(
      read('<p>Per la sera, il cardigan con collo a scialle di Gucci, aperto sopra una maglia.</p>', 'it'),
    ).toEqual([['Gucci', 'cardigan con collo a scialle']]);
    expect(read('<p>Pour Noël, le sac Fauve en cuir grainé de Longchamp me ferait plaisir.</p>', 'fr')).toEqual([
      ['Longchamp', 'sac Fauve en cuir grainé'],
    ]);
    expect(read('<p>Nos saldos, a camisola de malha grossa da Benetton foi a minha escolha.</p>', 'pt')).toEqual([
      ['Benetton', 'camisola de malha grossa'],
    ]);
  });

  it('needs a product noun at the head and stops at a list or a clause', () => {
    expect(read('<p>Ho visto la sfilata di moda in piazza di Gucci ieri.</p>', 'it')).toEqual([]);
    expect(read('<p>Le directeur de la communication de Longchamp a parlé.</p>', 'fr')).toEqual([]);
  });
});
