import { lookupBrand } from '../../gazetteer';
import type { Candidate, Ctx, Format, Line } from '../context';
import { maker, piece } from './credit-sides';

/** Fewest credit rows that make a table an outfit credit table rather than a spec sheet with one odd row. */
const MIN_ROWS = 2;

/** The lines a table cell's text was read into. */
const cellLines = (lines: readonly Line[], cell: Element): Line[] =>
  lines.filter((l) => l.el === cell || cell.contains(l.el));

/**
 * Outfit credits laid out as a table, the piece in one cell and its maker in the next:
 * `<tr><th>Jacket</th><td>Zara</td></tr>`. Each row is read like a "Piece: Maker" credit (./credit-sides); a table
 * counts when at least two rows, and most of its two-cell rows, read that way (a shop's spec table does not).
 */
export const tableCredits: Format = {
  id: 'anchor-credit',
  detect(ctx: Ctx): Candidate[] {
    const out: Candidate[] = [];
    for (const table of ctx.root.querySelectorAll('table')) {
      const rows = [...table.querySelectorAll('tr')].filter((r) => r.closest('table') === table);
      const pairs = rows
        .map((r) => [...r.children].filter((c) => /^T[HD]$/i.test(c.tagName)))
        .filter((c) => c.length === 2);
      const made: Candidate[] = [];
      for (const [left, right] of pairs as [Element, Element][]) {
        const name = piece(left.textContent ?? '');
        const who = name ? maker(right.textContent ?? '') : null;
        const at = who ? [...cellLines(ctx.lines, left), ...cellLines(ctx.lines, right)] : [];
        if (!name || !who || !at.length || at.some((l) => l.pc?.length)) continue;
        made.push({
          brand: who.brand,
          name: `${name} ${who.model}`.trim(),
          price: null,
          retailer: who.shop,
          url: null,
          element: right,
          claims: at.map((l) => ({ i: l.i, s: 0, e: l.text.length })),
          score: 2 + (lookupBrand(who.brand) ? 1 : 0) + Math.min(made.length + 1, 4) / 2,
          format: 'anchor-credit',
        });
      }
      if (made.length >= MIN_ROWS && made.length * 2 >= pairs.length) out.push(...made);
    }
    return out;
  },
};
