import { describe, expect, it } from 'vitest';
import { pieceOfMaker } from '@/lib/detect/anchors/piece-of-maker';
import { lineCtx } from './helpers';

const read = (body: string, lang = 'en') =>
  pieceOfMaker.detect(lineCtx(body, lang)).map((c) => [c.brand, c.name, c.retailer]);

describe('pieces named before their maker in a sentence, without a price', () => {
  it('reads an article-led piece and the maker after "from", "von", "från"', () => {
    expect(read('<p>Last week I finally bought this quilted vest from Barbour and wear it daily.</p>')).toEqual([
      ['Barbour', 'quilted vest', null],
    ]);
    expect(read('<p>Dazu passt die dunkelblaue Strickjacke von Marc O’Polo perfekt.</p>', 'de')).toEqual([
      ["Marc O'Polo", 'dunkelblaue Strickjacke', null],
    ]);
    expect(read('<p>Till festen valde jag en randig skjorta från Filippa K.</p>', 'sv')).toEqual([
      ['Filippa K', 'randig skjorta', null],
    ]);
  });

  it('reads a short bare piece after a list colon, a copula, and the shop after the maker', () => {
    expect(read('<p>On me: striped tee, wide trousers from Arket, and old loafers.</p>')).toEqual([
      ['Arket', 'wide trousers', null],
    ]);
    expect(read('<p>La chemise vient aussi de Sézane, comme toujours.</p>', 'fr')).toEqual([
      ['Sézane', 'chemise', null],
    ]);
    expect(read('<p>I grabbed the linen blazer by Toast at Liberty last spring.</p>')[0]).toEqual([
      'Toast',
      'linen blazer',
      'Liberty',
    ]);
  });

  it('leaves people, places, priced lines and words that only link alone', () => {
    expect(read('<p>We admired the vase by Danish potter Ole Jensen at the fair.</p>')).toEqual([]);
    expect(read('<p>The statement from Zara came on Monday.</p>')).toEqual([]);
    expect(read('<p>Le uova di Pasqua arrivano in negozio.</p>', 'it')).toEqual([]);
    expect(read('<p>This wool coat from Arket costs $150.</p>')).toEqual([]);
  });
});

describe('pieces before their maker: hauls, second pieces, details and copulas', () => {
  it('skips a first-person haul clause and a ", also" before the maker', () => {
    expect(read('<p>I live in the cardigan I picked up from Uniqlo last winter.</p>')).toEqual([
      ['Uniqlo', 'cardigan', null],
    ]);
    expect(read('<p>I found a denim shirt at the market and a pair of clogs, also from Uniqlo.</p>')).toEqual([
      ['Uniqlo', 'clogs', null],
    ]);
  });

  it('keeps a detail inside the piece, and an unknown maker after a copula with a weak preposition', () => {
    expect(read('<p>Jag bär ett par handskar i ull från Filippa K hela vintern.</p>', 'sv')).toEqual([
      ['Filippa K', 'handskar i ull', null],
    ]);
    expect(read('<p>Le manteau vient de Maison Lune, une petite marque.</p>', 'fr')).toEqual([
      ['Maison Lune', 'manteau', null],
    ]);
  });

  it('ends a piece at "and" in a list and opens one at a demonstrative', () => {
    expect(read('<p>I had a tote by Mango, flats from Massimo Dutti and sunglasses by Ray-Ban on.</p>')).toEqual([
      ['Mango', 'tote', null],
      ['Massimo Dutti', 'flats', null],
      ['Ray-Ban', 'sunglasses', null],
    ]);
    expect(read('<p>Ainda uso aquela saia preta da Massimo Dutti quase todos os dias.</p>', 'pt')).toEqual([
      ['Massimo Dutti', 'saia preta', null],
    ]);
  });
});

describe('pieces whose maker is described before its name', () => {
  it('reads "der französischen Marke X", "from the Italian label X", "van het Griekse label X"', () => {
    expect(
      read('<p>Auf der Liste: ein Silberaccessoire der französischen Marke Lumière Argent, sonst nichts.</p>', 'de'),
    ).toEqual([['Lumière Argent', 'Silberaccessoire', null]]);
    expect(read('<p>She wore these suede boots from the Italian label Ferrucci all week.</p>')).toEqual([
      ['Ferrucci', 'suede boots', null],
    ]);
    expect(read('<p>Ze droeg een wit jurkje van het Griekse label Kalyma op het feest.</p>', 'nl')).toEqual([
      ['Kalyma', 'wit jurkje', null],
    ]);
  });

  it('reads the maker after "Designer von", and no maker when the description names none', () => {
    expect(
      read('<p>Dazu: weiche Alpaka-Knitwear der dänischen Designer von Nordlys, warm und leicht.</p>', 'de'),
    ).toEqual([['Nordlys', 'weiche Alpaka-Knitwear', null]]);
    expect(read('<p>Die Jacke der französischen Marke ist ausverkauft.</p>', 'de')).toEqual([]);
  });
});

describe("a maker whose name ends in 's", () => {
  it('reads it when the phrase ends after it, and leaves a maker that owns the next word alone', () => {
    expect(
      read("<p>Bij de winkel zag ik ze meteen: de gestreepte espadrilles van Tobbe's, in mijn maat.</p>", 'nl'),
    ).toEqual([["Tobbe's", 'gestreepte espadrilles', null]]);
    expect(read("<p>I found this silk scarf from Chanel's archive sale.</p>")).toEqual([]);
  });
});
