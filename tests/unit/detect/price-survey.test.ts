import { describe, expect, it } from 'vitest';
import { priceSurvey } from '@/lib/detect/price-survey';
import type { Candidate, Ctx } from '@/lib/detect/context';
import { lineCtx } from './helpers';

/** A priced candidate claiming the whole of the first line whose text includes `text`. */
function candidateOn(ctx: Ctx, text: string): Candidate {
  const l = ctx.lines.find((x) => x.text.includes(text))!;
  return {
    brand: null,
    name: text,
    price: { amount: 10, currency: 'EUR' },
    retailer: null,
    url: null,
    element: l.el,
    claims: [{ i: l.i, s: 0, e: 1e9 }],
    score: 0,
    format: 'test',
  };
}

describe('price surveys stay silent', () => {
  it('reads a row with lowest and highest price columns as a survey, in several languages', () => {
    const tables = [
      ['Shampoo', 'Lowest', 'Highest', 'Gap'],
      ['Sonnencreme', 'Niedrigster Preis', 'Höchster Preis', 'Differenz'],
      ['Crème', 'Le moins cher', 'Le plus cher', 'Écart'],
      ['Protetor', 'Menor', 'Maior', 'Diferença'],
    ];
    for (const [item, ...heads] of tables) {
      const ctx = lineCtx(
        `<table><thead><tr><th>${item}</th>${heads.map((h) => `<th>${h}</th>`).join('')}</tr></thead>` +
          '<tbody><tr><td>Blue Tide Hair Wash 250 ml</td><td>€ 4,10</td><td>€ 9,80</td><td>139%</td></tr></tbody></table>',
        'en',
        'EUR',
      );
      expect([item, priceSurvey(ctx, candidateOn(ctx, 'Blue Tide'))]).toEqual([item, true]);
    }
  });

  it('reads a line that labels each of its prices as a survey figure', () => {
    const ctx = lineCtx('<p>Cotton tote, large: lowest €12,50 · average €15,90 · highest €21</p>', 'en', 'EUR');
    expect(priceSurvey(ctx, candidateOn(ctx, 'Cotton tote'))).toBe(true);
  });

  it('keeps a shopping table with a price and a sale price, and a deal line naming the lowest price once', () => {
    const ctx = lineCtx(
      '<table><tr><th>Product</th><th>Price</th><th>Sale price</th></tr>' +
        '<tr><td>Moss linen shirt</td><td>€ 59</td><td>€ 39</td></tr></table>' +
        '<p>The Moss linen trousers are down to €45 from €70, the lowest price we have tracked.</p>',
      'en',
      'EUR',
    );
    expect(priceSurvey(ctx, candidateOn(ctx, 'Moss linen shirt'))).toBe(false);
    expect(priceSurvey(ctx, candidateOn(ctx, 'Moss linen trousers'))).toBe(false);
  });
});
