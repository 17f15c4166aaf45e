import { findBrands } from '../gazetteer';
import type { Candidate, Ctx } from './context';
import { escapeRegExp } from './escape-reg-exp';

/**
 * Names of the features of a maker the gazetteer lacks, read from a run of capitals before a product noun
 * (./anchors/capital-maker), in order (appended to ./feature-names through ./late-features). Each split of the run is
 * a candidate; a maker the page names again is more likely a label than a person or a place, and capitals followed by
 * "from Maker" or beside a known maker are more likely that maker's model ("the Charlton trench coat from Penny Sage").
 */
export const CAPITAL_MAKER_FEATURE_NAMES: readonly string[] = [
  'format:anchor-capital-maker',
  'capital-maker:one-word',
  'capital-maker:whole-run',
  'capital-maker:repeated',
  'capital-maker:maker-after',
  'capital-maker:known-in-line',
];

/** "… from Penny Sage", "… by Vera Bradley": another maker named right after the piece. */
const MAKER_AFTER = /^\s*(?:,\s*)?(?:\p{Ll}+\s+){0,2}(?:from|by|at)\s+\p{Lu}/u;

/** The capital-maker features of one candidate (zeros for other formats), in the order of the names. */
export function capitalMakerFeatures(ctx: Ctx, c: Candidate): number[] {
  const claim = c.claims[0];
  const line = claim ? ctx.lines[claim.i] : undefined;
  if (c.format !== 'anchor-capital-maker' || !c.brand || !claim || !line) return [0, 0, 0, 0, 0, 0];
  const maker = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(c.brand)}(?![\p{L}\p{N}])`, 'u');
  const again = ctx.lines.some((l) => l !== line && maker.test(l.text));
  const known = findBrands(line.text).some((b) => !b.ambiguous && (b.end <= claim.s || b.start >= claim.e));
  return [
    1,
    /\s/.test(c.brand) ? 0 : 1,
    /^\p{Lu}/u.test(c.name) ? 0 : 1,
    again ? 1 : 0,
    MAKER_AFTER.test(line.text.slice(claim.e)) ? 1 : 0,
    known ? 1 : 0,
  ];
}
