import type { Cluster, Ctx, Line } from './context';
import { clusters } from './clusters';
import { lastSentence } from './sentence';
import { nounHits } from './lexicon';
import { words } from './text';

/**
 * A conjunction opening the text after a price and its comma: "top, $160, and pants, $250" names a second piece,
 * so the first segment ends before it and the second starts after it.
 */
const CONJ = /^(?:and|or|plus|und|oder|sowie|et|ou|y|e|ed|o|och|eller|og|en|oraz|lub|ja|tai)\s+(?=\S)/u;
/** A counter after a dash in a run-on numbered list: "… 29 euros - 2 Robe …". */
const COUNTER = /\s[-–—]\s+\d{1,2}[.)]?\s+(?=\p{L})/u;

/**
 * The product segments of a line: one per price cluster, split at ";", "|", " / ", a numbered list's
 * "- 2", a sentence end or a conjunction between prices.
 */
export function segments(ctx: Ctx, line: Line, from = 0, to = line.text.length): [Cluster, number, number][] {
  const cs = clusters(ctx, line).filter((c) => c.s >= from && c.e <= to);
  const out: [Cluster, number, number][] = [];
  let start = from;
  cs.forEach((c, k) => {
    const next = cs[k + 1];
    let end = to;
    let after = end + 1;
    if (next) {
      const gap = line.text.slice(c.e, next.s);
      const sep = Math.max(gap.lastIndexOf(';'), gap.lastIndexOf('|'), gap.lastIndexOf(' / '), gap.lastIndexOf('•'));
      // A sentence may end right after the price ("… $250. LUV AJ earrings, $85"), with no word before its stop.
      const stop = /^\)?[.!?]\s+(?=[\p{Lu}&"“])/u.exec(gap);
      const sentence = lastSentence(gap) || (stop ? stop[0].length : 0);
      const lead = /^[\s,)]*/.exec(gap)?.[0].length ?? 0;
      const comma = gap.indexOf(',', lead + 1);
      const counter = COUNTER.exec(gap);
      const conj = lead && /,/.test(gap.slice(0, lead)) ? CONJ.exec(gap.slice(lead)) : null;
      // "bracelet, $149, bracelet, $129": a lower-case piece between two prices names the next credit, not a shop.
      const mid = comma > 0 ? gap.slice(lead, comma) : '';
      const piece =
        !conj && /,/.test(gap.slice(0, lead)) && /^\p{Ll}/u.test(mid) && words(mid).length <= 4 && nounHits(mid) > 0;
      end =
        c.e +
        (sep >= 0
          ? sep
          : sentence
            ? sentence - 1
            : counter
              ? counter.index
              : conj || piece
                ? lead
                : comma > 0
                  ? comma
                  : 0);
      after = counter && sep < 0 && !sentence ? c.e + counter.index + counter[0].length : end + 1;
      if (conj && sep < 0 && !sentence && !counter) after = c.e + lead + conj[0].length;
      if (piece && sep < 0 && !sentence && !counter) after = c.e + lead;
    }
    out.push([c, start, end]);
    start = after;
  });
  return out;
}
