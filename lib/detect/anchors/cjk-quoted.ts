import { findBrands, lookupBrand } from '../../gazetteer';
import { CAPS_BEFORE_CJK, SENTENCE_END, creditMaker } from '../cjk-credit';
import type { Candidate, Ctx, Format, Line } from '../context';
import { RANGES, clusters } from '../clusters';
import { linesWithin } from '../lines';
import { properName } from '../text';

/** Kana, ideographs and Hangul: the pages this reader is for. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;
/** A model's name in Japanese quotes: 「…」, 『…』, “…”. */
const QUOTED = /[「『“]([^「」『』“”。]{2,40})[」』”]/gu;
/** The maker before a quoted name in an item line: "DANIEL & BOB(ダニエル&ボブの「…」)", "SK-II「…」". */
const MAKER_BEFORE = /^\s*([^\s(（「『“。、][^(（「『“。、]{0,29}?)\s*(?:[（(][^（()）「『“]*)?[「『“]/u;
/** A size or amount after a quoted name: 「…」230mL, 「…」40g. */
const SIZE = /^\s*(?:\d+(?:[.,]\d+)?\s*(?:ml|mL|g|kg|枚|個|本|包|cm)?\s*)?$/u;
/** A sentence that only states the price of the model named before it: "…、価格は6万円。", "お値段は". */
const PRICE_IS = /(?:価格|値段|プライス|定価)\s*(?:は|が|も)?\s*[:：]?\s*(?:税込\s*)?$/u;
/** An opening bracket around the price right after the quote: “ミラノ”(6万3000円). */
const BRACKETED = /^\s*[（(]\s*$/u;
/** Lines of a record searched for the name or the maker, around the price line. */
const REACH = 3;

interface Quote {
  name: string;
  line: Line;
  /** Where the opening and after the closing quote mark are in the line. */
  at: number;
  end: number;
}

/** The quoted names of a line, in order. */
function quotes(line: Line): Quote[] {
  return [...line.text.matchAll(QUOTED)].map((m) => ({
    name: m[1]!.trim(),
    line,
    at: m.index,
    end: m.index + m[0].length,
  }));
}

/** A maker as a page writes it: known to the gazetteer, or a short Latin label in capitals. */
function maker(text: string): string | null {
  const t = text.trim();
  if (!t || t.length > 30 || SENTENCE_END.test(t)) return null;
  if (lookupBrand(t)) return t;
  const known = findBrands(t).find((b) => !b.ambiguous && b.start === 0);
  if (known) return t.slice(known.start, known.end);
  return properName(t) || /^[\p{Lu}\d][\p{Lu}\d&'’.+/ -]*$/u.test(t) ? t : null;
}

/** A short line naming only a maker (a card's heading over the item): "SK-II", "d プログラム". */
function headingMaker(l: Line): string | null {
  if (l.pc?.length || l.text.length > 24 || SENTENCE_END.test(l.text) || /[「『“]/u.test(l.text)) return null;
  return l.h > 0 || l.bold.length ? l.text.trim() : maker(l.text);
}

/**
 * Japanese records that name the model in quotes, apart from the price or right before it: 「name」230mL ¥6,820
 * under a maker heading; an item line "MAKER(…の「name」)" over a description ending in "3万9600円(shop)"; a
 * price credit "33万2000円(maker/shop)" beside a description naming the model “name”. The maker comes from the item
 * line, the record's heading, or the credit after the price.
 */
export const cjkQuoted: Format = {
  id: 'anchor-cjk',
  detect(ctx: Ctx): Candidate[] {
    const out: Candidate[] = [];
    const L = ctx.lines;
    for (const line of L) {
      if (!line.pc?.length || !CJK.test(line.text)) continue;
      const box = line.el.parentElement;
      const near = box ? linesWithin(ctx, box, line.i, REACH).filter((l) => Math.abs(l.i - line.i) <= REACH) : [line];
      let prev = 0;
      for (const c of clusters(ctx, line)) {
        const head = line.text.slice(prev, c.s);
        const from = prev;
        prev = c.e;
        const own = quotes(line)
          .filter((q) => q.at >= from && q.at < c.s)
          .at(-1);
        // What stands between the quote and the price: nothing, or the size ("「…」230mL ¥6,820").
        const tail = own ? line.text.slice(own.end, c.s) : '';
        const credit = creditMaker(line.text.slice(c.e));
        // A quote right before the price with a credit after it is the credit reader's (./cjk-credit-line).
        if (own && credit && !tail.trim()) continue;
        // No item before the price in its sentence ("…マチ15cm。3万9600円(shop)"): the record's quote names it.
        const item = head.slice(head.search(/[^。！？]*$/u)).trim();
        const others = item && !PRICE_IS.test(item) ? [] : near.filter((l) => l !== line).flatMap(quotes);
        // "…“メトロポリス”を更新。注目は…で、価格は6万円": the price sentence names no model, the quote before does.
        const priceIs = PRICE_IS.test(item) && !/[「『“]/u.test(item);
        const q =
          (own && (SIZE.test(tail) || BRACKETED.test(tail) || priceIs) ? own : undefined) ??
          others.filter((x) => x.line.i < line.i).at(-1) ??
          others.find((x) => x.line.i > line.i);
        if (!q || !c.price) continue;
        const before = maker(MAKER_BEFORE.exec(q.line.text.slice(0, q.at + 1))?.[1] ?? '');
        const top = near.filter((l) => l.i < Math.min(q.line.i, line.i)).at(-1);
        const brand =
          before ??
          (top && headingMaker(top)) ??
          (credit && maker(credit)) ??
          CAPS_BEFORE_CJK.exec(q.line.text)?.[1]!.trim() ??
          credit;
        if (!brand) continue;
        const claims = [{ i: line.i, s: q.line === line ? q.at : c.s, e: c.e }];
        if (q.line !== line) claims.push({ i: q.line.i, s: q.at, e: q.end });
        out.push({
          brand,
          name: q.name,
          // A quoted model's band of prices ("4万~4万2000円") is still the model: no single price, as labels write it.
          price: RANGES.has(c.price) ? null : c.price,
          retailer: null,
          url: null,
          element: line.el,
          claims,
          score: 3,
          format: 'anchor-cjk',
        });
      }
    }
    return out;
  },
};
