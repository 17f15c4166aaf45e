import { lookupBrand } from '../gazetteer';
import { pageCurrency } from './page-currency';
import type { Candidate, Ctx, Line } from './context';
import { ANCHORS } from './anchors';
import { uncoveredRecords } from './anchors/record-groups';
import { features } from './features';
import { withoutMakerLineTwins } from './maker-line-twins';
import { pageStats } from './page-stats';
import { FORMATS, PRODUCT_PAGE } from './formats';
import { DETECT_MODEL, type DetectModel } from './generated/detect-model';
import { scoreAll } from './model';
import { tidyRoles } from './roles';
import { markedOld } from './old-piece';
import { reviewTidy } from './review-tidy';
import { specPrice } from './spec-price';
import { namePrice } from './name-price';
import { resetSiblings } from './siblings';
import { isShopPage } from './formats/product-page';
import { collectLines } from './lines';
import { worthReading } from './precheck';
import { clusters } from './clusters';
import { lowerAlnum } from './text';
import { select } from './select';
import { outsideStory } from './story-box';
import { unreportable } from './report-checks';
import { buyLinkAfter } from './buy-line';
import { brandVariants } from './brand-variants';
import { hostMaker } from './host-maker';
import { priceShopMaker } from './price-shop-maker';
import { sectionMaker } from './section-maker';
import { nearMakerVariants } from './near-maker';
import { retailerFromText, retailerFromUrl } from './retailer';
import { setPageLanguage } from './lexicon';
import { readSafely } from './safe-read';
import { pieceList } from './piece-list';
import { priceSurvey } from './price-survey';
import { ownLabelMaker } from './own-label';
import { multiBrandShop } from './shop-tiles';
import { withUninflectedMaker } from './brand-inflection';

/** The page's declared language (`<html lang>`), '' when none. */
const pageLanguage = (root: Document | Element): string =>
  (root.nodeType === 9 ? (root as Document) : root.ownerDocument)?.documentElement?.getAttribute('lang') ?? '';

/**
 * Runs `g` with the noun lookups set to `lang` at every step: the background reads several tabs' pages in
 * slices that interleave, and the lexicon's page language is one module-wide setting.
 */
function* inLanguage<T>(lang: string, g: Generator<void, T>): Generator<void, T> {
  for (;;) {
    setPageLanguage(lang);
    const r = g.next();
    if (r.done) return r.value;
    yield;
  }
}

function makeCtx(root: Document | Element, pageUrl: string): Ctx {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  let host = '';
  try {
    host = new URL(pageUrl).hostname.toLowerCase();
  } catch {
    // An odd page URL only loses the host's currency hint.
  }
  const currency = pageCurrency(doc, pageUrl);
  // Nouns spelt like another language's function word (Polish "but") count only on pages in their language.
  setPageLanguage(pageLanguage(root));
  return { root, doc, pageUrl, host, currency, lines: [] };
}

export { select } from './select';

/** A page read into candidates with their feature vectors, before the scorer decides. */
export interface Gathered {
  ctx: Ctx;
  cands: Candidate[];
  X: number[][];
}

/**
 * Reads the page into lines and candidates (every format and anchor generator), with features. `precheck` false
 * skips the cheap pre-check, for a page that already passed it whole (a tab's snapshot: the pre-check's evidence,
 * such as the headings and the blog's own voice, need not survive the snapshot).
 */
export function* gather(
  root: Document | Element,
  pageUrl: string,
  precheck = true,
): Generator<void, Gathered | Candidate[]> {
  if (precheck && !worthReading(root)) return [];
  const ctx = makeCtx(root, pageUrl);
  resetSiblings();
  const page = PRODUCT_PAGE.detect(ctx);
  if (page.length) return page;
  if (isShopPage(ctx)) return [];
  const lines: Line[] = ctx.lines;
  yield* collectLines(root, lines);
  for (let k = 0; k < lines.length; k++) {
    clusters(ctx, lines[k]!);
    if (k % 300 === 299) yield;
  }
  const raw: Candidate[] = [];
  for (const f of [...FORMATS, ...ANCHORS]) {
    raw.push(...readSafely(f, ctx));
    yield;
  }
  // Round-up tails ("at Amazon Jump to Review") leave the name before the general tidying reads it.
  // A multi-brand shop's tiles that name no maker are not the shop's own label (./shop-tiles).
  const lang = pageLanguage(root);
  const cands = uncoveredRecords(multiBrandShop(withoutMakerLineTwins(raw)))
    .map((c) => reviewTidy(ctx, c))
    .map((c) => c && specPrice(ctx, namePrice(ctx, c)))
    .map((c) => c && tidyRoles(c))
    // A maker the page declined ("od Balenciagi", "Kiomin takki") is the label the gazetteer knows.
    .map((c) => c && withUninflectedMaker(c, lang))
    .map((c) => c && ownLabelMaker(c))
    .flatMap((c) => (c ? pieceList(ctx, c) : []))
    .filter((c) => !priceSurvey(ctx, c) && !markedOld(ctx, c));
  const stats = pageStats(ctx, cands);
  // Makers read another way compete with the brandless reading over the same text; page stats stay the originals'.
  const near = nearMakerVariants(ctx, cands);
  cands.push(
    ...cands.flatMap((c) => [
      ...brandVariants(c),
      ...hostMaker(ctx, c),
      ...sectionMaker(ctx, c),
      ...priceShopMaker(ctx, c),
    ]),
    ...near,
  );
  return { ctx, cands, X: cands.map((c) => features(ctx, c, stats)) };
}

/** The scorer's decision on gathered candidates, then the shop and link of each kept one. */
export function decide(g: Gathered, model: DetectModel = DETECT_MODEL): Candidate[] {
  return keep(g, scoreAll(model, g.cands, g.X), model.accept);
}

/** Keeps candidates by their probabilities (`scores`, one per candidate) and fills in shops and links. */
export function keep(g: Gathered, scores: readonly number[], accept: number): Candidate[] {
  const { ctx } = g;
  // Rails and teasers around the story's box recommend nothing the story does (./story-box); used goods and
  // label makers are no shop's products (./report-checks).
  const scored = g.cands
    .map((c, k) => ({ ...c, score: scores[k]! }))
    .filter((c) => !outsideStory(ctx, c.element) && !unreportable(ctx, c));
  const kept = select(scored, accept);
  const claimed = new Set(kept.flatMap((c) => c.claims.map((x) => x.i)));
  for (const c of kept) {
    const b = c.url || !c.claims.length ? null : buyLinkAfter(ctx, Math.max(...c.claims.map((x) => x.i)), claimed);
    if (b?.url) {
      c.url = b.url;
      c.retailer ??= (b.retailer && retailerFromText(b.retailer, c.brand)) ?? retailerFromUrl(b.url, c.brand);
    }
    // A shop that is its own brand ("Wool coat" linked to arket.com) made the piece.
    const own = !c.brand && c.retailer ? lookupBrand(c.retailer) : null;
    if (own && lowerAlnum(own.name) === lowerAlnum(c.retailer!)) c.brand = own.name;
    // A chain that sells only its own label made what it sells (./own-label).
    c.brand ??= ownLabelMaker(c).brand;
  }
  return kept;
}

/** The whole detection as small steps: the generator yields between them so a caller can pause. */
export function* run(
  root: Document | Element,
  pageUrl: string,
  model: DetectModel = DETECT_MODEL,
  precheck = true,
): Generator<void, Candidate[]> {
  const g = yield* inLanguage(pageLanguage(root), gather(root, pageUrl, precheck));
  return Array.isArray(g) ? g : decide(g, model);
}
