import { describe, expect, it } from 'vitest';
import { creditParts } from '@/lib/detect/anchors/credit-parts';
import { CREDIT_STOP } from '@/lib/detect/anchors/credit-stops';
import { inlineCredits } from '@/lib/detect/anchors/inline-credits';
import { runCredits } from '@/lib/detect/anchors/run-credits';
import { tableCredits } from '@/lib/detect/anchors/table-credits';
import { nounHits, setPageLanguage } from '@/lib/detect/lexicon';
import type { Format } from '@/lib/detect/context';
import { lineCtx } from './helpers';

const read = (f: Format, body: string) => f.detect(lineCtx(body, 'en')).map((c) => [c.brand, c.name]);

describe('credit-ending full stops', () => {
  const split = (t: string) => t.split(new RegExp(CREDIT_STOP.source, 'gu'));

  it('ends a credit at a stop before a capital, but not inside "J. Crew" or after a title', () => {
    expect(split('Shirt, J. Crew. Shoes, Mr. Porter. Hat, Monki')).toEqual([
      'Shirt, J. Crew',
      'Shoes, Mr. Porter',
      'Hat, Monki',
    ]);
  });

  it('ends one after a maker that ends in an initial when a labelled credit follows', () => {
    expect(split('Wool coat – Henrik B. Scarf – Aino Vale')).toEqual(['Wool coat – Henrik B', 'Scarf – Aino Vale']);
  });
});

describe('unpriced credits in short sentences and glued dashes', () => {
  it('reads "piece, Maker." credits one sentence each, skipping those that name a shop or no maker', () => {
    const got = read(
      inlineCredits,
      '<p class="caption">Blouse, Oria Lane (sample sale). Skirt, from a flea market. Loafers, Monki. Ring, vintage.</p>',
    );
    expect(got).toEqual([
      ['Oria Lane', 'Blouse'],
      ['Monki', 'Loafers'],
    ]);
  });

  it('reads "Piece – Maker." sentences, bare pieces before a labelled credit sharing its maker', () => {
    const got = read(
      creditParts,
      '<figure><img src="a.jpg"><figcaption>Linen shirt, wide trousers – Aino Vale. Bag – Henrik Berg.</figcaption></figure>',
    );
    expect(got).toEqual(
      expect.arrayContaining([
        ['Aino Vale', 'wide trousers'],
        ['Aino Vale', 'Linen shirt'],
        ['Henrik Berg', 'Bag'],
      ]),
    );
    expect(got).toHaveLength(3);
  });

  it('does not share a maker with a bare piece in prose read by "from"', () => {
    const got = read(
      creditParts,
      '<p>Wearing: a white tee, wide trousers from Aino Vale and a scarf from Henrik Berg.</p>',
    );
    expect(got).not.toContainEqual(['Aino Vale', 'white tee']);
  });

  it('reads a dash glued to the piece and drops the shop after the maker', () => {
    const got = read(
      creditParts,
      '<p class="credits">Headband- Oria Lane<br>Sweatshirt- Aino Vale at Nordstrom<br>Shoes- Monki</p>',
    );
    expect(got).toEqual([
      ['Oria Lane', 'Headband'],
      ['Aino Vale', 'Sweatshirt'],
      ['Monki', 'Shoes'],
    ]);
  });
});

describe('news photo captions', () => {
  it('does not cut a red-carpet caption crediting its photo into outfit credits', () => {
    const body =
      '<figure><img src="a.jpg"><figcaption>Dress: Aino Vale. Jewellery: Henrik Berg. Shoes: Monki. ' +
      'Photo: Lumen Images</figcaption></figure>';
    expect(read(creditParts, body)).toEqual([]);
    expect(read(inlineCredits, body)).toEqual([]);
    expect(read(runCredits, body)).toEqual([]);
  });

  it('still reads the same credits in an outfit caption without a photo credit', () => {
    const body =
      '<figure><img src="a.jpg"><figcaption>Dress: Aino Vale. Jewellery: Henrik Berg. Shoes: Monki.</figcaption></figure>';
    expect(read(creditParts, body)).toEqual(
      expect.arrayContaining([
        ['Aino Vale', 'Dress'],
        ['Henrik Berg', 'Jewellery'],
        ['Monki', 'Shoes'],
      ]),
    );
  });

  it('does not read a piece across a stop into the photo credit after it', () => {
    const body =
      '<figure><img src="a.jpg"><figcaption>Look 12: tweed jacket, swimsuit and slingbacks. Photo: Studio Lumen' +
      '</figcaption></figure>';
    expect(read(creditParts, body)).toEqual([]);
  });
});

describe('outfit credits in a table', () => {
  it('reads the piece in <th> and the maker in <td>, skipping a row without a maker', () => {
    const got = read(
      tableCredits,
      '<table><tr><th>Jacket</th><td>Aino Vale</td></tr><tr><th>Bag</th><td>DIY</td></tr>' +
        '<tr><th>Sandals</th><td>Birkenstock</td></tr></table>',
    );
    expect(got).toEqual([
      ['Aino Vale', 'Jacket'],
      ['Birkenstock', 'Sandals'],
    ]);
  });

  it('leaves a recipe or spec table alone', () => {
    const got = read(
      tableCredits,
      '<table><tr><th>Difficulty</th><td>Easy</td></tr><tr><th>Serves</th><td>Six</td></tr>' +
        '<tr><th>Bag</th><td>Monki</td></tr></table>',
    );
    expect(got).toEqual([]);
  });
});

describe('English accessory nouns', () => {
  it('counts shawls, bangles, jewelry and eyewear as product nouns', () => {
    setPageLanguage('en');
    for (const w of ['Shawl', 'bangles', 'jewelry', 'jewellery', 'eyewear', 'hairband', 'chokers', 'slacks'])
      expect(nounHits(w)).toBeGreaterThan(0);
  });
});
