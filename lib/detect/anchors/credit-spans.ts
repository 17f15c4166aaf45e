import { nounHits } from '../lexicon';

// How a line of outfit credits divides into one span per credit (./run-credits).

/**
 * Where one credit ends in a line the other credit readers do not split: "//" with or without spaces, " | ", ";",
 * and a dash before the next label ("Shirt: Maker - Shoes & Bag: Maker"), where a dash cannot join piece and maker.
 */
export const SEP = /\s*;\s*|(?<!:)\/\/\s*|\s+[|•·/]\s+|\s+[–—-]\s+(?=[\p{L}][^:;,–—-]{0,40}?:\s)/gu;
/** A sentence end after a word, not after a title ("Coat: Mrs. Bright"). */
export const SENTENCE_END =
  String.raw`(?<=(?:\p{L}{2}|&\p{L})[.!])` + String.raw`(?<!(?:^|[\s&])(?:Mr|Mrs|Ms|Dr|St)\.)\s+(?=\p{Lu})`;
/**
 * A sentence end after a word ("t-shirt: Lindex. Shorts: H&M."): a blogger's own paragraph of credits. Not in
 * photo captions, where "Dress: Maker. Shoes: Maker. Photo: Agency" is a red-carpet report, not a pick.
 */
export const SENTENCE = new RegExp(`${SEP.source}|${SENTENCE_END}`, 'gu');
/** A run-on credit label inside a span: a word and a colon ("… MinkPink Skirt: Asos"). */
const RUN_ON = /(?<=\S\s+)([\p{L}][\p{L}'’-]*)\s?:\s/gu;
/** Pieces joined before a label's last word ("Shoes & Bag:", "Sweater, T-shirt & Skirt:"): one label, not two. */
const JOINED_PIECES = /(?:[\p{L}][\p{L}'’-]*\s*(?:&|\+|\band)\s+)+$/u;
const ONLY_PIECES = /^\s*(?:[\p{L}][\p{L}'’-]*\s*(?:,|&|\+|\band)\s+)+$/u;

/** Splits a line at the credit separators, then a span holding two or more "Noun:" labels at each label. */
export function spans(text: string, sep: RegExp): [string, number][] {
  const out: [string, number][] = [];
  let from = 0;
  const cut = (e: number) => {
    const chunk = text.slice(from, e);
    // "Shoes & Bag: Maker" cuts before "Shoes"; pieces alone before the first label ("Sweater, T-shirt & Skirt:")
    // open the chunk and cut nothing.
    const labels = [...chunk.matchAll(RUN_ON)]
      .filter((m) => nounHits(m[1]!) > 0 && !ONLY_PIECES.test(chunk.slice(0, m.index)))
      .map((m) => m.index - (JOINED_PIECES.exec(chunk.slice(0, m.index))?.[0].length ?? 0));
    let k = 0;
    // "Sweater: MinkPink Skirt: Asos": a second label after a first one; "Skirt and Chain:" is one label.
    if (labels.length >= 2 || (labels.length === 1 && chunk.indexOf(':') < labels[0]!))
      for (const m of labels) {
        out.push([chunk.slice(k, m), from + k]);
        k = m;
      }
    out.push([chunk.slice(k), from + k]);
  };
  for (const m of text.matchAll(sep)) {
    cut(m.index);
    from = m.index + m[0].length;
  }
  cut(text.length);
  return out.filter(([t]) => t.trim());
}
