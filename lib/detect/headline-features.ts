import type { Ctx } from './context';
import { lexicon } from './lexicon';
import { lowerAlnum } from './text';

/**
 * Names of the headline features, in order (appended to ./feature-names): what the page's own headline says
 * about every price under it.
 */
export const HEADLINE_FEATURE_NAMES: readonly string[] = ['headline-negative'];

const SEEN = new WeakMap<Document, number>();

/** Separators between a title's parts ("Shopping in Canada | My Fine Lines", "Look — Blog"). */
const TITLE_PARTS = /\s+[|–—·:»]\s+|\s+-\s+|\s*｜\s*/;

/**
 * Whether a part of the title (or an h1) is the site's own name: og:site_name, or letters the host name
 * spells ("My Fine Lines" on myfinelines.com). A site's name says nothing about its page.
 */
function siteNamed(ctx: Ctx, part: string): boolean {
  const p = lowerAlnum(part);
  if (p.length < 3) return false;
  const site = lowerAlnum(ctx.doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '');
  if (site && p === site) return true;
  let host = '';
  try {
    host = lowerAlnum(new URL(ctx.pageUrl).hostname.replace(/^www\./, ''));
  } catch {
    // No host: only og:site_name names the site.
  }
  return !!host && host.includes(p);
}

/** The headline's text without the site's name. */
const ownWords = (ctx: Ctx, text: string): string =>
  text
    .split(TITLE_PARTS)
    .filter((part) => !siteNamed(ctx, part))
    .join(' ');

/**
 * Whether the page's headline (its title or its h1, without the site's own name) holds a word of the
 * lexicon's [negative] section: "the ten most expensive sneakers", "le scarpe più costose", an auction or a
 * recall. Such a page lists record prices or prices nobody can pay at a shop, in any language the lexicon
 * knows; the scorer weighs it. A blog called "My Fine Lines" is not a page of fines.
 */
export function headlineFeatures(ctx: Ctx): number[] {
  let v = SEEN.get(ctx.doc);
  if (v === undefined) {
    // Publishers often make the logo the first h1: the title is read as well.
    const neg = lexicon().negative;
    const title = ownWords(ctx, ctx.doc.title ?? '');
    const h1 = ownWords(ctx, ctx.doc.querySelector('h1')?.textContent ?? '');
    v = neg.test(title) || neg.test(h1) ? 1 : 0;
    SEEN.set(ctx.doc, v);
  }
  return [v];
}
