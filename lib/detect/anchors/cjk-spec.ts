import { findPrices } from '../../price';
import { findBrands } from '../../gazetteer';
import type { Candidate, Ctx, Format, Line } from '../context';

// Spec boxes of Japanese, Korean and Chinese pages label their rows: a <dl> or a two-column table.
const NAME = /^(?:이름|제품명|상품명|모델명?|品名|商品名?|アイテム|名前|名称|モデル名?|型番|产品名称|名稱)$/u;
const PRICE = /^(?:가격|정가|판매가|価格|税込価格|価格税込|定価|販売価格|本体価格|售价|价格|價格|定價)$/u;
const BRAND = /^(?:브랜드|ブランド|メーカー|品牌|메이커)$/u;
/** Brackets and punctuation around a row label: 【ブランド】, [가격], 価格：. */
const LABEL_NOISE = /[【】[\]()（）:：\s]/gu;
/** A reading or gloss after a name: "Carraig Donn(キャレイグドン)" is Carraig Donn. */
const GLOSS = /\s*[（(][^（()）]{1,30}[)）]\s*$/u;
const MAX_BOXES = 60;

/** The rows of a <dl> (dt/dd pairs) or a table (th or first cell, then the next cell), as [label, value]. */
function rows(box: Element): [string, string][] {
  const out: [string, string][] = [];
  const cells = box.tagName.toUpperCase() === 'DL' ? [...box.children] : [...box.querySelectorAll('tr')];
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k]!;
    if (c.tagName.toUpperCase() === 'DT') {
      const dd = cells[k + 1];
      if (dd?.tagName.toUpperCase() === 'DD') out.push([c.textContent ?? '', dd.textContent ?? '']);
    } else if (c.tagName.toUpperCase() === 'TR' && c.children.length === 2)
      out.push([c.children[0]!.textContent ?? '', c.children[1]!.textContent ?? '']);
  }
  return out.map(([l, v]) => [l.replace(LABEL_NOISE, ''), v.replace(/\s+/g, ' ').trim()]);
}

/** The heading right before the box in its record (the maker's name over a spec list). */
function headingBefore(box: Element): string | null {
  let e = box.previousElementSibling;
  for (let k = 0; e && k < 2; k++, e = e.previousElementSibling) {
    if (/^H[2-5]$/i.test(e.tagName)) {
      const t = (e.textContent ?? '').trim();
      return t.length <= 30 ? t : null;
    }
  }
  return null;
}

/**
 * A spec box naming one product by labelled rows (이름 / 가격, 【ブランド】 / 【アイテム】 / 【価格】): the name row
 * names it, the brand row or the heading over the box gives the maker, the price row its price (none when the
 * row holds no price: "미정", "1천8백만원대").
 */
export const cjkSpec: Format = {
  id: 'table',
  detect(ctx: Ctx): Candidate[] {
    const out: Candidate[] = [];
    const root = ctx.root.nodeType === 9 ? (ctx.root as Document).body : (ctx.root as Element);
    if (!root) return out;
    const boxes = [...root.querySelectorAll('dl, table')].slice(0, MAX_BOXES);
    for (const box of boxes) {
      const r = rows(box);
      const name = r.find(([l]) => NAME.test(l))?.[1];
      if (!name || name.length > 60) continue;
      const written = r.find(([l]) => BRAND.test(l))?.[1]?.replace(GLOSS, '') ?? headingBefore(box);
      const brand = written ?? findBrands(name).find((b) => !b.ambiguous)?.name ?? null;
      if (!brand) continue;
      const priceText = r.find(([l]) => PRICE.test(l))?.[1] ?? '';
      const p = findPrices(priceText, { defaultCurrency: ctx.currency }).find((x) => x.role === 'current');
      const lines: Line[] = ctx.lines.filter((l) => box.contains(l.el));
      if (!lines.length) continue;
      const url = box.querySelector('a[href]')?.getAttribute('href') ?? null;
      out.push({
        brand,
        name,
        price: p ? { amount: p.amount, currency: p.currency ?? ctx.currency } : null,
        retailer: null,
        url: url && /^https?:/i.test(url) ? url : null,
        element: box,
        claims: lines.map((l) => ({ i: l.i, s: 0, e: 1e9 })),
        score: 3 + (p ? 1 : 0),
        format: 'table',
      });
    }
    return out;
  },
};
