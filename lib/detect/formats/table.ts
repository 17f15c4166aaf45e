import type { Candidate, Format, Line } from '../context';
import { whole } from '../context';
import { canonical, splitBrand } from '../brand';
import { clusters } from '../clusters';
import { hrefOf } from '../href';
import { destination, retailerFromText, retailerFromUrl } from '../retailer';
import { clean, nameOk } from '../text';
import { lookupBrand } from '../../gazetteer';
import type { Ctx } from '../context';

const COLS: [string, RegExp][] = [
  ['price', /price|prix|preis|cost|rrp|kosten|tarif/i],
  ['brand', /brand|designer|marque|marke|label|maker/i],
  ['retailer', /retailer|where|shop|store|stockist|boutique|händler|où|available|buy|kaufen|acheter/i],
  ['name', /product|item|name|style|model|produit|article|modèle|artikel|pick|piece/i],
];

/** Tables of products: columns named brand / product / price / retailer, one product per row. */
export const table: Format = {
  id: 'table',
  detect(ctx) {
    const out: Candidate[] = [];
    if (!ctx.root.querySelector('td')) return out;
    const byCell = new Map<Element, Line>();
    for (const l of ctx.lines) {
      const cell = l.el.closest('td, th');
      if (cell && !byCell.has(cell)) byCell.set(cell, l);
    }
    // A stray cell outside any table (the background's HTML parser keeps one where a browser drops it) is no row.
    const tables = new Set([...byCell.keys()].flatMap((c) => c.closest('table') ?? []));
    for (const t of tables) {
      const rows = [...t.querySelectorAll('tr')];
      const head = rows[0];
      if (!head) continue;
      const cols = [...head.children].map((h) => {
        const txt = clean(h.textContent ?? '');
        const hit = COLS.find(([, re]) => re.test(txt));
        return hit ? hit[0] : txt.length < 30 && !/\d/.test(txt) ? 'other' : '';
      });
      typeByContent(ctx, rows.slice(1), cols, byCell);
      if (!cols.includes('price') && !cols.includes('retailer')) continue;
      // A lone unlabelled text column is the product's (e.g. "Swimsuit").
      if (!cols.includes('name') && cols.filter((c) => c === 'other').length === 1)
        cols[cols.indexOf('other')] = 'name';
      if (!cols.includes('name')) continue;
      for (const row of rows.slice(1)) {
        const f: Record<string, Line | undefined> = {};
        [...row.children].forEach((cell, k) => (f[cols[k] ?? ''] = byCell.get(cell)));
        const n = f.name;
        if (!n || !nameOk(clean(n.text), 16)) continue;
        const pr = f.price ? clusters(ctx, f.price)[0] : undefined;
        const lk = [f.retailer, n, f.price].flatMap((l) => l?.links ?? [])[0];
        const url = hrefOf(ctx, lk?.a);
        const brandText = f.brand && clean(f.brand.text);
        const split = brandText
          ? { brand: canonical(brandText), name: clean(n.text) }
          : splitBrand(clean(n.text), null, url && destination(url));
        const retailer = (f.retailer && retailerFromText(clean(f.retailer.text))) || retailerFromUrl(url, split.brand);
        const score = 1 + (pr ? 2 : 0) + (url ? 2 : 0) + (split.brand ? 1 : 0) + (retailer ? 1 : 0);
        const lines = Object.values(f).filter((l): l is Line => !!l);
        out.push({
          ...split,
          price: pr?.price ?? null,
          retailer,
          url,
          element: row,
          claims: whole(lines),
          score,
          format: 'table',
        });
      }
    }
    return out;
  },
};

/**
 * Columns whose header names nothing known (any language: "Prezzo", "Maison", "価格") are typed by
 * what their cells hold: most cells a price → price, most cells exactly a known maker → brand.
 */
function typeByContent(ctx: Ctx, rows: Element[], cols: string[], byCell: Map<Element, Line>): void {
  if (rows.length < 2) return;
  cols.forEach((c, k) => {
    if (c !== 'other' && c !== '') return;
    const lines = rows.map((r) => byCell.get(r.children[k]!)).filter((l): l is Line => !!l);
    if (lines.length < Math.max(2, rows.length * 0.6)) return;
    const priced = lines.filter((l) => clusters(ctx, l).length === 1 && clean(l.text).length <= 24).length;
    const brands = lines.filter((l) => lookupBrand(clean(l.text))).length;
    if (!cols.includes('price') && priced >= lines.length * 0.6) cols[k] = 'price';
    else if (!cols.includes('brand') && brands >= lines.length * 0.6) cols[k] = 'brand';
  });
}
