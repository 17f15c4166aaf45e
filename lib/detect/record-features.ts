import type { Candidate, Ctx, Line } from './context';
import { lexicon } from './lexicon';
import { recordFacts } from './record-info';
import { properName } from './text';

/**
 * Names of the record features, in order (appended to ./feature-names): what the repeated record around
 * a candidate holds, what its group shares, and the listing words of classifieds and second-hand pages.
 */
export const RECORD_FEATURE_NAMES: readonly string[] = [
  'format:anchor-group',
  'in-record',
  'record-group-size',
  'record-group-priced',
  'record-group-linked',
  'record-seq',
  'record-price',
  'record-shop-link',
  'record-buy',
  'record-brand-first',
  'record-length',
  'record-used',
  'record-size-label',
  'record-group-used',
  'record-group-distinct',
  'page-used',
  'anchor-group*page-used',
  'anchor-group*no-shop-link',
  'anchor-group*name-proper',
  'name-used',
];

// Lines of a page with listing words or a size label, counted once per page (its lines array).
const USED = new WeakMap<Line[], number>();

function pageUsed(ctx: Ctx): number {
  let n = USED.get(ctx.lines);
  if (n === undefined) {
    const lex = lexicon();
    n = ctx.lines.filter((l) => lex.used.test(l.text) || lex.size.test(l.text)).length;
    USED.set(ctx.lines, n);
  }
  return n;
}

const b = (x: boolean) => (x ? 1 : 0);

/**
 * The record features of one candidate: shop cards, gift-guide grids and classifieds grids share one
 * structure, and what tells them apart (a shop link, a maker's line, "like new", "VB") is left to the model.
 */
export function recordFeatures(ctx: Ctx, c: Candidate): number[] {
  const lex = lexicon();
  const group = b(c.format === 'anchor-group');
  // Only the record generator's own candidates read their record: the other generators' scores stay as trained.
  const r = group ? recordFacts(c.element) : null;
  const used = group * (Math.min(pageUsed(ctx), 6) / 3);
  return [
    group,
    b(!!r),
    r ? Math.log1p(Math.min(r.size, 40)) / 2 : 0,
    r?.priced ?? 0,
    r?.linked ?? 0,
    b(!!r?.seq),
    b(!!r?.price),
    b(!!r?.shop),
    b(!!r?.buy),
    b(!!r?.brandFirst),
    r ? Math.log1p(r.chars) / 5 : 0,
    b(!!r?.used),
    b(!!r?.size1),
    r?.groupUsed ?? 0,
    r?.distinct ?? 0,
    used,
    group * used,
    group * b(!r?.shop),
    group * b(properName(c.name, 6)),
    // A listing's title carries its condition and size ("Jacket, size M, worn one season"); a product's name does not.
    b(lex.used.test(c.name) || lex.size.test(c.name)),
  ];
}
