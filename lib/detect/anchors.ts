import { findBrands, lookupBrand } from '../gazetteer';
import { canonical, splitBrand } from './brand';
import { toCandidate } from './candidate';
import { clusters } from './clusters';
import type { Candidate, Ctx, Format, Line } from './context';
import { groupMention, linesWithin, makerOnly } from './group';
import { linkIn } from './href';
import { lexicon, nounHits } from './lexicon';
import { retailerFromText, retailerFromUrl } from './retailer';
import { stripLabels } from './roles';
import { sameSiblings } from './siblings';
import { lastSentence, parseAround, segments } from './segment';
import { clean, nameOk, properName, words } from './text';

/**
 * Candidate generators built on anchors rather than formats. They over-generate on purpose: the
 * trained scorer (./model) decides, from the features in ./features, which candidates are products.
 */

const COLON_LABEL = /^\s*([^:]{1,30}):\s+/;
const SHOP_SPLIT = /\s+(?:via|at|from|@|bei|chez|presso|en|bij|hos|från|w)\s+(.{2,40})$/iu;
const MAX_WORDS = 16;
const MAX_PRICES = 24;

/** A price anchor: "Name, $P at Shop" read loosely (as a caption would be), one per price cluster. */
const priceLine: Format = {
  id: 'anchor-line',
  detect(ctx) {
    const out: Candidate[] = [];
    for (const line of ctx.lines) {
      // A line stuffed with prices is a table of numbers, not products: the format readers cover real tables.
      if (!line.pc?.length || line.pc.length > MAX_PRICES) continue;
      for (const [c, from, to] of segments(ctx, line)) {
        const p = parseAround(line, c, from, to, true);
        const cand = p?.name ? toCandidate(ctx, line, p, from, to, 'anchor-line') : null;
        if (cand && !cand.brand) {
          // "BEC + BRIDGE top, $160, and pants, $250": a maker named earlier in the sentence carries over.
          const head = line.text.slice(0, from);
          const sent = head.slice(lastSentence(head));
          const caps = [...sent.matchAll(/(?:^|[\s,.;])((?:[\p{Lu}\d][\p{Lu}\d&'’.+-]*\s+){0,3}[\p{Lu}][\p{Lu}\d&'’.-]+)(?=\s+\p{Ll})/gu)].pop();
          const known = findBrands(sent).filter((b) => !b.ambiguous).pop();
          const b = known?.name ?? caps?.[1];
          if (b) out.push({ ...cand, brand: canonical(b.trim()), format: 'anchor-carry', claims: [{ i: line.i, s: from, e: to }] });
          // A card's maker heading right above its name-and-price line ("ELIXIR" over "「…」40g ¥6,820").
          const prev = ctx.lines[line.i - 1];
          if (!b && prev?.h && !prev.pc?.length && (makerOnly(clean(prev.text)) || properName(clean(prev.text), 3)))
            out.push({ ...cand, brand: canonical(clean(prev.text)), format: 'anchor-carry', claims: [{ i: line.i, s: from, e: to }] });
        }
        if (cand) out.push(cand);
        else {
          const pr = proseAround(ctx, line, c.s, c.e, c.price);
          if (pr) out.push(pr);
        }
      }
    }
    return out;
  },
};

/**
 * The clause around a price in prose: "First Aid Beauty's Ultra Repair Cream ($36)", "I picked up
 * the 3×1 selvedge jeans ($285)". The name runs from a known brand (or the clause start) to the price.
 */
function proseAround(ctx: Ctx, line: Line, s: number, e: number, price: Candidate['price']): Candidate | null {
  const before = line.text.slice(0, s);
  // Money in a sentence of business news, an auction or a recipe is no offer: prose anchors skip it.
  const sentence = line.text.slice(lastSentence(before), e + 80);
  if (lexicon().negative.test(sentence)) return null;
  const start = lastSentence(before);
  let clause = before.slice(start).replace(/[\s(,:–—-]+$/, '');
  const cut = Math.max(clause.lastIndexOf(';'), clause.lastIndexOf(' — '), clause.lastIndexOf(' – '));
  const at = start + (cut >= 0 ? cut + 1 : 0);
  clause = line.text.slice(at, at + clause.length - (cut >= 0 ? cut + 1 : 0));
  const hits = findBrands(clause).filter((b) => !b.ambiguous || /^\p{Lu}/u.test(clause.slice(b.start)));
  const b = hits[hits.length - 1];
  let brand: string | null = null;
  let name = '';
  if (b) {
    brand = b.name;
    name = clause.slice(b.end).replace(/^['’]s\b/, '').replace(/^[\s,:–—-]+/, '');
    // "…from Lands' End, a yellow cardigan": the name before the brand.
    if (!name || nounHits(name) === 0) {
      const head = clause.slice(0, b.start).replace(/\s+(?:by|from|at|via|de|von|di)\s*$/i, '');
      const m = /(?:^|\b(?:the|a|an|this|these|le|la|les|un|une|der|die|das|ein|eine|el|il|lo|het|de)\s+)([^,.;]{2,60})$/iu.exec(head);
      if (m && nounHits(m[1]!) > 0) name = m[1]!;
    }
  } else {
    // "the/a/this …", never "my …": the author's own things are not offers.
    const m = /\b(?:the|a|an|these|this|le|la|les|un|une|der|die|das|ein|eine|el|il|het)\s+([^,.;()]{2,60})$/iu.exec(clause);
    if (m && nounHits(m[1]!) > 0) name = m[1]!;
  }
  name = clean(name).replace(/\s+(?:for|at|is|was|costs?|now|only|just|under|from|für|pour|por|per)$/i, '');
  if (!name || words(name).length > 10 || !nameOk(name)) return null;
  const after = line.text.slice(e, e + 60);
  const shop = /^\)?\s*(?:,|at|from|via|on)\s+([^,.;()]{2,40})/i.exec(after);
  const url = linkIn(ctx, line, at, e);
  const retailer = (shop && retailerFromText(shop[1]!.trim(), brand)) || retailerFromUrl(url, brand);
  return { brand, name, price, retailer, url, element: line.el, claims: [{ i: line.i, s: at, e }], score: 2 + (brand ? 1 : 0) + (url ? 1 : 0), format: 'anchor-prose' };
}

/** Lines with the same block element as siblings: list items, credits split by <br>, grid cells. */
function inRecords(ctx: Ctx, line: Line): boolean {
  const el = line.el;
  const prev = ctx.lines[line.i - 1];
  const next = ctx.lines[line.i + 1];
  if ((prev && prev.el === el) || (next && next.el === el)) return true;
  return sameSiblings(el) >= 2;
}

/**
 * A brand anchor without a price: a known brand near a product noun or a link, in a repeated
 * record ("Purse: Kate Spade via Nordstrom Rack", "1. M&S, Leather Flatform Flip Flops",
 * "Dunk Low Premium "Sequoia" by Nike").
 */
const brandRecord: Format = {
  id: 'anchor-list',
  detect(ctx) {
    const out: Candidate[] = [];
    const lex = lexicon();
    for (const line of ctx.lines) {
      if (line.pc?.length || line.h === 1) continue;
      const text = line.text.replace(/\s*\([^()]*\)\s*/g, ' ').trim();
      if (!text || words(text).length > MAX_WORDS || lex.negative.test(text)) continue;
      if (!inRecords(ctx, line) && !line.h) continue;
      let rest = text;
      const label = COLON_LABEL.exec(rest);
      let noun: string | null = null;
      if (label && !lookupBrand(label[1]!)) {
        noun = nounHits(label[1]!) > 0 ? label[1]!.trim() : null;
        rest = rest.slice(label[0].length);
      }
      rest = stripLabels(rest);
      let retailer: string | null = null;
      const shop = SHOP_SPLIT.exec(rest);
      if (shop) {
        const r = retailerFromText(shop[1]!.trim());
        if (r) {
          retailer = r;
          rest = rest.slice(0, shop.index);
        }
      }
      let brand: string | null = null;
      let name = '';
      // "Shoes: Rocket Dog", "Cardigan: Banana Republic Outlet": after a product-noun label the rest is the maker.
      const known = findBrands(rest).find((b) => b.start === 0);
      if (noun && (/^[\p{Lu}\d]/u.test(rest) && words(rest).length <= 4) && (!known || words(rest.slice(known.end)).length <= 1) && !nounHits(rest)) {
        const b = known ? known.name : rest.trim();
        out.push(record(ctx, line, b, noun, retailer, 2));
        continue;
      }
      const hits = findBrands(rest).filter((b) => !b.ambiguous || /^\p{Lu}/u.test(rest.slice(b.start)));
      const by = /^(.+?)\s+(?:by|von|de|di|van)\s+(\p{Lu}.{1,40})$/u.exec(rest);
      if (by && (lookupBrand(by[2]!) || hits.length === 0)) {
        brand = canonical(by[2]!.trim());
        name = by[1]!;
      } else if (hits.length) {
        const b = hits[0]!;
        brand = b.name;
        name = `${rest.slice(0, b.start)} ${rest.slice(b.end)}`.replace(/^['’]s\b/, '');
      } else {
        const split = splitBrand(rest);
        if (!split.brand) continue;
        brand = split.brand;
        name = split.name;
      }
      name = clean(name.replace(/\s[/|]\s/g, ' ').replace(/^[\s,:;/|–—-]+|[\s,:;/|–—-]+$/g, ''));
      if (!name && noun) name = noun;
      if (!name || !nameOk(name) || words(name).length > 10) continue;
      out.push(record(ctx, line, brand, name, retailer, 1 + (noun ? 1 : 0) + (nounHits(name) ? 1 : 0)));
    }
    return out;
  },
};

function record(ctx: Ctx, line: Line, brand: string, name: string, shop: string | null, evidence: number, s = 0, e = 1e9): Candidate {
  const url = linkIn(ctx, line, s, Math.min(e, line.text.length));
  const retailer = shop ?? retailerFromUrl(url, brand);
  return { brand, name, price: null, retailer, url, element: line.el, claims: [{ i: line.i, s, e }], score: evidence + (url ? 1 : 0) + (retailer ? 1 : 0), format: 'anchor-list' };
}

/** "<a>Mango Minipau</a> / <a>Hieleven Shoulder Bag</a>": several linked records in one line, split at " / " or " | ". */
const splitRecords: Format = {
  id: 'anchor-list',
  detect(ctx) {
    const out: Candidate[] = [];
    for (const line of ctx.lines) {
      if (line.pc?.length || line.links.length < 2) continue;
      const parts: [number, number][] = [];
      let at = 0;
      for (const m of line.text.matchAll(/\s[/|•·]\s/g)) {
        parts.push([at, m.index]);
        at = m.index + m[0].length;
      }
      parts.push([at, line.text.length]);
      if (parts.length < 2) continue;
      for (const [s, e] of parts) {
        const t = line.text.slice(s, e).trim();
        if (!line.links.some((l) => l.s <= s + 1 && l.e >= e - 1) || words(t).length > 10) continue;
        const hit = findBrands(t).find((b) => b.start === 0);
        const split = hit ? { brand: hit.name, name: t.slice(hit.end).trim() } : splitBrand(t);
        if (split.brand && split.name && nameOk(split.name)) out.push(record(ctx, line, split.brand, split.name, null, 2, s, e));
      }
    }
    return out;
  },
};

// Class names shops and publishers give product records: "product-card", "product-embed", "grid-item".
const RECORD_CLASS = /(?:^|[\s_-])(?:product|card|item|tile|embed|widget|offer|pick|merch|shop)(?:$|[\s_-])/i;
const MAX_RECORD_LINES = 8;

/** The nearest element around a line that reads as one record: a repeated sibling, a table row or list item, or a product-named box. */
function recordBox(ctx: Ctx, line: Line): Element | null {
  let e: Element | null = line.el;
  for (let up = 0; e && up < 5; up++, e = e.parentElement) {
    const p: Element | null = e.parentElement;
    // An <article> is the page's body, unless it repeats among its siblings: then it is a grid card.
    if (!p || /^(?:BODY|MAIN)$/i.test(e.tagName) || (/^ARTICLE$/i.test(e.tagName) && sameSiblings(e) < 2)) return null;
    const n = linesWithin(ctx, e, line.i, MAX_RECORD_LINES + 1).length;
    if (n > MAX_RECORD_LINES) return null;
    if (n < 2) continue;
    if (sameSiblings(e) >= 2 || /^(?:TR|LI|FIGURE)$/i.test(e.tagName) || RECORD_CLASS.test(e.getAttribute('class') ?? '')) return e;
  }
  return null;
}

const FIELD_BRAND = /brand|designer|vendor|maker|marque|marke/i;
const FIELD_NAME = /name|title|heading/i;

/** A record's fields by their class names, else by order: brand field, name field, the price line's shop. */
function fields(ctx: Ctx, lines: Line[], priceLine: Line, box: Element): Candidate | null {
  const cls = (l: Line) => l.el.getAttribute('class') ?? '';
  const c = priceLine.pc![0]!;
  const others = lines.filter((l) => l !== priceLine && !l.pc?.length && !lexicon().buy.test(l.text) && /\p{L}|\d{3}/u.test(l.text));
  const b = others.find((l) => FIELD_BRAND.test(cls(l)));
  const cand = others.filter((l) => l !== b && l.el.tagName !== 'TH' && words(l.text).length <= 12);
  const n =
    cand.find((l) => FIELD_NAME.test(cls(l))) ??
    cand.find((l) => findBrands(l.text).some((x) => !x.ambiguous)) ??
    cand.find((l) => nounHits(l.text) > 0) ??
    cand[0];
  if (!n) return null;
  const split = b ? { brand: canonical(clean(b.text)), name: clean(n.text) } : splitBrand(clean(n.text));
  const after = /^[\s,;:|–—-]*(?:(?:at|from|via)\s+)?([^,;|()]{2,40})/i.exec(priceLine.text.slice(c.e));
  const url = lines.map((l) => linkIn(ctx, l, 0, l.text.length)).find(Boolean) ?? null;
  const retailer = (after && retailerFromText(after[1]!.trim(), split.brand)) || retailerFromUrl(url, split.brand);
  return { ...split, price: c.price, retailer, url, element: box, claims: lines.map((l) => ({ i: l.i, s: 0, e: 1e9 })), score: 3 + (b ? 1 : 0), format: 'anchor-record' };
}

/** A price alone on its line inside a repeated record (table row, grid card): the record's other lines name it. */
const priceRecord: Format = {
  id: 'anchor-record',
  detect(ctx) {
    const out: Candidate[] = [];
    const seen = new Set<Element>();
    for (const line of ctx.lines) {
      if (!line.pc?.length) continue;
      const box = recordBox(ctx, line);
      if (!box || seen.has(box) || box.querySelector('h1')) continue;
      seen.add(box);
      const lines = linesWithin(ctx, box, line.i, 12).filter((l) => box.contains(l.el));
      const c = groupMention(ctx, lines, box, 'anchor-record') ?? fields(ctx, lines, line, box);
      if (c) out.push(c);
    }
    return out;
  },
};

/** Anchor-based candidate generators (prices in lines and prose, brands in repeated records). */
const DET = /^(?:this|these|that|the|a|an|my|our|his|her|their|ce|cette|ces|le|la|les|un|une|der|die|das|den|dem|ein|eine|einen|el|la|los|las|il|lo|gli|het|een|ten)\s+/i;

/** Splits a linked product phrase: "Chester Barrie jacket", "neoprene tote from DECJUBA", "Dunk Low by Nike". */
function phrase(text: string): { brand: string; name: string } | null {
  const t = text.replace(DET, '').replace(/^(?:lovely|new|gorgeous|perfect|great|little|cute|classic)\s+(?=\p{Ll})/iu, '').trim();
  const from = /^(.+?)\s+(?:from|by|von|de|di|van|från|fra|od)\s+(\p{Lu}[^,.;]{0,40})$/u.exec(t);
  if (from && nounHits(from[1]!)) return { brand: canonical(from[2]!.trim()), name: from[1]! };
  const known = findBrands(t).find((b) => b.start === 0 && !b.ambiguous);
  if (known && t.slice(known.end).trim()) return { brand: known.name, name: t.slice(known.end).replace(/^['’]s\b/, '').trim() };
  const caps = /^((?:\p{Lu}[\p{L}'’.-]*\s+(?:&\s+)?){1,3})(\p{Ll}.*)$/u.exec(t);
  if (caps && nounHits(caps[2]!)) return { brand: canonical(caps[1]!.trim()), name: caps[2]!.trim() };
  return null;
}

/** Linked products in prose: a link whose text (with the noun right after it) names a maker and a product. */
const linkProse: Format = {
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
        if (lexicon().negative.test(line.text)) break;
        if (!p || !p.name || !nounHits(p.name) || !nameOk(p.name)) continue;
        const sentEnd = line.text.slice(l.e).search(/[.!?](?:\s|$)/);
        const rest = line.text.slice(l.e, sentEnd >= 0 ? l.e + sentEnd : undefined);
        const pc = line.pc?.find((c) => c.s >= l.e && c.s <= l.e + rest.length);
        const url = linkIn(ctx, line, l.s, l.e);
        out.push({ brand: p.brand, name: p.name, price: pc?.price ?? null, retailer: retailerFromUrl(url, p.brand), url, element: line.el, claims: [{ i: line.i, s: l.s, e: l.e }], score: 2, format: 'anchor-link' });
      }
    }
    return out;
  },
};

/** "<h2>The Micro Lady Dior</h2><p><b>HK$ 27,500</b>; …": a heading, then a line that opens with its price. */
const headingPrice: Format = {
  id: 'anchor-heading',
  detect(ctx) {
    const out: Candidate[] = [];
    const L = ctx.lines;
    for (const line of L) {
      const c = line.pc?.[0];
      if (!c || c.s > 3) continue;
      const head = [L[line.i - 1], L[line.i - 2]].find((h) => h && h.h >= 2 && !h.pc?.length);
      if (!head || words(head.text).length > 12) continue;
      const text = stripLabels(head.text);
      const split = splitBrand(text);
      if (!split.name || !nameOk(split.name)) continue;
      const after = /^[\s,;:|–—-]*(?:(?:at|from|via)\s+)?([^,;.|()]{2,40})/i.exec(line.text.slice(c.e));
      const url = linkIn(ctx, line, 0, line.text.length) ?? linkIn(ctx, head, 0, head.text.length);
      const retailer = (after && retailerFromText(after[1]!.trim(), split.brand)) || retailerFromUrl(url, split.brand);
      out.push({ ...split, price: c.price, retailer, url, element: head.el, claims: [{ i: head.i, s: 0, e: 1e9 }, { i: line.i, s: 0, e: c.e }], score: 3, format: 'anchor-heading' });
    }
    return out;
  },
};

export const ANCHORS: readonly Format[] = [priceLine, brandRecord, splitRecords, priceRecord, linkProse, headingPrice];
