import { lookupBrand, lookupRetailer } from '../../gazetteer';
import type { Candidate, Ctx, Format, Line, Link } from '../context';
import { hrefOf, internal } from '../href';
import { lexicon, nounHits } from '../lexicon';
import { deepLink, retailerFromUrl } from '../retailer';
import { clean, lowerAlnum, nameOk, words } from '../text';

/** What may sit between shop links: commas, "and", "or", "&", slashes. */
const BETWEEN = /^[\s,/|&+]*(?:(?:and|or|und|oder|et|ou|e|o|y|en|of|och|eller|og|i|lub)\s*)?[\s,/|&+]*$/iu;
/** The words before a list of shops: "Here from", "Get it at", "Available from", "Shop it:". */
const LEAD =
  /^[\s\p{P}]*(?:(?:\p{L}+\s+){0,3}(?:from|at|via|bei|von|chez|från|fra|hos|presso|da|bij|w)|\p{L}+\s*:)?\s*$/iu;
/** Articles before a piece's noun phrase, not part of its name. */
const ARTICLE = /^(?:a|an|the|one|ein|eine|einen|un|une|uno|una|een|ett|en)\s+/iu;
const MAX_PIECE_WORDS = 6;
const MIN_SHOPS = 2;

/** The shop a link names with its own text: the text is the shop or brand the link leads to. */
function shopOf(ctx: Ctx, line: Line, l: Link): { shop: string; url: string } | null {
  const url = hrefOf(ctx, l.a);
  if (!url || internal(ctx, url) || !deepLink(url)) return null;
  const text = clean(line.text.slice(l.s, l.e));
  const known = lookupRetailer(text)?.name ?? lookupBrand(text)?.name;
  const at = retailerFromUrl(url, known ?? text);
  if (!known || !at || lowerAlnum(at) !== lowerAlnum(known)) return null;
  return { shop: known, url };
}

/** The piece a shop list offers: a short noun phrase, in bold or up to a bracket, a colon or a sentence end. */
function pieceIn(line: Line, end: number): { name: string; s: number; e: number } | null {
  const bold = line.bold.find(([s, e]) => s < end && e <= end && line.text.slice(0, s).trim() === '');
  const [s, e] = bold ?? [0, Math.min(end, line.text.search(/[(:.!?]|$/u))];
  const raw = clean(line.text.slice(s, e)).replace(ARTICLE, '');
  if (!raw || words(raw).length > MAX_PIECE_WORDS || !nounHits(raw) || !nameOk(raw) || lookupBrand(raw)) return null;
  return { name: raw, s, e };
}

/**
 * One piece offered at several shops, each linked by its name: "<b>A roll neck</b> (…)<br>Here from <a>ASOS</a>,
 * <a>All Saints</a> and <a>Zara</a>", "Trench coat: <a>Mango</a>, <a>Uniqlo</a>". Each linked shop is a mention of
 * its own (the shop's own version of the piece). Each is a linked piece to the scorer (format anchor-link), whose
 * features (a deep link to the maker's own shop, no price) it shares.
 */
export const shopLinks: Format = {
  id: 'anchor-shop-links',
  detect(ctx: Ctx) {
    const out: Candidate[] = [];
    const lex = lexicon();
    for (const line of ctx.lines) {
      if (line.h || line.pc?.length || line.links.length < MIN_SHOPS || lex.negative.test(line.text)) continue;
      const shops = line.links.map((l) => ({ l, at: shopOf(ctx, line, l) }));
      // Every link of the list names its shop, with nothing but separators between them.
      if (shops.some((x) => !x.at)) continue;
      const first = shops[0]!.l;
      const lastEnd = shops[shops.length - 1]!.l.e;
      if (!shops.slice(1).every((x, k) => BETWEEN.test(line.text.slice(shops[k]!.l.e, x.l.s)))) continue;
      if (!/^[\s.!)]*$/u.test(line.text.slice(lastEnd))) continue;
      // The piece: before the list in the same line ("Trenchcoat: …"), or the line above it in the same block when
      // only a few words lead the list ("Here from …").
      const lead = line.text.slice(0, first.s);
      const above = ctx.lines[line.i - 1];
      const own = pieceIn(line, first.s);
      const piece =
        own ??
        (LEAD.test(lead) && above?.el === line.el && !above.pc?.length ? pieceIn(above, above.text.length) : null);
      if (!piece) continue;
      const distinct = new Set(shops.map((x) => lowerAlnum(x.at!.shop)));
      if (distinct.size < MIN_SHOPS) continue;
      for (const { l, at } of shops) {
        out.push({
          brand: at!.shop,
          name: piece.name,
          price: null,
          retailer: at!.shop,
          url: at!.url,
          element: line.el,
          claims: [{ i: line.i, s: l.s, e: l.e }],
          score: 3,
          format: 'anchor-link',
        });
      }
    }
    return out;
  },
};
