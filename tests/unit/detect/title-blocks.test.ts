import { describe, expect, it } from 'vitest';
import { gather, type Gathered } from '@/lib/detect/pipeline';
import { pageBlocks, shortOffer } from '@/lib/detect/blocks';
import { happyDoc } from './helpers';

const page = (body: string) =>
  happyDoc(
    `<!DOCTYPE html><html lang="en-GB"><head><title>t</title></head><body><article>${body}</article></body></html>`,
  );

function gathered(body: string): Gathered {
  const it = gather(page(body), 'https://www.example-homes.co.uk/2025/11/coffee-kit/');
  for (;;) {
    const r = it.next();
    if (r.done) {
      if (Array.isArray(r.value)) throw new Error('read as a product page');
      return r.value;
    }
  }
}

/** The block generator's candidates as "brand | name | amount | shop". */
function blocks(body: string): string[] {
  return gathered(body)
    .cands.filter((c) => c.format === 'anchor-block' && !c.alt)
    .map((c) => `${c.brand} | ${c.name} | ${c.price?.amount ?? '-'} | ${c.retailer ?? '-'}`);
}

const para = (s: string) => `<p>${s} It took a week of mornings to be sure, and we would buy it again.</p>`;

describe('titled product blocks with the offer on a line of its own', () => {
  it('reads the name from the heading and price and shop from the short offer line, before or after the prose', () => {
    const got = blocks(
      '<h3>Bialetti Moka Express, three cups</h3>' +
        para('The stovetop classic still makes the strongest cup here.') +
        '<p><a href="https://www.johnlewis.com/p/123">£32 at John Lewis</a></p>' +
        '<h3>Bodum Chambord French press</h3>' +
        '<p><a href="https://www.amazon.co.uk/dp/B0TEST">£27.99 at Amazon</a></p>' +
        para('Glass and steel, and a plunger that does not wobble.') +
        '<h3>Milk frother by Weleda</h3>' +
        para('An odd one from a skincare house, but it whips oat milk well.') +
        '<p>Buy now: £19, <a href="https://www.weleda.co.uk/frother">weleda.co.uk</a></p>',
    );
    expect(got).toContain('Bialetti | Moka Express, three cups | 32 | John Lewis');
    expect(got).toContain('Bodum | Chambord French press | 27.99 | Amazon');
    // A maker's own shop is named as the maker (lib/detect/retailer).
    expect(got).toContain('Weleda | Milk frother | 19 | Weleda');
  });

  it('takes the maker closing a bold title ("Name – Maker") or from a brand field beside the title', () => {
    const bold = blocks(
      '<p><b>Gentle foaming cleanser – Clinique</b></p>' +
        para('Rinses clean without the tight feeling.') +
        '<p>About 24 pounds, £24</p>' +
        '<p><b>Calendula day cream – Weleda</b></p>' +
        para('Rich enough for winter cheeks.') +
        '<p>About 15 pounds, £15</p>',
    );
    expect(bold).toContain('Clinique | Gentle foaming cleanser | 24 | -');
    expect(bold).toContain('Weleda | Calendula day cream | 15 | -');
    const field = blocks(
      '<div class="pick"><p class="pick__brand">Kettlewick</p><h3 class="pick__name">Stoneware pour-over cone</h3>' +
        '<p class="pick__price">£22</p></div>' +
        '<div class="pick"><p class="pick__brand">Brambleford</p><h3 class="pick__name">Walnut coffee scoop</h3>' +
        '<p class="pick__price">£9.50</p></div>',
    );
    expect(field).toContain('Kettlewick | Stoneware pour-over cone | 22 | -');
    expect(field).toContain('Brambleford | Walnut coffee scoop | 9.5 | -');
  });

  it('leaves story subheadings over paragraphs that mention a price alone', () => {
    // (A page needs a shop link somewhere to be read at all: lib/detect/precheck.)
    const body =
      '<p>Our tip of the week: a flask, <a href="https://www.amazon.co.uk/dp/B0TEST">£12 at Amazon</a>.</p>' +
      '<h2>Prices at the pump</h2><p>Diesel rose to £1.52 a litre this week, the highest since the spring, ' +
      'and hauliers say the rise will reach the shelves before Christmas.</p>' +
      '<h2>What the shops say</h2><p>One grocer told us a loaf that cost £1.10 last year now sells for £1.40 ' +
      'in most of its branches across the region.</p>' +
      '<h2>And the rest</h2><p>Bus fares stay at £2 until March, the council confirmed on Tuesday evening.</p>';
    expect(blocks(body)).toEqual([]);
    const g = gathered(body);
    expect([...pageBlocks(g.ctx).runs.values()].every((n) => n < 2)).toBe(true);
  });

  it('counts an offer line as short only when it says little besides the price', () => {
    const g = gathered(
      '<p>£98 at Nordstrom</p><p>Shop it: $1,095, shopname.com</p>' +
        '<p>The jacket went from £98 to £120 over the summer as the mill raised what it charges the label.</p>',
    );
    const [a, b2, c] = g.ctx.lines.filter((l) => /\d/.test(l.text));
    expect(shortOffer(g.ctx, a!)).toBe(true);
    expect(shortOffer(g.ctx, b2!)).toBe(true);
    expect(shortOffer(g.ctx, c!)).toBe(false);
  });
});
