import { describe, expect, it } from 'vitest';
import { gather } from '@/lib/detect/pipeline';
import { lexicon, nounHits } from '@/lib/detect/lexicon';
import { lowerAlnum } from '@/lib/detect/text';
import type { Candidate } from '@/lib/detect/context';
import { happyDoc } from './helpers';

function cands(html: string, url: string): Candidate[] {
  const it = gather(happyDoc(html), url);
  for (;;) {
    const r = it.next();
    if (r.done) return Array.isArray(r.value) ? r.value : r.value.cands;
  }
}

const tile = (id: string, name: string, price: string) =>
  `<div class="goods-tile"><a href="https://www.minato-yohin.jp/jp/ja/products/${id}/01">` +
  `<p class="goods-tile__dept">WOMEN</p><h3 class="goods-tile__title">${name}</h3>` +
  `<p class="goods-tile__price">${price}</p><p class="goods-tile__stars">★4.3 (52)</p></a></div>`;

describe("a Japanese shop's own grid", () => {
  const html =
    '<!DOCTYPE html><html lang="ja"><head><title>新着</title>' +
    '<meta property="og:site_name" content="ミナト洋品店"></head><body><main><h1>新着アイテム</h1>' +
    '<div class="goods-grid">' +
    tile('A100', 'リネンオープンカラーシャツ', '期間限定価格¥2,990税込¥3,990') +
    tile('A101', 'ウールタックワイドパンツ', '¥4,990税込') +
    tile('A102', 'コットンボーダーカットソー', '¥1,990税込') +
    '</div></main></body></html>';

  it('names the tiles by the shop as the page writes it, skips the department line, and reads the sale price', () => {
    const got = cands(html, 'https://www.minato-yohin.jp/jp/ja/women/new').filter((c) => c.format === 'card');
    expect(got.map((c) => [c.brand, c.name, c.price?.amount])).toEqual([
      ['ミナト洋品店', 'リネンオープンカラーシャツ', 2990],
      ['ミナト洋品店', 'ウールタックワイドパンツ', 4990],
      ['ミナト洋品店', 'コットンボーダーカットソー', 1990],
    ]);
  });
});

describe('Japanese and Korean words', () => {
  it('compares names in kana, ideographs and Hangul by their letters, not as empty strings', () => {
    expect(lowerAlnum('ユニクロ')).not.toBe(lowerAlnum('ニット'));
    expect(lowerAlnum('가방')).not.toBe('');
  });

  it('finds Japanese negative cues inside unspaced text', () => {
    expect(lexicon().negative.test('同社が発表した連結決算は増収増益だった')).toBe(true);
    expect(lexicon().negative.test('春に着たい軽いコートを選んだ')).toBe(false);
  });

  it('counts Japanese product nouns inside longer words', () => {
    expect(nounHits('通勤に使えるショルダーバッグ')).toBeGreaterThan(0);
  });
});
