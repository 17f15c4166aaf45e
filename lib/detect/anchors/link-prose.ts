import { findBrands, lookupBrand } from '../../gazetteer';
import { canonical } from '../brand';
import type { Candidate, Format } from '../context';
import { linkIn } from '../href';
import { lexicon, nounHits } from '../lexicon';
import { deepLink, retailerFromUrl } from '../retailer';
import { nameOk, properName, words } from '../text';

const DET = new RegExp(
  String.raw`^(?:this|these|that|the|a|an|my|our|his|her|their|ce|cette|ces|le|la|les|un|une|der|die|das|den|` +
    String.raw`dem|ein|eine|einen|el|la|los|las|il|lo|gli|het|een|ten)\s+`,
  'i',
);

/** Splits a linked product phrase: "Chester Barrie jacket", "neoprene tote from DECJUBA", "Dunk Low by Nike". */
function phrase(text: string): { brand: string; name: string } | null {
  const t = text
    .replace(DET, '')
    .replace(/^(?:lovely|new|gorgeous|perfect|great|little|cute|classic)\s+(?=\p{Ll})/iu, '')
    .trim();
  const from = /^(.+?)\s+(?:from|by|von|de|di|van|från|fra|od)\s+(\p{Lu}[^,.;]{0,40})$/u.exec(t);
  // "coat from Phase 8 at John Lewis": the shop after the maker is no part of its name.
  const maker = from?.[2]!.replace(/\s+(?:at|via|bei|chez|hos)\s+\p{Lu}.*$/u, '').trim();
  if (from && nounHits(from[1]!)) return { brand: canonical(maker!), name: from[1]! };
  // A maker spelt like a word ("Away", "Parachute") counts in capitals before a product noun.
  const known = findBrands(t).find(
    (b) => b.start === 0 && (!b.ambiguous || (/^\p{Lu}/u.test(t) && nounHits(t.slice(b.end)) > 0)),
  );
  if (known && t.slice(known.end).trim())
    return {
      brand: known.name,
      name: t
        .slice(known.end)
        .replace(/^['’]s\b/, '')
        .trim(),
    };
  const caps = /^((?:\p{Lu}[\p{L}'’.-]*\s+(?:&\s+)?){1,3})(\p{Ll}.*)$/u.exec(t);
  if (caps && nounHits(caps[2]!)) return { brand: canonical(caps[1]!.trim()), name: caps[2]!.trim() };
  return null;
}

/** Linked products in prose: a link whose text (with the noun right after it) names a maker and a product. */
export const linkProse: Format = {
  id: 'anchor-link',
  detect(ctx) {
    const out: Candidate[] = [];
    for (const line of ctx.lines) {
      if (line.h || words(line.text).length < 6) continue;
      for (const l of line.links) {
        let text = line.text.slice(l.s, l.e);
        if (words(text).length > 10) continue;
        // "<a>Monki</a> Sandalen": a brand-only link followed by its noun.
        const next = /^\s+([\p{L}-]+)/u.exec(line.text.slice(l.e))?.[1];
        if (next && nounHits(next) && !nounHits(text)) text = `${text} ${next}`;
        const p = phrase(text);
        const url = linkIn(ctx, line, l.s, l.e);
        if (!p || !p.name || !nameOk(p.name)) continue;
        // A known maker and a model name without a noun ("J.Crew's Ludlow", "Allen Edmonds Park Avenue") is a
        // product when the link goes to a product page.
        const model = !!url && deepLink(url) && !!lookupBrand(p.brand) && properName(p.name, 3);
        if (!nounHits(p.name) && !model) continue;
        // Negative cues count in the link's own sentence: "a dark suit is fine." before it is not a fine.
        const sentStart = Math.max(0, ...[...line.text.slice(0, l.s).matchAll(/[.!?]\s/g)].map((m) => m.index + 2));
        const sentEnd = line.text.slice(l.e).search(/[.!?](?:\s|$)/);
        if (lexicon().negative.test(line.text.slice(sentStart, sentEnd >= 0 ? l.e + sentEnd + 1 : undefined))) continue;
        const rest = line.text.slice(l.e, sentEnd >= 0 ? l.e + sentEnd : undefined);
        const pc = line.pc?.find((c) => c.s >= l.e && c.s <= l.e + rest.length);
        out.push({
          brand: p.brand,
          name: p.name,
          price: pc?.price ?? null,
          retailer: retailerFromUrl(url, p.brand),
          url,
          element: line.el,
          claims: [{ i: line.i, s: l.s, e: l.e }],
          score: 2,
          format: 'anchor-link',
        });
      }
    }
    return out;
  },
};
