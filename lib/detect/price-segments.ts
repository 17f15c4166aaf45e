import type { Cluster, Ctx, Line } from './context';
import { clusters } from './clusters';
import { lastSentence } from './sentence';

/**
 * The product segments of a line: one per price cluster, split at ";", "|", " / " or a sentence
 * end between prices.
 */
export function segments(ctx: Ctx, line: Line, from = 0, to = line.text.length): [Cluster, number, number][] {
  const cs = clusters(ctx, line).filter((c) => c.s >= from && c.e <= to);
  const out: [Cluster, number, number][] = [];
  let start = from;
  cs.forEach((c, k) => {
    const next = cs[k + 1];
    let end = to;
    if (next) {
      const gap = line.text.slice(c.e, next.s);
      const sep = Math.max(gap.lastIndexOf(';'), gap.lastIndexOf('|'), gap.lastIndexOf(' / '), gap.lastIndexOf('•'));
      const sentence = lastSentence(gap);
      const comma = gap.indexOf(',', (/^[\s,)]*/.exec(gap)?.[0].length ?? 0) + 1);
      end = c.e + (sep >= 0 ? sep : sentence ? sentence - 1 : comma > 0 ? comma : 0);
    }
    out.push([c, start, end]);
    start = end + 1;
  });
  return out;
}
