import { describe, expect, it } from 'vitest';
import { gather } from '@/lib/detect/pipeline';
import { tidyRoles } from '@/lib/detect/roles';
import type { Candidate } from '@/lib/detect/context';
import { happyDoc } from './helpers';

const page = (body: string, lang = 'it') =>
  happyDoc(
    `<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body><article>${body}</article></body></html>`,
  );

function cands(body: string, lang = 'it', url = 'https://www.example-mag.it/a'): Candidate[] {
  const it = gather(page(body, lang), url);
  for (;;) {
    const r = it.next();
    if (r.done) return Array.isArray(r.value) ? r.value : r.value.cands;
  }
}

const cand = (brand: string | null, name: string): Candidate => ({
  brand,
  name,
  price: null,
  retailer: null,
  url: null,
  element: happyDoc('<p>x</p>').body,
  claims: [],
  score: 0,
  format: 'anchor-line',
});

describe('table columns typed by their cells', () => {
  it('reads a table whose headers name nothing known (Borsa | Maison | Prezzo) from prices and known makers in its cells', () => {
    const got = cands(
      '<p>Le borse della stagione.</p><table><thead><tr><th>Borsa</th><th>Maison</th><th>Prezzo</th></tr></thead><tbody>' +
        '<tr><td>Peekaboo</td><td>Fendi</td><td>1320 €</td></tr><tr><td>Mini Lock</td><td>Valentino</td><td>1250 €</td></tr>' +
        '<tr><td>Antigona</td><td>Givenchy</td><td>1350 €</td></tr></tbody></table>',
    ).filter((c) => c.format === 'table');
    expect(got.map((c) => [c.brand, c.name, c.price?.amount])).toEqual([
      ['Fendi', 'Peekaboo', 1320],
      ['Valentino', 'Mini Lock', 1250],
      ['Givenchy', 'Antigona', 1350],
    ]);
  });
});

describe('roles', () => {
  it('swaps a name that is exactly a known maker with a brand the gazetteer does not know', () => {
    expect(tidyRoles(cand('2Jours', 'Fendi'))).toMatchObject({ brand: 'Fendi', name: '2Jours' });
    expect(tidyRoles(cand('Gucci', 'Fendi'))).toMatchObject({ brand: 'Gucci', name: 'Fendi' });
  });
  it('reads a Japanese credit: the item is the last sentence, without its measurements; the maker leads', () => {
    expect(tidyRoles(cand(null, 'MCM 半円型のシェイプが新鮮に。バッグ H21.5×W21×D9cm'))).toMatchObject({
      brand: 'MCM',
      name: 'バッグ',
    });
    expect(tidyRoles(cand('Sacai', 'ブックバンドから着想を得たデザイン。バッグ H13.5×W20×D14cm'))).toMatchObject({
      brand: 'Sacai',
      name: 'バッグ',
    });
  });
  it('reads 【maker】 before a Japanese name, and a name quoted in 「」 without its size', () => {
    expect(tidyRoles(cand(null, '【バブアー】BORDER SL ノンオイルドジャケット'))).toMatchObject({
      brand: 'バブアー',
      name: 'BORDER SL ノンオイルドジャケット',
    });
    expect(tidyRoles(cand('Elixir', '「リフトナイトクリーム W」40g'))).toMatchObject({
      brand: 'Elixir',
      name: 'リフトナイトクリーム W',
    });
  });
});

describe('grid cards', () => {
  const grid = (cards: [string, string, string][]) =>
    cands(
      '<h1>Sneaker</h1><div class="grid">' +
        cards
          .map(
            ([b, n, p]) =>
              `<article class="x1"><a href="https://shop.example.de/p/${encodeURIComponent(n)}"><h3><span>${b}</span></h3><h3>${n}</h3><p><span>${p}</span></p></a></article>`,
          )
          .join('') +
        '</div>',
      'de',
      'https://shop.example.de/sneaker/',
    );
  it('reads repeated <article> cards whose maker heading sits over the name heading', () => {
    const got = grid([
      ['Nike Sportswear', "AIR FORCE 1 '07 - Sneaker low - white", '119,99 €'],
      ['Veja', 'CAMPO - Sneaker low - extra white/black', '150,00 €'],
      ['Puma', 'PALERMO - Sneaker low - vapor gray/gum', '69,95 €'],
    ]);
    for (const [b, n] of [
      ['Veja', 'CAMPO - Sneaker low - extra white/black'],
      ['Puma', 'PALERMO - Sneaker low - vapor gray/gum'],
    ]) {
      expect(got.some((c) => c.brand?.toLowerCase() === b!.toLowerCase() && c.name === n)).toBe(true);
    }
  });
});

describe('a shop read as the maker', () => {
  it('takes a shop that is a label as the brand, never a two-letter everyday abbreviation', () => {
    expect(tidyRoles({ ...cand(null, 'Blazer'), retailer: 'Hobbs' })!.brand).toBe('Hobbs');
    expect(tidyRoles({ ...cand(null, 'Fahrrad Cube Aim 27,5 Zoll'), retailer: 'VB' })!.brand).toBeNull();
  });
});

describe('a card heading carried to its price line', () => {
  it('takes the maker heading right above a line with the name and price', () => {
    const got = cands(
      '<div class="item-box"><h3>Elixir</h3><p>「リフトナイトクリーム W」40g ¥6,820(税込)</p><p>寝ている間に乾燥をケア。</p></div>',
      'ja',
      'https://www.example-mag.jp/a',
    );
    expect(
      got.some(
        (c) =>
          c.format === 'anchor-cjk' &&
          c.brand === 'Elixir' &&
          c.name === 'リフトナイトクリーム W' &&
          c.price?.amount === 6820,
      ),
    ).toBe(true);
  });
});
