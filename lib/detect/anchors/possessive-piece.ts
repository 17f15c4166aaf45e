import { lookupBrand } from '../../gazetteer';
import { canonical } from '../brand';
import type { Candidate, Ctx, Format, Line } from '../context';
import { clusters } from '../clusters';
import { linkIn } from '../href';
import { isStopword, nounHits } from '../lexicon';
import { unpricedNegative } from '../unpriced-negative';
import { retailerFromUrl } from '../retailer';
import { nameOk, properName } from '../text';

/** "Maker's": a capitalised run of one to three words (or a known brand) before 's. */
const OWNER = /(?:^|[\s(,;:])((?:\p{Lu}[\p{L}\p{N}&.+-]*|&)(?:\s+(?:\p{Lu}[\p{L}\p{N}&.+-]*|&)){0,2})['’]s\s+/gu;
/** Capitalised words that take 's without naming a maker: pronouns, time words, people in general. */
const NOT_MAKER = new RegExp(
  '^(?:it|let|that|there|here|what|who|she|he|where|one|today|tomorrow|yesterday|this|last|next|year|season|' +
    'week|editor|everyone|nobody|mother|father|mom|mum|dad|men|women|children|kids?|girls?|boys?|world|america|' +
    'britain|london|paris|new york|fashion week)$',
  'i',
);
const MODEL = /^[\p{Lu}\p{N}"“”„«»]/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&+./-]*|["“”„«»]/gu;
const MAX_NAME = 6;

/** The piece after "Maker's": model words in capitals, digits, quotes and product nouns, up to a break. */
function pieceAfter(text: string, from: number): { name: string; e: number } | null {
  const rest = text.slice(from);
  const stop = /[,;:!?()–—]|\.(?:\s|$)/.exec(rest);
  const took: string[] = [];
  let e = from;
  for (const m of (stop ? rest.slice(0, stop.index) : rest).matchAll(WORD)) {
    const w = m[0];
    if (!(MODEL.test(w) && !isStopword(w)) && !nounHits(w)) break;
    if (took.length >= MAX_NAME) return null;
    took.push(w);
    e = from + m.index + w.length;
  }
  const name = took.join(' ').replace(/\s+(["”“»])/g, '$1');
  // 'Christie's "Handbags…': an opening quote without its close names a sale or a title, not a piece.
  return took.length && nameOk(name) && !/^["“„«]/u.test(name) ? { name, e } : null;
}

function readLine(ctx: Ctx, line: Line, out: Candidate[]): void {
  for (const m of line.text.matchAll(OWNER)) {
    const run = m[1]!.trim();
    const s = m.index + m[0].indexOf(m[1]!);
    // The run's longest known tail is the maker ("Grab Glossier's"); an unknown run must be a short proper name.
    const ws = run.split(/\s+/);
    const k = ws.findIndex((_, j) => !!lookupBrand(ws.slice(j).join(' ')));
    const known = k >= 0 ? lookupBrand(ws.slice(k).join(' ')) : null;
    const maker = known ? ws.slice(k).join(' ') : run;
    // "Levi's", "Kiehl's", "Women's": a maker whose own name ends in 's, or people in general.
    if (lookupBrand(`${run}'s`) || lookupBrand(`${run}’s`) || NOT_MAKER.test(ws[ws.length - 1]!)) continue;
    if (NOT_MAKER.test(maker) || !properName(maker, 3) || (known?.ambiguous && !nounHitsAfter(line, m))) continue;
    const p = pieceAfter(line.text, m.index + m[0].length);
    // A known maker may name a model alone ("Crockett & Jones's Audley"); an unknown one (a person's name,
    // perhaps) needs a model word and a product noun ("Travis Taddeo's Double Empress Dress").
    if (!p || (!known && !(nounHits(p.name) && MODEL.test(p.name)))) continue;
    const brand = known && !known.ambiguous ? known.name : canonical(maker);
    const from = s + run.lastIndexOf(maker);
    const url = linkIn(ctx, line, from, p.e);
    out.push({
      brand,
      name: p.name,
      price: null,
      retailer: retailerFromUrl(url, brand),
      url,
      element: line.el,
      claims: [{ i: line.i, s: from, e: p.e }],
      score: 2 + (known ? 1 : 0) + (url ? 1 : 0),
      format: 'anchor-possessive',
    });
  }
}

/** Whether a product noun follows the possessive closely: an everyday-word maker needs one. */
const nounHitsAfter = (line: Line, m: RegExpMatchArray) =>
  nounHits(line.text.slice(m.index! + m[0].length, m.index! + m[0].length + 40)) > 0;

/**
 * Picks named by a possessive in prose without a price: "Denis Gagnon's Equestrian Belt", "Glossier's Boy
 * Brow", "Crockett & Jones's Audley". Over-generates (news writes "Nike's chief" too): the scorer decides.
 */
export const possessivePiece: Format = {
  id: 'anchor-possessive',
  detect(ctx: Ctx) {
    const out: Candidate[] = [];
    const neg = unpricedNegative();
    for (const line of ctx.lines) {
      if (line.h || line.text.length > 1500 || neg.test(line.text) || clusters(ctx, line).length) continue;
      readLine(ctx, line, out);
    }
    return out;
  },
};
