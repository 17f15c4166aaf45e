import { describe, expect, it } from 'vitest';
import type { Candidate } from '@/lib/detect/context';
import { hostMaker } from '@/lib/detect/host-maker';
import { installBundledGazetteer } from '@/lib/gazetteer/bundled';
import { lineCtx } from './helpers';

installBundledGazetteer();

/** The maker read for the brandless pick linked in the body's linked line (null when none is read). */
function makerOf(body: string, lang = 'en', brand: string | null = null): string | null {
  const ctx = lineCtx(body, lang);
  const line = ctx.lines.find((l) => l.links.length)!;
  const link = line.links[0]!;
  const c: Candidate = {
    brand,
    name: line.text.slice(link.s, link.e),
    price: { amount: 30, currency: 'USD' },
    retailer: null,
    url: link.a.getAttribute('href'),
    element: line.el,
    claims: [{ i: line.i, s: link.s, e: link.e }],
    score: 0,
    format: 'anchor-line',
  };
  const out = hostMaker(ctx, c);
  expect(out.every((v) => v.alt === 'host' && v.name === c.name)).toBe(true);
  return out[0]?.brand ?? null;
}

describe('the maker spelt by the host of a pick’s own-shop link', () => {
  it('reads the maker heading the pick’s section', () => {
    const body =
      '<h2>Fernbrook Pottery</h2><p>A two-person studio on the coast throws every cup by hand.</p>' +
      '<p><b><a href="https://www.fernbrookpottery.com/products/speckled-mug">Speckled Mug</a>, $28</b></p>';
    expect(makerOf(body)).toBe('Fernbrook Pottery');
  });

  it('reads the maker named after the link in the same sentence, in several languages', () => {
    expect(
      makerOf(
        '<p>This <a href="https://quillby.co/shop/wash-bag">waxed wash bag</a> ($40) from Quillby travels well.</p>',
      ),
    ).toBe('Quillby');
    expect(
      makerOf(
        '<p>Cette <a href="https://atelier-brume.fr/produit/bougie">bougie au figuier</a> (35 €) signée Atelier Brume.</p>',
        'fr',
      ),
    ).toBe('Atelier Brume');
    expect(
      makerOf(
        '<h3>HOLZWERK LINDNER</h3><p>Aus dem Allgäu.</p><p><a href="https://holzwerk-lindner.de/shop/brett">Frühstücksbrett aus Eiche</a>, 24 Euro</p>',
        'de',
      ),
    ).toBe('HOLZWERK LINDNER');
  });

  it('reads no shop as the maker of a name that carries its own maker', () => {
    const shop = (name: string) =>
      makerOf(`<h2>Penhallow Pens</h2><p><a href="https://penhallowpens.com/products/pen">${name}</a>, $30</p>`);
    expect(shop('Fountain pen in green')).toBe('Penhallow Pens');
    expect(shop('KAWECO Sport Fountain Pen')).toBeNull();
    expect(shop('Ada Morrow “Inkwell” pen case')).toBeNull();
    expect(shop('Penhallow x Ada Morrow pen case')).toBeNull();
  });

  it('reads nothing past the section’s heading, from a marketplace or the page’s own site, or for a named pick', () => {
    expect(
      makerOf(
        '<h2>Moss Lane</h2><p>Candles.</p><h2>For the cook</h2><p><a href="https://mosslane.com/p/apron">Linen apron</a>, $30</p>',
      ),
    ).toBeNull();
    expect(
      makerOf('<h2>Fern Etsy</h2><p><a href="https://www.etsy.com/listing/1/tea-towel">Tea towel</a>, $20</p>'),
    ).toBeNull();
    expect(
      makerOf('<h2>Blog Example</h2><p><a href="https://blog.example.org/shop/mug">Our mug</a>, $20</p>'),
    ).toBeNull();
    expect(makerOf('<p>The <a href="https://quillby.co/shop/bag">Quillby</a> ($40) from Quillby.</p>')).toBeNull();
    expect(
      makerOf('<h2>Fernbrook Pottery</h2><p><a href="https://fernbrookpottery.com/p/mug">Mug</a></p>', 'en', 'Kiln'),
    ).toBeNull();
  });
});
