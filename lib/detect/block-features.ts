import type { Candidate, Ctx } from './context';
import { pageBlocks } from './blocks';
import { clusters } from './clusters';

/** Names of the product-block features, in order (appended to ./feature-names after the card features). */
export const BLOCK_FEATURE_NAMES: readonly string[] = ['block-run', 'block-short-offer', 'format:anchor-block'];

const b = (x: boolean) => (x ? 1 : 0);

/**
 * Whether a candidate reads a titled product block (./blocks) whose offer line carries its price, and how many
 * blocks of the same title shape on the page have a short offer line: a guide's products, not a story's subheads.
 */
export function blockFeatures(ctx: Ctx, c: Candidate): number[] {
  const own = b(c.format === 'anchor-block');
  if (!c.price) return [0, 0, own];
  const pb = pageBlocks(ctx);
  const blk = c.claims.map((x) => pb.byTitle.get(x.i)).find((k) => k && k.offer >= 0);
  const offer = blk ? ctx.lines[blk.offer]! : null;
  const same = !!offer && clusters(ctx, offer).some((k) => k.price.amount === c.price!.amount);
  if (!blk || !same || !blk.short) return [0, 0, own];
  const run = pb.runs.get(blk.key) ?? 1;
  // The block generator's own candidates (./anchors/title-block) are a reading of their own.
  return [Math.log1p(Math.min(run - 1, 10)) / 2, b(blk.short), own];
}
