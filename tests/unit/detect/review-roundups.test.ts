import { describe, expect, it } from 'vitest';
import type { Candidate, Ctx } from '@/lib/detect/context';
import { collectLines } from '@/lib/detect/lines';
import { dropNav, reviewTidy, shopTail } from '@/lib/detect/review-tidy';
import { specPrice } from '@/lib/detect/spec-price';
import { detectMentions } from '@/lib/detect';
import { happyDoc } from './helpers';

/** A page read into lines, as the pipeline reads it before the candidates. */
function ctxOf(html: string): Ctx {
  const doc = happyDoc(`<html lang="en"><body><article>${html}</article></body></html>`);
  const ctx: Ctx = {
    root: doc,
    doc,
    pageUrl: 'https://mag.example/picks',
    host: 'mag.example',
    currency: 'USD',
    lines: [],
  };
  const it = collectLines(doc, ctx.lines);
  while (!it.next().done);
  return ctx;
}

const cand = (ctx: Ctx, i: number, brand: string | null, name: string): Candidate => ({
  brand,
  name,
  price: null,
  retailer: null,
  url: null,
  element: ctx.lines[i]!.el,
  claims: [{ i, s: 0, e: 1e9 }],
  score: 0,
  format: 'anchor-list',
});

describe('review round-up roles', () => {
  it('drops navigation link texts that end a record, in several languages', () => {
    expect(dropNav('Alpine Down Quilt at Target Jump to Review')).toBe('Alpine Down Quilt at Target');
    expect(dropNav('Trail Lantern View On Walmart View On Lanternco.com')).toBe('Trail Lantern');
    expect(dropNav('Daunenkissen Nordlicht weiterlesen')).toBe('Daunenkissen Nordlicht');
    expect(dropNav('Read more')).toBe('Read more');
  });

  it('reads a known shop or a domain after a shop preposition as the retailer', () => {
    expect(shopTail('Alpine Down Quilt at Target')).toEqual({ rest: 'Alpine Down Quilt', shop: 'Target' });
    expect(shopTail('Merino Throw at Woolhouse.com')?.shop).toBe('Woolhouse.com');
    expect(shopTail('Merino Throw')).toBeNull();
  });

  it('strips the verdict label, the shop tail and the jump link from a summary line', () => {
    const ctx = ctxOf('<ul><li>Top pick: Coleman Alpine Down Quilt at Target Jump to Review</li><li>x</li></ul>');
    const got = reviewTidy(ctx, cand(ctx, 0, 'Coleman', 'Best budget quilts: Alpine Down Quilt at Target Read more'));
    expect([got?.brand, got?.name, got?.retailer]).toEqual(['Coleman', 'Alpine Down Quilt', 'Target']);
  });

  it('does not let an everyday word inside a title stand for the maker', () => {
    // "Set" is a listed label's everyday short form: inside "Quilt Set With Shams" it is the product's word.
    const ctx = ctxOf('<p><a href="https://brindlehome.com/p/quilt">Brindle Cotton Quilt Set With Shams</a></p>');
    const c = {
      ...cand(ctx, 0, 'Set Active', 'Brindle Cotton Quilt With Shams'),
      url: 'https://brindlehome.com/p/quilt',
    };
    const got = reviewTidy(ctx, c);
    expect(got?.brand).toBe('Brindle');
    expect(got?.name).toBe('Cotton Quilt Set With Shams');
    // After a determiner the everyday-word maker stays: "A Hay table lamp" is Hay's.
    const det = ctxOf('<p>A Hay Portable Lamp now lights our porch every evening.</p>');
    expect(reviewTidy(det, cand(det, 0, 'Hay', 'Portable Lamp'))?.brand).toBe('Hay');
  });

  it('takes a review heading price from its spec row or from the end of its paragraph', () => {
    const spec = ctxOf('<h3>Hearth Wool Blanket</h3><ul><li>The cost: $64/throw</li><li>The fabric: wool</li></ul>');
    expect(specPrice(spec, cand(spec, 0, 'Hearth', 'Wool Blanket')).price).toEqual({ amount: 64, currency: 'USD' });
    const prose = ctxOf('<h4>Lumo Camp Lantern</h4><p>It clips to a tent loop and runs for two nights. $38</p>');
    expect(specPrice(prose, cand(prose, 0, 'Lumo', 'Camp Lantern')).price?.amount).toBe(38);
    // Two priced lines under one heading: no guess.
    const two = ctxOf('<h4>Lumo Camp Lantern</h4><p>Small. $38</p><p>Large. $52</p>');
    expect(specPrice(two, cand(two, 0, 'Lumo', 'Camp Lantern')).price).toBeNull();
  });

  it('reads a round-up summary line end to end', () => {
    const doc = happyDoc(
      '<html lang="en"><body><article><h1>The best rain jackets</h1><p>We wore each in a week of rain.</p>' +
        '<h2>Our Top Picks</h2><ul>' +
        '<li><strong>Best Overall:</strong> <a href="https://www.amazon.com/dp/B0TESTA1">Patagonia Torrentshell ' +
        '3L Jacket at Amazon</a> <a href="#torrent">Jump to Review</a></li>' +
        '<li><strong>Best Budget:</strong> <a href="https://www.amazon.com/dp/B0TESTB2">Columbia Watertight II ' +
        'Jacket at Amazon</a> <a href="#watertight">Jump to Review</a></li></ul></article></body></html>',
    );
    const names = detectMentions(doc, 'https://mag.example/rain').map((m) => m.name);
    expect(names.every((n) => !/jump to review|at amazon/i.test(n))).toBe(true);
  });
});
