// Full stops between outfit credits written as short sentences: "Blouse, NW3. Shoes, Zara. Ring, vintage.",
// "Merino Tee – Filippa K. Watch – Larsson & Jennings". A stop before a capital ends one credit; a stop after a
// lone initial ("J. Crew") or a title ("Mr. Porter") does not, unless a labelled credit ("Bag – Maker",
// "Bag: Maker") starts right after it ("Filippa K. Bag – Mansur Gavriel").

/** Titles and abbreviations that end in a stop inside a name. */
const TITLE = String.raw`(?:Mr|Mrs|Ms|Mme|Dr|St|Mt|Co|Inc|Ltd|No|Nr|vs|Jr|Sr)`;
/** The start of a labelled credit: a few words, then ":" or a spaced dash. */
const LABEL_AHEAD = String.raw`(?=\p{Lu}[^.:;|–—]{0,30}?(?:\s[–—-]|:)\s)`;

/**
 * A credit-ending stop: after a word of two letters or more, a digit or a bracket (not a title) before a capital;
 * after a lone capital initial only when a labelled credit follows.
 */
export const CREDIT_STOP = new RegExp(
  String.raw`(?<![\s.]${TITLE})(?<=[\p{L}\p{N}]{2}|\))\.\s+(?=\p{Lu})|(?<=(?:^|[\s.])\p{Lu})\.\s+${LABEL_AHEAD}`,
  'u',
);

/**
 * A news photo's caption credits its picture ("… Shoes: Christian Louboutin. Photo: Getty Images", "Look 12: …
 * Photo: Launchmetrics"): its sentences describe what someone wore on a red carpet or a runway, not a writer's
 * own credits, so its stops do not cut it into credits.
 */
export const PRESS_CAPTION =
  /(?:^|[.;]\s+)(?:photos?|photograph(?:y|ed)?|images?|pictures?|credits?|fotos?)(?:\s+by)?\s*:/iu;

/** Splits a text at a separator, keeping each part's offset. */
export function splitAt(text: string, at: RegExp, base = 0): [string, number][] {
  const out: [string, number][] = [];
  const re = new RegExp(at.source, 'gu');
  let from = 0;
  for (const m of text.matchAll(re)) {
    out.push([text.slice(from, m.index), base + from]);
    from = m.index + m[0].length;
  }
  out.push([text.slice(from), base + from]);
  return out;
}

/** A credit read from a span of a line: its maker, its piece, and where it sits. */
export interface SpanCredit {
  brand: string;
  name: string;
  s: number;
  e: number;
}

/**
 * "Ribbed knit tee, Carmen Slacks – Filippa K": bare pieces listed before a labelled credit share its maker (a
 * caption's way of crediting several pieces to one label). `read` must accept only the labelled form: in prose
 * ("a white tee, pants from Uniqlo") a bare piece is often unbranded. `bare` reads a piece with no maker.
 */
export function shareMaker(
  bits: readonly [string, number][],
  read: (text: string, s: number) => SpanCredit | null,
  bare: (text: string) => string | null,
): SpanCredit[] {
  const out: SpanCredit[] = [];
  let open: SpanCredit[] = [];
  for (const [b, j] of bits) {
    const u = b.trim().replace(/\.$/, '');
    const s = j + b.indexOf(u);
    // A bit holding a stop runs over two sentences ("slingbacks. Photo: Launchmetrics"): no credit of its own.
    const q = u && !CREDIT_STOP.test(u) ? read(u, s) : null;
    if (q) {
      out.push(q, ...open.map((x) => ({ ...x, brand: q.brand })));
      open = [];
      continue;
    }
    const p = u ? bare(u) : null;
    if (!p) open = [];
    else open.push({ brand: '', name: p, s, e: s + u.length });
  }
  return out;
}
