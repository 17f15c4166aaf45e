import type { Candidate, Ctx } from './context';
import { clusters } from './clusters';

/** A bracket closing the name that holds a figure: "Silk Tank ($45)". */
const BRACKET_END = /\s*\(([^()]*\d[^()]*)\)\s*$/u;

/**
 * Two readings of one product: a maker-led reading may stop at the bracket and keep "($45)" in the name with no
 * price. The bracket's price (read as the line's prices are, in the page's currency) is the product's; the name
 * loses the bracket.
 */
export function namePrice(ctx: Ctx, c: Candidate): Candidate {
  if (c.price) return c;
  const m = BRACKET_END.exec(c.name);
  if (!m) return c;
  for (const x of c.claims) {
    const line = ctx.lines[x.i];
    if (!line) continue;
    const hit = clusters(ctx, line).find((p) => line.text.slice(p.s, p.e).trim() === m[1]!.trim());
    if (hit) return { ...c, name: c.name.slice(0, m.index), price: hit.price };
  }
  return c;
}
