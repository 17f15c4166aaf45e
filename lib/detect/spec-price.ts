import type { Candidate, Cluster, Ctx, Line } from './context';
import { clusters } from './clusters';
import { isPriceLabel } from './lexicon';

/** "… a flat phone to about half. $45": a lone price closing a paragraph after its last full stop. */
const CLOSING = /[.!?]\s+(?:[$£€¥]|[A-Z]{3}\s?)?\s?[\d][\d.,]*\s*(?:[$£€¥]|[A-Z]{3}|kr|zł)?\s*$/u;

/** The one price of a line that states it: a labelled spec row, or a price alone after a paragraph's last sentence. */
function statedPrice(l: Line, cs: Cluster[]): Cluster | null {
  if (cs.length !== 1) return null;
  const c = cs[0]!;
  // A spec row's label from the lexicon's [prices] section: "The cost:", "Price", "Preis:", "価格".
  if (isPriceLabel(l.text.slice(0, c.s))) return c;
  return l.text.slice(c.e).trim() === '' && CLOSING.test(l.text) ? c : null;
}

/**
 * A review heading's price in the block under it: "The cost: $27/set" in its spec list, "Price $170" in a spec
 * row, or "… $45" closing its paragraph. Only a heading-led candidate without a price takes one, from the lines
 * before the next heading, and only when exactly one line there states a price.
 */
export function specPrice(ctx: Ctx, c: Candidate): Candidate {
  if (c.price || c.claims.length !== 1) return c;
  const head = ctx.lines[c.claims[0]!.i];
  if (!head?.h) return c;
  const found: { l: Line; c: Cluster }[] = [];
  for (let k = head.i + 1; k <= head.i + 5 && k < ctx.lines.length; k++) {
    const l = ctx.lines[k]!;
    if (l.h) break;
    const cs = clusters(ctx, l);
    const p = statedPrice(l, cs);
    if (p) found.push({ l, c: p });
    else if (cs.length) return c;
  }
  if (found.length !== 1) return c;
  const { l, c: p } = found[0]!;
  return { ...c, price: p.price, claims: [...c.claims, { i: l.i, s: p.s, e: p.e }] };
}
