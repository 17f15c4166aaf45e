import type { Candidate, Format } from '../context';
import { toCandidate } from '../candidate';
import { parseAround, segments } from '../segment';

/**
 * Products written on one line: "Brand Name, $P at Retailer", "Name by Brand (£P)",
 * "Brand Name ($P, retailer.com)" in prose, and several per line split by ";" or "/".
 */
export const inline: Format = {
  id: 'inline',
  detect(ctx) {
    const out: Candidate[] = [];
    for (const line of ctx.lines) {
      if (line.cap) continue;
      for (const [c, s, e] of segments(ctx, line)) {
        const p = parseAround(line, c, s, e);
        const cand = p && toCandidate(ctx, line, p, s, e, 'inline');
        if (cand) out.push(cand);
      }
    }
    return out;
  },
};
