import { describe, expect, it } from 'vitest';
import { gather } from '@/lib/detect/pipeline';
import { tidyRoles } from '@/lib/detect/roles';
import { creditMaker } from '@/lib/detect/cjk-credit';
import type { Candidate } from '@/lib/detect/context';
import { happyDoc } from './helpers';

function cands(body: string): Candidate[] {
  const html = `<!DOCTYPE html><html lang="ja"><head><title>t</title></head><body><article>${body}</article></body></html>`;
  const it = gather(happyDoc(html), 'https://www.example-zasshi.jp/a/1');
  for (;;) {
    const r = it.next();
    if (r.done) return (Array.isArray(r.value) ? r.value : r.value.cands).filter((c) => c.format === 'anchor-cjk');
  }
}
/** Each reading once (other readers of the same line may propose it too). */
const rows = (cs: Candidate[]) =>
  [...new Set(cs.map((c) => JSON.stringify([c.brand, c.name, c.price?.amount])))].map((r) => JSON.parse(r) as unknown);

describe('Japanese records that name the model in quotes', () => {
  it('reads a quoted name and its size before the price, under a maker heading', () => {
    const got = cands(
      '<p>乾燥の季節に使いたい保湿アイテム。</p>' +
        '<div class="pick"><h3>KOSUI</h3><p>「モイストバリア クリーム」40g ¥3,520(税込)</p><p>朝の肌がやわらかい。</p></div>' +
        '<div class="pick"><h3>ハナエ ラボ</h3><p>「ナイト リペア 美容液」30mL ¥8,250(税込)</p><p>夜だけの集中ケアに。</p></div>',
    );
    expect(rows(got)).toEqual([
      ['KOSUI', 'モイストバリア クリーム', 3520],
      ['ハナエ ラボ', 'ナイト リペア 美容液', 8250],
    ]);
  });

  it('takes the name from the item line above a description that ends in the price', () => {
    const got = cands(
      '<section class="pick"><h3>売れ筋のバッグ</h3><p class="item">RIVERTON(リバートンの「別注 ミニ ショルダー」)</p>' +
        '<p>肩掛けでも斜め掛けでも使える小ぶりな一品。縦18×横24cm。2万4200円(セレクトショップ青山店)</p></section>',
    );
    expect(rows(got)).toEqual([['RIVERTON', '別注 ミニ ショルダー', 24200]]);
  });

  it('takes the maker from the credit after a price and the name from the quoted model beside it', () => {
    const got = cands(
      '<div class="card"><p class="price">8万5000円(ノルデン/ノルデン ジャパン)</p>' +
        '<p>“アルバ”と呼ばれる一着は、軽いダウンを詰めたフード付きのコート。</p></div>',
    );
    expect(rows(got)).toEqual([['ノルデン', 'アルバ', 85000]]);
  });
});

describe('Japanese credits and makers', () => {
  it('reads a tax note in brackets after the price as no credit', () => {
    expect(creditMaker('(税込)')).toBeNull();
    expect(creditMaker('(税込・編集部調べ)')).toBeNull();
    expect(creditMaker('(ノルデン/ノルデン ジャパン)')).toBe('ノルデン');
  });

  it('drops a 【maker】 prefix from the name even when the maker is already known', () => {
    const c: Candidate = {
      brand: 'ノルデン',
      name: '【ノルデン】アルバ フードコート',
      price: null,
      retailer: null,
      url: null,
      element: happyDoc('<p>x</p>').body,
      claims: [],
      score: 0,
      format: 'anchor-heading',
    };
    expect(tidyRoles(c)).toMatchObject({ brand: 'ノルデン', name: 'アルバ フードコート' });
  });
});

describe('Japanese credit lines', () => {
  it('keeps a Latin label whole and narrows a bare noun by the description after the credit', () => {
    const html =
      '<!DOCTYPE html><html lang="ja"><head><title>t</title></head><body><article><h1>バッグ特集</h1>' +
      '<p class="credit">バッグ¥18,700(HARBOR LINE BLUE LABEL / ハーバー商会 TEL:03-0000-0000)</p>' +
      '<p>帆布を使った軽いショルダーバッグ。通勤にもちょうどいいサイズだ。</p>' +
      '<p class="credit">バッグ¥9,900(KAWANO / カワノ TEL:03-0000-0001)</p><p>丈夫な革の持ち手が付く。</p>' +
      '</article></body></html>';
    const it = gather(happyDoc(html), 'https://www.example-zasshi.jp/bags/3');
    let r = it.next();
    while (!r.done) r = it.next();
    const got = (Array.isArray(r.value) ? r.value : r.value.cands).filter((c) => c.format === 'anchor-cjk');
    expect(rows(got)).toEqual([
      ['HARBOR LINE BLUE LABEL', 'ショルダーバッグ', 18700],
      ['KAWANO', 'バッグ', 9900],
    ]);
  });
});
