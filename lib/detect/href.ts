import type { Ctx, Line, Link } from './context';

/** The href a link holds, made absolute against the page; null for non-web links. */
export function hrefOf(ctx: Ctx, a: Element | null | undefined): string | null {
  const h = a?.getAttribute('href')?.trim();
  if (!h || /^(?:#|javascript:|mailto:|tel:)/i.test(h)) return null;
  if (/^https?:\/\//i.test(h)) return h;
  try {
    return new URL(h, ctx.pageUrl).href;
  } catch {
    return null;
  }
}

/** The first web link of a line. */
export const lineHref = (ctx: Ctx, l: Line): string | null => {
  for (const x of l.links) {
    const h = hrefOf(ctx, x.a);
    if (h) return h;
  }
  return null;
};

const overlaps = (l: Link, s: number, e: number) => l.s < e && l.e > s;
/** Whether a link stays on the page's own site (a story, not a shop). */
export const internal = (ctx: Ctx, href: string): boolean => {
  try {
    return new URL(href).hostname === ctx.host;
  } catch {
    return true;
  }
};

/**
 * The article's link for a product read from [s, e) of a line: on the shop name, then the name, then any outbound
 * one.
 */
export function linkIn(ctx: Ctx, line: Line, s: number, e: number, prefer: [number, number][] = []): string | null {
  for (const [ps, pe] of prefer) {
    const l = line.links.find((x) => overlaps(x, ps, pe) && hrefOf(ctx, x.a));
    if (l) return hrefOf(ctx, l.a);
  }
  for (const l of line.links) {
    const h = overlaps(l, s, e) ? hrefOf(ctx, l.a) : null;
    if (h && !internal(ctx, h)) return h;
  }
  return null;
}
