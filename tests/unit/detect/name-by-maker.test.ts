import { describe, expect, it } from 'vitest';
import { detectMentions } from '@/lib/detect';
import { happyDoc } from './helpers';

const page = (lines: string) =>
  happyDoc(
    '<!DOCTYPE html><html lang="en-GB"><head><title>Small gifts</title></head><body><article>' +
      '<h1>Small gifts for the stockings</h1><p>A few cheerful things we would wrap this winter:</p>' +
      lines +
      '<p>Happy wrapping!</p></article></body></html>',
  );

describe('a gift-list line "Name by Maker £P"', () => {
  it('reads each line as one product, makers unknown to the gazetteer and in capitals included', () => {
    const doc = page(
      '<p>Fig Leaf Candle by HOLLOW LANE SOAPWORKS £5.50</p>' +
        '<p>Knitted Bobble Hat by Wren &amp; Thistle £7.25</p>' +
        '<p>Stoneware Mug by THE OLD MILL CO. £11.00</p>',
    );
    const found = detectMentions(doc, 'https://blog.example.co.uk/small-gifts');
    expect(found.map((m) => [m.brand, m.name, m.price?.amount])).toEqual([
      ['HOLLOW LANE SOAPWORKS', 'Fig Leaf Candle', 5.5],
      ['Wren & Thistle', 'Knitted Bobble Hat', 7.25],
      ['THE OLD MILL CO.', 'Stoneware Mug', 11],
    ]);
  });

  it('leaves prose that names a maker after "by" before a sum alone', () => {
    const doc = page('<p>The shop was bought last year by Harbour Group for £40 million and has since closed.</p>');
    expect(detectMentions(doc, 'https://blog.example.co.uk/news')).toEqual([]);
  });
});
