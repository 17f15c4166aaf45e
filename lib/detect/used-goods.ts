import type { Candidate, Ctx } from './context';

/**
 * Names of the second-hand features, in order (appended to ./feature-names): a candidate whose own text says the
 * thing is used, and how many lines of the page say so.
 */
export const USED_GOODS_FEATURE_NAMES: readonly string[] = ['used-goods', 'page-used-goods'];

/**
 * Words of classified ads and resale posts that describe a used object's condition or a haggled price, in the
 * languages the detector reads: "barely used", "kaum benutzt", "noszona jeden sezon", "do negocjacji". A
 * private seller's listing is no shop's offer; the words alone are everyday ones ("used", "worn"), so only the
 * condition phrases count.
 */
const USED = new RegExp(
  String.raw`(?<![\p{L}\d])(?:` +
    String.raw`(?:barely|hardly|gently|lightly|rarely)\s+(?:used|worn)|(?:used|worn)\s+(?:once|twice|a few times)|` +
    String.raw`pre-?owned|second-?hand|like new|o\.?n\.?o|obo|or best offer|` +
    String.raw`gebraucht|kaum (?:benutzt|getragen)|wenig getragen|neuwertig|wie neu|verhandlungsbasis|` +
    String.raw`używan[aey]|noszon[aey]|do negocjacji|jak now[aey]|stan (?:bardzo )?dobry|` +
    String.raw`d['’]occasion|comme neuf|(?:très )?bon état|porté (?:une|deux) fois|` +
    String.raw`de segunda mano|como nuevo|buen estado|negociable|usato|come nuovo|trattabile|` +
    String.raw`z\.?g\.?a\.?n|zo goed als nieuw|begagnad|knappt använd|nyskick|seminovo|negociável|` +
    // An auction's record is resale too: what a piece fetched under the hammer is no shop's offer.
    String.raw`(?:at|by) auction|auctioned|auction (?:house|record|results?|sale)|hammer price|under the hammer|` +
    String.raw`versteigert|auktion\p{L}*|aux enchères|subastad[oa]|all['’]asta|geveild|veiling` +
    String.raw`)(?![\p{L}\d])`,
  'iu',
);

// Per reading of a page (its lines), not per document: a document read again after it changed is counted again.
const SEEN = new WeakMap<Ctx['lines'], number>();

/** Whether a text tells of a used object's condition or a negotiable price. */
export const saysUsed = (text: string): boolean => USED.test(text);

/** The second-hand features of one candidate: its own lines, and the page's share of such lines. */
export function usedGoodsFeatures(ctx: Ctx, c: Candidate): number[] {
  let page = SEEN.get(ctx.lines);
  if (page === undefined) {
    page = ctx.lines.filter((l) => l.text.length < 400 && USED.test(l.text)).length;
    SEEN.set(ctx.lines, page);
  }
  const own = [...new Set(c.claims.map((x) => x.i))].some((i) => USED.test(ctx.lines[i]?.text ?? ''));
  return [own ? 1 : 0, Math.log1p(Math.min(page, 20)) / 2];
}
