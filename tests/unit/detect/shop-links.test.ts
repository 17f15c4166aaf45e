import { describe, expect, it } from 'vitest';
import { shopLinks } from '@/lib/detect/anchors/shop-links';
import { lineCtx } from './helpers';

const read = (body: string, lang = 'en') =>
  shopLinks.detect(lineCtx(body, lang)).map((c) => [c.brand, c.name, c.retailer, c.url]);

describe('one piece offered at several shops, each linked by its name', () => {
  it('reads the bold piece above a "here from" list of shop links, one mention per shop', () => {
    const body =
      '<p><strong>A striped breton top</strong> (a classic for spring)<br>Find it at ' +
      '<a href="https://www.zara.com/uk/en/breton-top-p0123.html">Zara</a>, ' +
      '<a href="https://www.uniqlo.com/uk/en/products/E4567">Uniqlo</a> and ' +
      '<a href="https://www.mango.com/gb/women/tops/breton_8899">Mango</a></p>';
    expect(read(body)).toEqual([
      ['Zara', 'striped breton top', 'Zara', 'https://www.zara.com/uk/en/breton-top-p0123.html'],
      ['Uniqlo', 'striped breton top', 'Uniqlo', 'https://www.uniqlo.com/uk/en/products/E4567'],
      ['Mango', 'striped breton top', 'Mango', 'https://www.mango.com/gb/women/tops/breton_8899'],
    ]);
  });

  it('reads a labelled piece before its shop links in one line', () => {
    const body =
      '<p>Trenchcoat: <a href="https://www.zara.com/de/de/trench-p1.html">Zara</a> / ' +
      '<a href="https://www.uniqlo.com/de/de/products/E1">Uniqlo</a></p>';
    expect(read(body, 'de').map((r) => r.slice(0, 2))).toEqual([
      ['Zara', 'Trenchcoat'],
      ['Uniqlo', 'Trenchcoat'],
    ]);
  });

  it('reads the knit necklines as pieces ("roll neck", "turtleneck")', () => {
    const body = (piece: string) =>
      `<p><strong>${piece}</strong><br>Here from <a href="https://www.zara.com/uk/en/knit-p1.html">Zara</a> and ` +
      '<a href="https://www.uniqlo.com/uk/en/products/E1">Uniqlo</a></p>';
    expect(read(body('A roll neck')).map((r) => r[1])).toEqual(['roll neck', 'roll neck']);
    expect(read(body('A turtleneck')).map((r) => r[1])).toEqual(['turtleneck', 'turtleneck']);
  });

  it('leaves links to shop home pages, links to other sites and one shop alone', () => {
    const home =
      '<p><strong>A denim jacket</strong><br>Here from <a href="https://www.zara.com/">Zara</a> and ' +
      '<a href="https://www.uniqlo.com/">Uniqlo</a></p>';
    const elsewhere =
      '<p><strong>A denim jacket</strong><br>Here from <a href="https://news.example.com/a/zara-story">Zara</a> and ' +
      '<a href="https://www.uniqlo.com/uk/en/products/E1">Uniqlo</a></p>';
    const one =
      '<p><strong>A denim jacket</strong><br>Here from <a href="https://www.zara.com/uk/j-p1.html">Zara</a></p>';
    expect(read(home)).toEqual([]);
    expect(read(elsewhere)).toEqual([]);
    expect(read(one)).toEqual([]);
  });
});
