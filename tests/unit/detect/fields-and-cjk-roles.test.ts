import { describe, expect, it } from 'vitest';
import { gather } from '@/lib/detect/pipeline';
import { tidyRoles } from '@/lib/detect/roles';
import type { Candidate } from '@/lib/detect/context';
import { happyDoc } from './helpers';

const page = (body: string, lang = 'it') =>
  happyDoc(`<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body><article>${body}</article></body></html>`);

function cands(body: string, lang = 'it', url = 'https://www.example-mag.it/a'): Candidate[] {
  const it = gather(page(body, lang), url);
  for (;;) {
    const r = it.next();
    if (r.done) return Array.isArray(r.value) ? r.value : r.value.cands;
  }
}

const cand = (brand: string | null, name: string): Candidate => ({
  brand, name, price: null, retailer: null, url: null, element: happyDoc('<p>x</p>').body, claims: [], score: 0, format: 'anchor-line',
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
    expect(tidyRoles(cand(null, 'MCM 半円型のシェイプが新鮮に。バッグ H21.5×W21×D9cm'))).toMatchObject({ brand: 'MCM', name: 'バッグ' });
    expect(tidyRoles(cand('Sacai', 'ブックバンドから着想を得たデザイン。バッグ H13.5×W20×D14cm'))).toMatchObject({ brand: 'Sacai', name: 'バッグ' });
  });
  it('reads 【maker】 before a Japanese name, and a name quoted in 「」 without its size', () => {
    expect(tidyRoles(cand(null, '【バブアー】BORDER SL ノンオイルドジャケット'))).toMatchObject({ brand: 'バブアー', name: 'BORDER SL ノンオイルドジャケット' });
    expect(tidyRoles(cand('Elixir', '「リフトナイトクリーム W」40g'))).toMatchObject({ brand: 'Elixir', name: 'リフトナイトクリーム W' });
  });
});
