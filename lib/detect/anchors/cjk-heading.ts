import { lookupBrand } from '../../gazetteer';
import type { Candidate, Ctx, Format } from '../context';
import { lexicon } from '../lexicon';

/** "MAKER「MODEL」…": a maker, then the model in Japanese quotes, maybe a clause after ("…を履いてみた"). */
const QUOTED =
  /^\s*([^「『【】。、\s][^「『【】。、]{0,29}?)\s*[「『]([^「」『』。]{1,40})[」』]\s*(?:[をがはでも][^「『]*)?$/u;
/** "MAKERのMODEL", maybe "とMODEL" and a clause after it: "NORDLICHTのトートバッグを使ってみた". */
const OWNED =
  /^\s*([^の「『【】。、\s][^の「『【】。、]{0,29}?)\s*の\s*([^の「『。、\s]{1,30}?)(?:と([^の「『。、\s]{1,30}?))?(?:[をがはでも][^「『]*)?$/u;
/** A model code in Latin letters and digits: "2002R", "BB550", "XT-6". */
const CODE = /^[A-Z]{0,4}-?\d{2,5}[A-Z]{0,3}$/u;
/** Capitals, digits and the marks of Latin labels: "MAISON KITSUNE", "A.P.C.". */
const LATIN_LABEL = /^[\p{Lu}\d][\p{Lu}\d&'’.+/ -]*$/u;
/** Ranking and editorial words: a heading's label ("売れ筋No.1", "おすすめ"), never a model. */
const RANK = /売れ筋|ランキング|No\.\s?\d|\d+位|おすすめ|人気|新作|特集|まとめ/u;

/** The maker as the heading writes it: known to the gazetteer (unambiguous) or a Latin label in capitals. */
function maker(text: string): string | null {
  const t = text.trim();
  const known = lookupBrand(t);
  if (known && !known.ambiguous) return t;
  return LATIN_LABEL.test(t) && /\p{Lu}{2}/u.test(t) && t.length >= 3 ? t : null;
}

/** A model after の: a product noun of the lexicon ("トートバッグ") or a model code ("2002R"). */
const model = (s: string | undefined): s is string =>
  !!s && !RANK.test(s) && (CODE.test(s) || lexicon().nounsJa.some((n) => s.endsWith(n)));

/**
 * Japanese headings that name a maker's model with no price near (reviews, sneaker picks): "MAKER「MODEL」",
 * "MAKERのMODEL" (and "とMODEL"), maybe followed by a clause ("…を買い物に使ってみた"). The scorer weighs them
 * as unpriced records.
 */
export const cjkHeading: Format = {
  id: 'anchor-cjk',
  detect(ctx: Ctx): Candidate[] {
    const out: Candidate[] = [];
    for (const line of ctx.lines) {
      if (!line.h || line.h > 4 || line.pc?.length || line.text.length > 60) continue;
      const q = QUOTED.exec(line.text);
      const o = q ? null : OWNED.exec(line.text);
      const brand = maker((q ?? o)?.[1] ?? '');
      if (!brand) continue;
      const names = q ? [q[2]!.trim()] : [o?.[2], o?.[3]].filter(model);
      for (const name of names) {
        out.push({
          ...{ brand, name, price: null, retailer: null, url: null, element: line.el },
          ...{ claims: [{ i: line.i, s: line.text.indexOf(name), e: line.text.indexOf(name) + name.length }] },
          ...{ score: 2, format: 'anchor-cjk' },
        });
      }
    }
    return out;
  },
};
