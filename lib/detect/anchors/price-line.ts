import { findBrands } from '../../gazetteer';
import { asWritten, canonical } from '../brand';
import { toCandidate } from '../candidate';
import type { Candidate, Ctx, Format, Line } from '../context';
import { makerOnly } from '../brand';
import { linkIn } from '../href';
import { lexicon, nounHits } from '../lexicon';
import { retailerFromText, retailerFromUrl } from '../retailer';
import { lastSentence } from '../sentence';
import { segments } from '../price-segments';
import { parseAround } from '../segment';
import { ownMaker, withoutLead } from '../clause';
import { clean, nameOk, properName, words } from '../text';
import { shareCredits } from '../shared-credit';

const MAX_PRICES = 24;
/** Words that lead to a shop, not a product: "via Asos", "at Zara", "bei Otto". */
const SHOP_LEAD = /^(?:via|at|from|chez|bei|über|en|presso|bij|hos|från|fra)\s/i;

/** Where the price cluster before `c` in its line ends (0 for the first). */
const prevEnd = (line: Line, c: { s: number }) => (line.pc ?? []).filter((x) => x.e <= c.s).pop()?.e ?? 0;

/** The text of the last sentence of a head. */
const lastClause = (head: string) => head.slice(lastSentence(head));

/** A price anchor: "Name, $P at Shop" read loosely (as a caption would be), one per price cluster. */
export const priceLine: Format = {
  id: 'anchor-line',
  detect(ctx) {
    const out: Candidate[] = [];
    for (const line of ctx.lines) {
      // A line stuffed with prices is a table of numbers, not products: the format readers cover real tables.
      if (!line.pc?.length || line.pc.length > MAX_PRICES) continue;
      const reads = segments(ctx, line).map(([c, from, to]) => {
        const p = withoutLead(parseAround(line, c, from, to, true));
        return { c, from, to, p, cand: p?.name ? toCandidate(ctx, line, p, from, to, 'anchor-line') : null };
      });
      // Pieces of one sentence sharing a maker or a shop ("shirt, £59.50, and trousers, £84, johnlewis.com").
      shareCredits(line, reads);
      for (const { c, from, to, p, cand } of reads) {
        // A name that opens on its own capitalised maker after the sentence start carries none over.
        const own = !!p && ownMaker(p.name) && /\p{L}/u.test(lastClause(line.text.slice(0, p.nameStart)));
        if (cand && !cand.brand && !own) {
          // "BEC + BRIDGE top, $160, and pants, $250": a maker named earlier in the sentence carries over.
          const head = line.text.slice(0, from);
          // Not across a Japanese sentence end either: "国内ユニクロ事業は…。主力の「…」(5,990円)" names no maker.
          // Nor past a credit that ended at ";" or "|": "Jacket, £12, Primark; leggings, £10, ASOS" are two credits.
          const semi = Math.max(head.lastIndexOf(';'), head.lastIndexOf('|'));
          const cut = prevEnd(line, c) && semi >= prevEnd(line, c) ? semi + 1 : lastSentence(head);
          const sent = head.slice(Math.max(cut, lastSentence(head))).replace(/^[^]*[。！？]/u, '');
          const caps = [
            ...sent.matchAll(
              /(?:^|[\s,.;])((?:[\p{Lu}\d][\p{Lu}\d&'’.+-]*\s+){0,3}[\p{Lu}][\p{Lu}\d&'’.-]+)(?=\s+\p{Ll})/gu,
            ),
          ].pop();
          const known = findBrands(sent)
            .filter((b) => !b.ambiguous)
            .pop();
          const b = known?.name ?? caps?.[1];
          if (b)
            out.push({
              ...cand,
              brand: canonical(b.trim()),
              format: 'anchor-carry',
              claims: [{ i: line.i, s: from, e: to }],
            });
          // A card's maker heading right above its name-and-price line ("ELIXIR" over "「…」40g ¥6,820").
          const prev = ctx.lines[line.i - 1];
          if (!b && prev?.h && !prev.pc?.length && (makerOnly(clean(prev.text)) || properName(clean(prev.text), 3)))
            out.push({
              ...cand,
              brand: canonical(clean(prev.text)),
              format: 'anchor-carry',
              claims: [{ i: line.i, s: from, e: to }],
            });
        }
        if (cand) out.push(cand);
        else {
          const pr = proseAround(ctx, line, c.s, c.e, c.price, prevEnd(line, c));
          if (pr) out.push(pr);
        }
      }
    }
    return out;
  },
};

/** The words after a determiner at the end of a text: "…from Lands' End, a yellow cardigan". */
const AFTER_DETERMINER = new RegExp(
  String.raw`(?:^|\b(?:the|a|an|this|these|le|la|les|un|une|der|die|das|ein|eine|el|il|lo|het|de)\s+)` +
    String.raw`([^,.;]{2,60})$`,
  'iu',
);

/**
 * The clause around a price in prose: "First Aid Beauty's Ultra Repair Cream ($36)", "I picked up
 * the 3×1 selvedge jeans ($285)". The name runs from a known brand (or the clause start) to the price.
 */
function proseAround(
  ctx: Ctx,
  line: Line,
  s: number,
  e: number,
  price: Candidate['price'],
  from = 0,
): Candidate | null {
  const before = line.text.slice(0, s);
  // Money in a sentence of business news, an auction or a recipe is no offer: prose anchors skip it.
  const sentence = line.text.slice(lastSentence(before), e + 80);
  if (lexicon().negative.test(sentence)) return null;
  // Not before the previous price: the text up to it is that price's product ("top, $160, and pants").
  const start = Math.max(lastSentence(before), from);
  let clause = before.slice(start).replace(/[\s(,:–—-]+$/, '');
  const cut = Math.max(clause.lastIndexOf(';'), clause.lastIndexOf(' — '), clause.lastIndexOf(' – '));
  const at = start + (cut >= 0 ? cut + 1 : 0);
  clause = line.text.slice(at, at + clause.length - (cut >= 0 ? cut + 1 : 0));
  const hits = findBrands(clause).filter((b) => !b.ambiguous || /^\p{Lu}/u.test(clause.slice(b.start)));
  const b = hits[hits.length - 1];
  let brand: string | null = null;
  let name = '';
  if (b) {
    brand = asWritten(b.name, clause.slice(b.start, b.end));
    name = clause
      .slice(b.end)
      .replace(/^['’]s\b/, '')
      .replace(/^[\s,:–—-]+/, '');
    // "…from Lands' End, a yellow cardigan", "Denim jack, Wrangler via Asos": the name before the brand.
    if (!name || nounHits(name) === 0 || SHOP_LEAD.test(name)) {
      if (SHOP_LEAD.test(name)) name = '';
      const head = clause
        .slice(0, b.start)
        .replace(/[\s,:–—-]+$/, '')
        .replace(/\s+(?:by|from|at|via|de|von|di)\s*$/i, '');
      const m = AFTER_DETERMINER.exec(head);
      if (m && nounHits(m[1]!) > 0) name = m[1]!;
    }
  } else {
    // "the/a/this …", never "my …": the author's own things are not offers.
    const m = /\b(?:the|a|an|these|this|le|la|les|un|une|der|die|das|ein|eine|el|il|het)\s+([^,.;()]{2,60})$/iu.exec(
      clause,
    );
    if (m && nounHits(m[1]!) > 0) name = m[1]!;
  }
  name = clean(name).replace(/\s+(?:for|at|is|was|costs?|now|only|just|under|from|für|pour|por|per)$/i, '');
  if (!name || words(name).length > 10 || !nameOk(name)) return null;
  const after = line.text.slice(e, e + 60);
  const shop = /^\)?\s*(?:,|at|from|via|on)\s+([^,.;()]{2,40})/i.exec(after);
  const url = linkIn(ctx, line, at, e);
  const retailer = (shop && retailerFromText(shop[1]!.trim(), brand)) || retailerFromUrl(url, brand);
  return {
    brand,
    name,
    price,
    retailer,
    url,
    element: line.el,
    claims: [{ i: line.i, s: at, e }],
    score: 2 + (brand ? 1 : 0) + (url ? 1 : 0),
    format: 'anchor-prose',
  };
}
