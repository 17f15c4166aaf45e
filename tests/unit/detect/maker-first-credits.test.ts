import { describe, expect, it } from 'vitest';
import { runCredits } from '@/lib/detect/anchors/run-credits';
import { creditParts } from '@/lib/detect/anchors/credit-parts';
import { makerFirst } from '@/lib/detect/anchors/maker-first';
import { lineCtx } from './helpers';

const read = (body: string, lang = 'en') =>
  runCredits.detect(lineCtx(body, lang)).map((c) => [c.brand, c.name, c.format]);

describe('outfit credits that name the maker first', () => {
  it('reads a caption of "Maker piece" pairs split by commas, a shared maker across "and"', () => {
    const got = read(
      '<figure><figcaption>Uniqlo cardigan, Arket shirt and trousers, Vagabond boots</figcaption></figure>',
    );
    expect(got).toEqual([
      ['Uniqlo', 'cardigan', 'anchor-maker-first'],
      ['Arket', 'shirt', 'anchor-maker-first'],
      ['Arket', 'trousers', 'anchor-maker-first'],
      ['Vagabond', 'boots', 'anchor-maker-first'],
    ]);
  });

  it('cuts a caption without separators at each known maker', () => {
    const got = read('<p class="caption">Mango coat Levi’s jeans Adidas sneakers Longchamp bag</p>');
    expect(got.map((g) => [g[0], g[1]])).toEqual([
      ['Mango', 'coat'],
      ["Levi's", 'jeans'],
      ['Adidas', 'sneakers'],
      ['Longchamp', 'bag'],
    ]);
  });

  it('reads an unknown maker in capitals among known ones, never a thrifted piece', () => {
    const got = read('<p>(wearing: vintage belt, Monki skirt, KOLBRUN knit, Arket coat)</p>');
    expect(got.map((g) => [g[0], g[1]])).toEqual([
      ['Monki', 'skirt'],
      ['KOLBRUN', 'knit'],
      ['Arket', 'coat'],
    ]);
  });

  it('gives each piece its own text and drops a trailing note', () => {
    const parts = makerFirst('COS shirt and trousers (similar)', 10);
    expect(parts.map((p) => [p.brand, p.name, p.s, p.e])).toEqual([
      ['COS', 'shirt', 10, 19],
      ['COS', 'trousers', 24, 32],
    ]);
  });

  it('reads nothing when a maker is not followed by a piece, or in a sentence with one maker', () => {
    expect(makerFirst('Zara announced its results', 0)).toEqual([]);
    expect(read('<p>I love my Zara coat, it is warm and the colour is lovely.</p>')).toEqual([]);
  });

  it('does not take "second hand" or "vintage" as the maker of a labelled credit', () => {
    const ctx = lineCtx('<p class="credits">Sunnies: Second Hand<br>Coat: Vintage<br>Skirt: Monki</p>', 'de');
    const makers = [...runCredits.detect(ctx), ...creditParts.detect(ctx)].map((c) => c.brand);
    expect(makers).not.toContain('Second Hand');
    expect(makers).not.toContain('Vintage');
  });

  it('ends a maker before a separator left at the end of a caption line', () => {
    const got = read('<p class="caption">Blouse: Ganni | Trousers: COS |</p>');
    expect(got.map((g) => [g[0], g[1]])).toEqual([
      ['Ganni', 'Blouse'],
      ['COS', 'Trousers'],
    ]);
  });
});
