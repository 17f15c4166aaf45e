import type { Candidate, Ctx } from './context';
import { LIST_MARK, segments } from './anchors/line-spans';
import { nounHits } from './lexicon';

/**
 * Names of the features of a pick read maker first at the head of a line or list segment (./anchors/maker-line), in
 * order (appended to ./feature-names through ./late-features): whether the name closes its segment (a title or a
 * credit) or a comment follows, whether a list mark opens the line, whether the line is a one-line list, whether the
 * name is a model's title rather than a noun phrase, and whether the line runs long (a numbered pick's comment).
 */
export const MAKER_LINE_FEATURE_NAMES: readonly string[] = [
  'format:anchor-maker-line',
  'maker-line:whole',
  'maker-line:numbered',
  'maker-line:in-list',
  'maker-line:model',
  'maker-line:long-line',
];

/** What may follow a name that closes its segment: nothing, closing marks, or the next segment's separator. */
const CLOSES = /^[\s.!?)\]]*(?:$|(?:\/\/?|\||·|•|,|;)\s)/u;

/** The maker-line features of one candidate (zeros for other formats), in the order of the names. */
export function makerLineFeatures(ctx: Ctx, c: Candidate): number[] {
  const claim = c.claims[0];
  const line = claim ? ctx.lines[claim.i] : undefined;
  if (c.format !== 'anchor-maker-line' || !claim || !line) return [0, 0, 0, 0, 0, 0];
  return [
    1,
    CLOSES.test(line.text.slice(claim.e)) ? 1 : 0,
    LIST_MARK.test(line.text) ? 1 : 0,
    segments(line.text) ? 1 : 0,
    nounHits(c.name) ? 0 : 1,
    line.text.length > 90 ? 1 : 0,
  ];
}
