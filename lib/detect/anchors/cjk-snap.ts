import { findBrands } from '../../gazetteer';
import type { Candidate, Ctx, Format } from '../context';
import { lexicon } from '../lexicon';

/**
 * One credit a line: an item word, then a colon, a slash (full or half width) or an ideographic space, then the maker
 * ("コート:Maker", "トップス／メーカー", "デニム　メーカー"), maybe with the model after the maker ("靴／メーカー　モデル").
 */
const SNAP = /^\s*([^\s:：/／]{1,20}?)\s*([:：/／]|[\s\u3000])\s*(\S.{0,59}?)\s*$/u;
/** Latin letters only, starting on a capital: "Hender Scheme", "AURALEE". */
const LATIN = /^[A-Z][A-Za-z&'’. -]*$/u;
/** A maker written in katakana, its words split by "・" or a space: "ヨーコチャン", "スティーブ・マデン". */
const KANA = /^[\p{Script=Katakana}ー][\p{Script=Katakana}ー・ ]*$/u;
/** A maker, then the model in the page's script after a space: "Maker ニット", "メーカー　シャツコート". */
const MAKER_MODEL =
  /^([A-Z][A-Za-z&'’.-]*(?: [A-Z][A-Za-z&'’.-]*){0,3}|[\p{Script=Katakana}ー][\p{Script=Katakana}ー・]+)[\s\u3000]+(.+)$/u;
/** A year or season in brackets after the model ("（2017）", "(23AW)"): when it was bought, not the model. */
const AFTER_NOTE = /\s*[（(][^（()）]{1,12}[）)]\s*$/u;
/** Katakana words saying where a piece came from rather than who made it: vintage, used, unbranded, handmade. */
const NOT_MAKER =
  /^(?:ヴィンテージ|ビンテージ|ユーズド|ノーブランド|ハンドメイド|プチプラ|セレクトショップ|ネット|オンライン)$/u;

/** The makers a credit's right side names, with the model when it gives one; empty when it names no maker. */
function makers(right: string, nouns: readonly string[], piece: string): [string, string][] {
  const side = right.replace(AFTER_NOTE, '').trim();
  const isNoun = (w: string) => nouns.some((n) => w === n || (n.length >= 3 && w.endsWith(n)));
  const maker = (w: string) => (LATIN.test(w) || KANA.test(w)) && !isNoun(w.replace(/\s+/g, '')) && !NOT_MAKER.test(w);
  // "ティファニー、サルヴァトーレ フェラガモ": two makers of the same kind of piece.
  const parts = side.split(/\s*[、,]\s*/u);
  if (parts.length > 1) return parts.every(maker) ? parts.map((p) => [p, piece]) : [];
  if (maker(side)) return [[side, piece]];
  const m = MAKER_MODEL.exec(side);
  const model = m?.[2]!.trim() ?? '';
  return m && maker(m[1]!) && nouns.some((n) => model.includes(n)) && model.length <= 40 ? [[m[1]!, model]] : [];
}

/**
 * Outfit credits of Japanese pages, one item a line ("バッグ:Hender Scheme", "スカート／エルフォーブル",
 * "デニム　メーカー"): the item word names the piece, the rest the maker as the page writes it, Latin or katakana,
 * or the maker and its model. Lines that repeat the form near each other only; the scorer weighs them as unpriced
 * records. A Latin maker the gazetteer knows is left to the list reader.
 */
export const cjkSnap: Format = {
  id: 'anchor-cjk',
  detect(ctx: Ctx): Candidate[] {
    const out: Candidate[] = [];
    const nouns = lexicon().nounsJa;
    const reads = ctx.lines.map((l) => {
      const m = l.pc?.length || l.text.length > 80 ? null : SNAP.exec(l.text);
      if (!m || !nouns.some((n) => m[1]!.endsWith(n))) return null;
      // A space parts item and maker only after an item in the page's own script ("デニム ユニクロ").
      if (/\s/u.test(m[2]!) && /[A-Za-z]/u.test(m[1]!)) return null;
      const got = makers(m[3]!, nouns, m[1]!);
      return got.length ? got : null;
    });
    ctx.lines.forEach((line, k) => {
      const got = reads[k];
      const box = line.el.parentElement;
      // A credit list: another line of the same form in it, or in a list of the same markup a few lines off (one
      // list a day or a look, the next one holding a single item).
      const near = (j: number) => Math.abs(j - k) <= 3 && ctx.lines[j]!.el.parentElement?.tagName === box?.tagName;
      const listed = reads.some((r, j) => r && j !== k && (ctx.lines[j]!.el.parentElement === box || near(j)));
      if (!got || !listed) return;
      for (const [brand, name] of got) {
        if (LATIN.test(brand) && name === SNAP.exec(line.text)?.[1] && findBrands(brand).length) continue;
        out.push({
          ...{ brand, name, price: null, retailer: null, url: null, element: line.el },
          ...{ claims: [{ i: line.i, s: 0, e: line.text.length }], score: 2, format: 'anchor-cjk' },
        });
      }
    });
    return out;
  },
};
