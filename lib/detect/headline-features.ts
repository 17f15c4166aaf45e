import type { Ctx } from './context';
import { lexicon } from './lexicon';

/**
 * Names of the headline features, in order (appended to ./feature-names): what the page's own headline says
 * about every price under it.
 */
export const HEADLINE_FEATURE_NAMES: readonly string[] = ['headline-negative'];

const SEEN = new WeakMap<Document, number>();

/**
 * Whether the page's headline (its title or its h1) holds a word of the lexicon's [negative] section: "the
 * ten most expensive sneakers", "le scarpe più costose", an auction or a recall. Such a page lists record
 * prices or prices nobody can pay at a shop, in any language the lexicon knows; the scorer weighs it.
 */
export function headlineFeatures(ctx: Ctx): number[] {
  let v = SEEN.get(ctx.doc);
  if (v === undefined) {
    // Publishers often make the logo the first h1: the title is read as well.
    const neg = lexicon().negative;
    v = neg.test(ctx.doc.title ?? '') || neg.test(ctx.doc.querySelector('h1')?.textContent ?? '') ? 1 : 0;
    SEEN.set(ctx.doc, v);
  }
  return [v];
}
