import type { Candidate, Format } from '../context';
import { sectionMention } from '../section';

/**
 * A heading per product ("3. Brand Name"), prose, then a buy line or button: "Buy now",
 * "$P at Retailer", "Je craque", "Hier kaufen", "Zum Shop".
 */
export const heading: Format = {
  id: 'heading',
  detect(ctx) {
    const out: Candidate[] = [];
    const L = ctx.lines;
    for (let k = 0; k < L.length; k++) {
      const t = L[k]!;
      if (t.h < 2) continue;
      let end = k + 1;
      while (end < L.length && end - k <= 10 && !L[end]!.h) end++;
      const c = sectionMention(ctx, t, L.slice(k + 1, end), 'heading', false);
      if (c) out.push(c);
    }
    return out;
  },
};
