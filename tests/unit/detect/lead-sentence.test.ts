import { describe, expect, it } from 'vitest';
import { leadSentence } from '@/lib/detect/anchors/lead-sentence';
import { lineCtx } from './helpers';

const read = (body: string) => leadSentence.detect(lineCtx(body, 'en')).map((c) => [c.brand, c.name]);

// Gift-guide entries that open on a short sentence naming the maker and the product, then describe it.
describe('entries led by a maker-and-product sentence', () => {
  it('reads each entry’s lead sentence, after a bullet, as maker and product', () => {
    expect(
      read(
        '<ul><li><strong>+Everlane Chunky Wool Beanie.</strong> Warm, plain and under fifty.</li>' +
          '<li><strong>+Patagonia Better Sweater.</strong> He will wear it every weekend.</li></ul>',
      ),
    ).toEqual([
      ['Everlane', 'Chunky Wool Beanie'],
      ['Patagonia', 'Better Sweater'],
    ]);
  });

  it('reads plain paragraphs too, and a lead ending in a product noun', () => {
    expect(
      read(
        '<p>Steve Madden Cora Sandal. Not what I usually pick, but I keep seeing it.</p>' +
          '<p>Birkenstock cork slides: the ones I wear every single day.</p>',
      ),
    ).toEqual([
      ['Steve Madden', 'Cora Sandal'],
      ['Birkenstock', 'cork slides'],
    ]);
  });

  it('needs a list of entries, and a lead that names a product rather than a clause', () => {
    // One entry alone is a sentence that opens on a maker.
    expect(read('<p>Patagonia Better Sweater. He will wear it every weekend.</p>')).toEqual([]);
    // "Everlane is …" is a sentence about the maker.
    expect(
      read('<p>Everlane is everywhere this year. Fair prices.</p><p>Patagonia makes things last. Repairs too.</p>'),
    ).toEqual([]);
  });
});
