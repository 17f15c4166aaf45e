import { lookupBrand, lookupRetailer } from '../gazetteer';
import type { Candidate, Ctx } from './context';
import { lexicon, nounHits } from './lexicon';
import type { PageStats } from './page-stats';
import { recordFeatures } from './record-features';
import { sameSiblings } from './siblings';
import { deepLink } from './retailer';
import { lowerAlnum, words } from './text';
import { cjkFeatures } from './cjk-features';
import { headlineFeatures } from './headline-features';
import { cardFeatures } from './card-features';
import { lateFeatures } from './late-features';

/**
 * The feature vector the trained scorer reads for each candidate. Every feature is a number in
 * about [0, 3]; names line up with the weights in ./generated/detect-model.ts, and a change here
 * means retraining (`npm run train:detect`).
 */
export const FORMAT_IDS = [
  'table',
  'card',
  'brand-then-line',
  'heading',
  'name-then-price',
  'caption',
  'linked-prose',
  'anchor-line',
  'anchor-list',
  'anchor-prose',
  'anchor-record',
  'anchor-carry',
  'anchor-link',
  'anchor-heading',
  'anchor-heading-prose',
] as const;
export const LANGS = ['en', 'de', 'fr', 'it', 'es', 'nl', 'pl', 'sv', 'ja'] as const;

const DOMAIN = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,}){1,2}$/i;

/**
 * "$100-$300", "from £20 to £90", "between €5 and €9": a price range, which names a brand's prices, not a product's.
 */
const RANGE = new RegExp(
  String.raw`\d\s*[-–—]\s*(?:[$£€¥]|[A-Z]{3}\s?)?\d|\b(?:from|between|zwischen|entre|` +
    String.raw`tra)\s+\S*\d[^.;]{0,12}\s(?:to|and|bis|und|et|à|y|e)\s+\S*\d`,
  'i',
);
const CHROME = new RegExp(
  String.raw`(?:^|[\s_-])(?:nav|menu|footer|header|sidebar|related|recirc|trending|popular|comment|promo|` +
    String.raw`newsletter|widget|rail|teaser|more)(?:$|[\s_-])`,
  'i',
);

/** How many siblings share the element's (or a near ancestor's) tag and class: list, grid and credit records. */
function repeated(el: Element): number {
  let best = 0;
  let e: Element | null = el;
  for (let up = 0; up < 3 && e?.parentElement; up++, e = e.parentElement) best = Math.max(best, sameSiblings(e) - 1);
  return best;
}

function context(el: Element): { chrome: boolean; article: boolean; depth: number; li: boolean; td: boolean } {
  let chrome = false;
  let article = false;
  let depth = 0;
  let li = false;
  let td = false;
  for (let e: Element | null = el; e && depth < 60; e = e.parentElement) {
    depth++;
    const tag = e.tagName.toUpperCase();
    if (tag === 'ARTICLE' || tag === 'MAIN') article = true;
    if (tag === 'NAV' || tag === 'ASIDE' || tag === 'FOOTER' || (tag === 'HEADER' && !article)) chrome = true;
    if (tag === 'LI') li = true;
    if (tag === 'TD' || tag === 'TH') td = true;
    const cls = `${e.getAttribute('class') ?? ''} ${e.id ?? ''}`;
    if (cls.length > 1 && CHROME.test(cls)) chrome = true;
  }
  return { chrome, article, depth, li, td };
}

const b = (x: boolean) => (x ? 1 : 0);
const clip = (x: number, hi: number) => Math.min(x, hi);

/** The feature vector of one candidate (names in ./feature-names). */
export function features(ctx: Ctx, c: Candidate, page: PageStats): number[] {
  const lex = lexicon();
  const line = c.claims.length ? ctx.lines[c.claims[0]!.i] : undefined;
  const text = line?.text ?? c.element.textContent ?? '';
  const cx = context(c.element);
  const brand = c.brand ? lookupBrand(c.brand) : null;
  const w = words(c.name);
  const before = line && c.claims[0]!.s > 0 ? line.text.slice(0, c.claims[0]!.s) : '';
  const amount = c.price?.amount ?? 0;
  const lang = page.lang;
  const n = lowerAlnum(c.name);
  const oneNoun = w.length === 1 && nounHits(c.name, lex) === 1;
  const reps = Math.log1p(repeated(c.element)) / 2;
  const noPrice = c.price ? 0 : 1;
  const sibs =
    Math.log1p(clip((c.element.parentElement ? (page.byParent.get(c.element.parentElement) ?? 1) : 1) - 1, 20)) / 2;
  const shops = Math.log1p(clip(page.shopLinks, 60)) / 3;
  return [
    1,
    ...FORMAT_IDS.map((f) => b(c.format === f)),
    clip(c.score, 10) / 5,
    b(c.score >= 4),
    b(!!c.price),
    b(!!c.retailer),
    b(!!c.url),
    b(!!c.url && deepLink(c.url)),
    b(!!c.brand),
    b(!!brand),
    b(!!brand?.ambiguous),
    b(!!c.brand && c.brand === c.brand.toUpperCase() && /\p{L}{2}/u.test(c.brand)),
    clip(w.length, 12) / 6,
    b(w.length > 8),
    clip(nounHits(c.name, lex), 2),
    b(c.name === c.name.toUpperCase() && /\p{L}{3}/u.test(c.name)),
    b(/^\p{Ll}/u.test(c.name)),
    b(/\d/.test(c.name)),
    b(/["“”«»]/.test(c.name)),
    b(cx.chrome),
    b(cx.article),
    b(!!line && line.h > 0),
    b(!!line?.cap),
    b(cx.li),
    b(cx.td),
    clip(cx.depth, 30) / 10,
    Math.log1p(repeated(c.element)) / 2,
    Math.log1p(text.length) / 5,
    b(lex.negative.test(text)),
    clip(page.negative, 6) / 3,
    Math.log1p(Math.min(page.candidates, 60)) / 3,
    clip((c.price ? (page.prices.get(`${c.price.amount}`) ?? 1) : 1) - 1, 4) / 2,
    b(amount >= 10_000),
    b(!!c.price && amount < 2),
    b(lex.label.test(before.trim()) || /:\s*$/.test(before)),
    b(!LANGS.includes(lang as (typeof LANGS)[number])),
    ...LANGS.map((l) => b(lang === l)),
    b(DOMAIN.test(c.name.trim()) || !!lookupRetailer(c.name)),
    b(n.length > 8 && !!page.title && (page.title.includes(n) || n.includes(page.title))),
    b(!!page.h1 && c.element.contains(page.h1)),
    Math.log1p(new Set(c.claims.map((x) => x.i)).size) / 2,
    b(oneNoun),
    b(/[.!?]$/.test(c.name.trim()) || /\b(?:is|are|was|were|ist|est|sind)\b/i.test(c.name)),
    noPrice * reps,
    noPrice * b(!!brand),
    noPrice * b(!!c.url),
    noPrice * b(oneNoun),
    // A range read from a price anchor left the candidate without a price (roles): still a range.
    b(RANGE.test(text) && (!!c.price || c.format === 'anchor-line')),
    sibs,
    // Shopping intent of the whole page, and what it says about records without a price.
    shops,
    noPrice * shops,
    noPrice * b(page.prices.size === 0),
    noPrice * sibs,
    // Credits read part by part from one line (./anchors/credit-parts): their own generator.
    b(c.format === 'anchor-credit'),
    // Prices named by the noun phrase and maker around them in European prose (./anchors/prose-maker).
    b(c.format === 'anchor-maker'),
    // Credits run together or joined loosely (./anchors/run-credits): their own generator.
    b(c.format === 'anchor-runon'),
    // A maker read another way when roles found none (./brand-variants), and whether the gazetteer knows it.
    b(c.alt === 'lead'),
    b(c.alt === 'tail'),
    b(c.alt === 'inside'),
    // A maker spelt by the host of the pick's link, named near it (./host-maker).
    b(c.alt === 'host'),
    b(!!c.alt && !!brand),
    // A run of headings at one level each naming a known maker ("Brand Model" sneaker and gadget previews):
    // a product list even without a price.
    line?.h && !c.price && !page.brandHeads.priced.has(line.i)
      ? Math.log1p(clip((page.brandHeads.runs.get(line.h) ?? 1) - 1, 10)) / 2
      : 0,
    // Unpriced picks after a determiner in a sentence (./anchors/prose-brand).
    b(c.format === 'anchor-prose-brand'),
    // Entries led by a "Maker Product." sentence (./anchors/lead-sentence).
    b(c.format === 'anchor-lead'),
    // Japanese, Chinese and Korean candidates: their generator, sentence-like names, quoted names.
    ...cjkFeatures(ctx, c),
    // The repeated record around the candidate and its group (./record-features).
    ...recordFeatures(ctx, c),
    // A maker or shop read from a neighbouring credit of the same sentence (./shared-credit).
    b(!!c.shared),
    // The page's headline names record prices, auctions or recalls (./headline-features).
    ...headlineFeatures(ctx),
    // Shop cards, buying guides and retailer journals (./card-features).
    ...cardFeatures(ctx, c),
    // Prose cues, classified-ad cues and titled product blocks (./late-features).
    ...lateFeatures(ctx, c),
  ];
}

/** Lower-case folded text of a candidate for quick comparisons. */
export const key = (c: Candidate): string => `${lowerAlnum(c.brand ?? '')}|${lowerAlnum(c.name)}`;
