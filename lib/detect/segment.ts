import { matchBrandPrefix } from '../gazetteer';
import type { Cluster, Line } from './context';
import { lastSentence } from './sentence';
import { retailerFromText } from './retailer';
import { creditTail, makerAlone } from './credit-tail';
import { clean, CTA, LABEL, nameOk, properName, words } from './text';
import { PRICE_WORDS_END } from './cjk-credit';
import { APPROX_END } from './approx-words';
import { isPriceLabel } from './lexicon';
import { BRAND_FIELD, BY_MAKER_END, CTA_AT, PREP, PRE_LABEL, SEP_END } from './segment-words';

export interface Parsed {
  /** Name text before the price, possibly still holding the brand; '' when the price stands alone. */
  name: string;
  nameStart: number;
  price: Cluster['price'];
  retailer: string | null;
  rSpan: [number, number] | null;
  /** A brand written after the price, before its shop: "£75, Adidas at Schuh". */
  brandAfter?: string | null;
  /** The shop or maker after the price says "all"/"both": it stands for the pieces before too. */
  shared?: boolean;
}

/**
 * Reads "Name, $P at Retailer" (and its variants) around one price cluster of a line, within
 * [from, to). Null when the price sits in prose: no separator before it, or words after it
 * that are not a shop. `credit`: the text is a photo caption, where a short label may run straight into the price.
 */
export function parseAround(line: Line, c: Cluster, from: number, to: number, credit = false): Parsed | null {
  const text = line.text;
  let pre = text.slice(from, c.s);
  pre = pre.replace(APPROX_END, '').replace(PRE_LABEL, '').replace(PRICE_WORDS_END, '');
  const inParen = /\(\s*$/.test(pre);
  // No separator is needed where a link or bold run ends at the price, or holds name and price ("<a>Name $P</a>").
  const spans = [...line.bold.map(([s, e]) => ({ s, e })), ...line.links];
  const boldOrLinkEnd = spans.some(
    (l) =>
      (l.s >= from && l.e >= from + pre.trimEnd().length - 1 && l.e <= c.s) ||
      (l.s <= from + pre.search(/\S/) && l.e >= c.e),
  );
  // Without either, only a shop after the price makes it a product line ("Name $P at Shop").
  // A photo credit needs none either: its label is a word or two ("Sweater $590, Loro Piana").
  // A caption of one short sentence: its name may run into the price without a separator in two shapes.
  const oneClause = credit && lastSentence(pre) === 0 && words(pre).length <= 14;
  // Closed by a full stop before its price: "Coach Rogue bag in sage suede. £450".
  const dotEnd = oneClause && /\p{Ll}{2}\.\s*$/u.test(pre) && !text.slice(c.e, to).replace(/[\s.]/g, '');
  // A gift-list line "Name by Maker £P": the maker's capitalised run closing the clause stands for the comma.
  const byMaker = oneClause && BY_MAKER_END.test(pre);
  const loose =
    !!pre.trim() && !SEP_END.test(pre) && !boldOrLinkEnd && !(credit && words(pre).length <= 3) && !dotEnd && !byMaker;
  let nameEnd = from + pre.replace(dotEnd ? /[\s.]+$/ : /[\s,:(|–—-]+$/, '').length;
  let nameStart = from;
  const bare = text.slice(from, nameEnd).trim();
  // A button naming its shop before the price ("Cómprala en Liverpool: $899", "Buy it at Net-a-Porter – £790") names
  // no product.
  const ctaAt = CTA.test(bare) ? CTA_AT.exec(bare) : null;
  const preShop = ctaAt ? retailerFromText(ctaAt[1]!) : null;
  if (
    !bare ||
    LABEL.test(bare) ||
    isPriceLabel(bare) ||
    preShop ||
    (CTA.test(bare) && words(bare).length <= 3 && !bare.includes(':'))
  )
    nameEnd = nameStart;
  // Post: what follows the price up to the clause end, or inside the parentheses.
  // Asides after the price ("(50% off)", "(available in 12 colours)") say nothing about the shop.
  let post = text.slice(c.e, to).replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
  if (inParen) post = post.slice(0, Math.max(0, post.indexOf(')')) || post.length);
  else post = post.replace(/^\s*\)/, '');
  // A full stop ends the clause, unless it closes an initial ("by G.H. Bass").
  const cut = /[!?]|(?<!(?:^|[\s.])\p{Lu})\.(?:\s|$)|\s[–—|-]\s|\)/u.exec(post);
  if (cut) post = post.slice(0, cut.index);
  const postStart = c.e + (text.slice(c.e).indexOf(post) >= 0 ? text.slice(c.e).indexOf(post) : 0);
  let body = post.replace(/^[\s,:;–—-]+/, '');
  // "…, £15, all by F&F at Tesco", "…, both Bec + Bridge": one maker or shop for the pieces before (./shared-credit).
  const shared = /^(?:all|both)\s+(?=\S)/i.exec(body);
  if (shared) body = body.slice(shared[0].length);
  const lead = post.length - body.length;
  let retailer: string | null = null;
  let rSpan: [number, number] | null = null;
  const prep = PREP.exec(body);
  // The shop ends at the next comma: what follows is the sentence going on ("at Selfridges, is an...").
  if (prep) body = body.slice(prep[0].length).replace(/[,;].*$/, '');
  let shop = body.replace(/[\s.,;:!]+$/, '');
  let brandAfter: string | null = null;
  // "£75, Adidas at Schuh", "£110, by Veja, from office.co.uk", "£110, by Veja".
  const both = /^(by\s+)?(.+?)(?:,?\s+(?:at|from|via|on|chez|bei|@)\s+(.+))?$/.exec(shop);
  if (!prep && both && properName(both[2]!) && (both[3] ? retailerFromText(both[3]) : both[1])) {
    brandAfter = both[2]!;
    shop = both[3] ?? '';
  }
  // A credit whose words after the price run on past its shop or maker (./credit-tail).
  const tail = !prep && !brandAfter && !!shop && !loose ? creditTail(shop, post) : null;
  if (tail) ({ shop, brandAfter } = tail);
  if (shop) {
    retailer = retailerFromText(shop);
    if (!retailer && !CTA.test(shop)) return null;
    if (retailer) {
      const rs = postStart + lead + (prep ? prep[0].length : 0) + (brandAfter ? post.slice(lead).indexOf(shop) : 0);
      rSpan = [rs, rs + shop.length];
    }
  } else if (prep) return null;
  retailer ??= preShop;
  if (loose && !(prep && retailer)) return null;
  const seg = text.slice(nameStart, nameEnd);
  const ls = lastSentence(seg);
  // A link ending at the price after lower-case prose ("I wore the <a>Name</a> ($P") is the name.
  const named = line.links.find((l) => l.e >= nameEnd - 1 && l.e <= nameEnd + 1 && l.s > nameStart + ls);
  if (named && /\s\p{Ll}/u.test(' ' + text.slice(nameStart + ls, named.s))) nameStart = named.s;
  else if (nameEnd > nameStart && !(words(seg.slice(ls)).length <= 12 && nameOk(clean(seg.slice(ls))))) {
    // Prose: the name is the link or bold run ending at the price, else (before parentheses) the
    // capitalised run just before them.
    const lk = spans.find((l) => l.e >= nameEnd - 1 && l.e <= nameEnd + 1 && l.s >= from);
    const m =
      /((?:[\p{Lu}\d][\p{L}\d'’.&-]*\s+(?:(?:of|de|in|with|the|and|&)\s+)?)*[\p{Lu}\d][\p{L}\d'’.&-]*)\s*$/u.exec(seg);
    if (lk) nameStart = lk.s;
    else if (inParen && m && words(m[1]!).length >= 2) nameStart = nameEnd - m[0].trimEnd().length;
    else return null;
  } else nameStart += ls;
  // A label before the name ("À shopper : Sac…", "Buy: …") goes, and the name starts after it.
  const raw = text.slice(nameStart, nameEnd);
  const lab = /^([\s,:;–—•-]*(?:\d{1,3}[.)/]\s+)?)(?:([^:]{1,40}):\s+)?/.exec(raw)!;
  const g = lab[2];
  nameStart += g && properName(g) && !LABEL.test(g) && !CTA.test(g) ? lab[1]!.length : lab[0].length;
  // An exclaimed call to action before the name ("Buy It! Burberry Trench Coat, $2,590") is no part of it.
  const shout = /^\s*([^!:]{2,20})!\s+/.exec(text.slice(nameStart, nameEnd));
  if (shout && CTA.test(shout[1]!) && words(shout[1]!).length <= 3) nameStart += shout[0].length;
  let name = clean(text.slice(nameStart, nameEnd));
  // A labelled field ("Marke: COS – Preis: 115 €") gives the brand only; the product is named elsewhere.
  const field = BRAND_FIELD.exec(name);
  if (field && !brandAfter) [name, brandAfter] = ['', field[1]!];
  if (name && (!nameOk(name) || (loose && !matchBrandPrefix(name) && !properName(name, 8)))) return null;
  if (tail && name && makerAlone(name)) return null;
  return { name, nameStart, price: c.price, retailer, rSpan, brandAfter, shared: !!shared };
}
