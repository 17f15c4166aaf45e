import type { Candidate, Format } from '../context';
import { COUNTER, groupMention, linesWithin } from '../group';

/** Numbered slideshow slides ("4 of 16"): each slide's lines read as one product. */
export const slideshow: Format = {
  id: 'slideshow',
  detect(ctx) {
    const out: Candidate[] = [];
    ctx.lines.forEach((l, k) => {
      if (!COUNTER.test(l.text.trim())) return;
      // The slide is the counter's nearest ancestor holding more than the counter.
      let box = l.el.parentElement;
      while (box && linesWithin(ctx, box, k).length < 2) box = box.parentElement;
      const ls = box ? linesWithin(ctx, box, k) : [];
      if (!box || ls.filter((x) => COUNTER.test(x.text.trim())).length > 1) return;
      const c = groupMention(ctx, ls, box, 'slideshow');
      if (c) out.push({ ...c, score: c.score + 1 });
    });
    return out;
  },
};
