import type { Candidate, Ctx, Line } from './context';
import { clusters } from './clusters';
import { hrefOf, internal } from './href';
import { parseAround } from './segment';

/**
 * A buy link closing a prose paragraph ("…Sizing runs generous. <a>¥41,800 at Auralee</a>"):
 * the link's own text is the offer, and the sentence before it names nothing. Null when the
 * text before the link does not end a sentence, so "Name, <a>$P at Shop</a>" stays a product line.
 */
export function proseEndBuy(
  ctx: Ctx,
  l: Line,
): { price: Candidate['price']; url: string; retailer: string | null } | null {
  const cs = clusters(ctx, l);
  if (cs.length !== 1) return null;
  const c = cs[0]!;
  const link = l.links.find((k) => k.s <= c.s && c.e <= k.e);
  if (!link || l.text.slice(link.e).trim()) return null;
  const pre = l.text.slice(0, link.s).trim();
  if (!pre || !/[.!?…]["”’)]?$/u.test(pre)) return null;
  const p = parseAround(l, c, link.s, link.e);
  const url = hrefOf(ctx, link.a);
  if (!p || p.name || !url || internal(ctx, url)) return null;
  return { price: p.price, url, retailer: p.retailer };
}
