import type { Candidate, Format, Line } from '../context';
import { toCandidate } from '../candidate';
import { linkIn } from '../href';
import { withoutLead } from '../clause';
import { parseAround } from '../segment';
import { segments } from '../price-segments';
import { retailerFromText, retailerFromUrl } from '../retailer';
import { canonical } from '../brand';
import { properName } from '../text';
import { shareCredits } from '../shared-credit';

const CREDIT = /^([\p{L}][\p{L}' -]{0,24}):\s*(.+?)(?:\s+(?:via|at|from|chez|bei|@)\s+(.+?))?\s*$/u;
const NOT_ITEM =
  /^(?:photo|photograph|photography|image|picture|credit|courtesy|source|styling|stylist|model|foto|bild)/i;
const NOT_BRAND = /getty|shutterstock|instagram|courtesy|launchmetrics|imaxtree|studio|photograph|image|©/i;

/** Splits a caption into its credits at ";" and sentence ends. */
function pieces(l: Line): [number, number][] {
  const out: [number, number][] = [];
  let s = 0;
  // "…, $175; available at Nordstrom" is one credit: the shop clause belongs to the price before it.
  const re =
    /;(?!\s*(?:available|sold|stocked|exclusively|only)\s+(?:at|from|on|in)\b)\s*|(?<![\p{Lu}.])\.\s+(?=[\p{Lu}&])/gu;
  for (const m of l.text.matchAll(re)) {
    out.push([s, m.index]);
    s = m.index + m[0].length;
  }
  out.push([s, l.text.length]);
  return out;
}

/**
 * Photo captions and credits: "Coat, £250, Whistles; boots, £95, Office", "Sac, 295 €, Sézane",
 * and price-less credits that link or name a shop: "Bag: Kate Spade via Nordstrom".
 */
export const caption: Format = {
  id: 'caption',
  detect(ctx) {
    const out: Candidate[] = [];
    for (const l of ctx.lines) {
      if (!l.cap) continue;
      for (const [s, e] of pieces(l)) {
        const segs = segments(ctx, l, s, e);
        const reads = segs.map(([c, from, to]) => {
          const p = withoutLead(parseAround(l, c, from, to, true));
          return { c, from, to, p, cand: p && toCandidate(ctx, l, p, from, to, 'caption') };
        });
        shareCredits(l, reads);
        for (const r of reads) if (r.cand) out.push(r.cand);
        if (segs.length) continue;
        const m = CREDIT.exec(l.text.slice(s, e).replace(/[.\s]+$/, ''));
        if (!m || NOT_ITEM.test(m[1]!) || NOT_BRAND.test(m[2]!) || !properName(m[2]!)) continue;
        const url = linkIn(ctx, l, s, e);
        const brand = canonical(m[2]!);
        const retailer = (m[3] && retailerFromText(m[3])) || retailerFromUrl(url, brand);
        if (!url && !(m[3] && retailer)) continue;
        const score = 1 + (url ? 2 : 0) + (retailer ? 1 : 0) + (m[3] && retailer ? 1 : 0);
        out.push({
          brand,
          name: m[1]!.trim(),
          price: null,
          retailer,
          url,
          element: l.el,
          claims: [{ i: l.i, s, e }],
          score,
          format: 'caption',
        });
      }
    }
    return out;
  },
};
