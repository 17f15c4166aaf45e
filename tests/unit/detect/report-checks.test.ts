import { describe, expect, it } from 'vitest';
import type { Candidate, Ctx } from '@/lib/detect/context';
import { unreportable } from '@/lib/detect/report-checks';
import { lineCtx } from './helpers';

/** A candidate over the context's first line. */
function cand(ctx: Ctx, brand: string | null, name: string): Candidate {
  const line = ctx.lines[0]!;
  return {
    brand,
    name,
    price: null,
    retailer: null,
    url: null,
    element: line.el,
    claims: [{ i: 0, s: 0, e: line.text.length }],
    score: 2,
    format: 'anchor-line',
  } as Candidate;
}

describe('report checks: used goods and label makers', () => {
  it('leaves out a private seller’s listing whose line tells of a used condition', () => {
    for (const [t, lang] of [
      ['Kinderwagen Quokka Day, kaum benutzt, 300 € VB', 'de'],
      ['Kurtka Acme, rozmiar M, noszona jeden sezon, 120 zł', 'pl'],
      ['Acme rain jacket, barely worn, $40 obo', 'en'],
    ]) {
      const ctx = lineCtx(`<p>${t}</p>`, lang!);
      expect(unreportable(ctx, cand(ctx, 'Acme', 'jacket')), t).toBe(true);
    }
  });

  it('leaves out a maker that is a label ending in a lower-case product noun', () => {
    const ctx = lineCtx('<p>Night cream: Glowbury Rich Repair Cream, $30</p>', 'en');
    expect(unreportable(ctx, cand(ctx, 'Night cream', 'Glowbury Rich Repair Cream'))).toBe(true);
    expect(unreportable(ctx, cand(ctx, 'Water-based cleanser', 'Glowbury Gel Cleanser'))).toBe(true);
  });

  it('keeps makers named in capitals and new pieces in shops', () => {
    const ctx = lineCtx('<p>Rain jacket by Pepe Shoes, $40 at Quokka Store</p>', 'en');
    expect(unreportable(ctx, cand(ctx, 'Pepe Shoes', 'Rain jacket'))).toBe(false);
    expect(unreportable(ctx, cand(ctx, 'The Country Candle Company', 'candle'))).toBe(false);
    expect(unreportable(ctx, cand(ctx, 'Acme', 'rain jacket'))).toBe(false);
  });

  it('leaves out quantities and price notes read as makers, and the writer’s own sentence read as a name', () => {
    const ctx = lineCtx('<p>Glowbury toner pads 70 pads, $12</p>', 'en');
    for (const b of ['30cc', '70 ml', '+ tax']) expect(unreportable(ctx, cand(ctx, b, 'toner pads')), b).toBe(true);
    expect(unreportable(ctx, cand(ctx, 'Acme', 'The eyeliner I reached for all month'))).toBe(true);
    expect(unreportable(ctx, cand(ctx, 'Acme', 'sneakers kocht ik met geld'))).toBe(true);
    expect(unreportable(ctx, cand(ctx, 'Acme', 'Belvedere I'))).toBe(false);
  });
});
