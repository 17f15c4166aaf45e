import { describe, expect, it } from 'vitest';
import { gather } from '@/lib/detect/pipeline';
import { sharedMaker, creditMaker } from '@/lib/detect/cjk-credit';
import type { Candidate } from '@/lib/detect/context';
import { happyDoc } from './helpers';

/** The CJK generators' readings of a Japanese article body, each once. */
function rows(body: string): unknown[] {
  const html = `<!DOCTYPE html><html lang="ja"><head><title>t</title></head><body><article>${body}</article></body></html>`;
  const it = gather(happyDoc(html), 'https://www.example-zasshi.jp/a/2');
  let r = it.next();
  while (!r.done) r = it.next();
  const cs = (Array.isArray(r.value) ? r.value : r.value.cands).filter((c: Candidate) => c.format === 'anchor-cjk');
  return [...new Set(cs.map((c) => JSON.stringify([c.brand, c.name, c.price?.amount ?? null])))].map(
    (x) => JSON.parse(x) as unknown,
  );
}

describe('Japanese credits listing several items', () => {
  it('reads every priced item of a credit whose maker follows the last price ("/以上…")', () => {
    const got = rows(
      '<section><h2>HERMES</h2><p>軽やかなキャンバスで、夏の旅にも。</p>' +
        '<p class="credit">バッグ(H20×W28×D10cm)¥520,300、スカーフ¥72,600(すべて予定価格)/以上エルメス(エルメスジャポン)</p>' +
        '</section>',
    );
    expect(got).toEqual([
      ['HERMES', 'バッグ', 520300],
      ['HERMES', 'スカーフ', 72600],
    ]);
  });

  it('keeps the maker of a credit that says it made both items, and skips a starred note before the credit', () => {
    const got = rows(
      '<ul><li>NORDLICHT 軽いナイロンで毎日使える。バッグ ¥31,900、ポーチ ¥8,800(共にノルドリヒト | ノルドリヒト 青山)</li>' +
        '<li>KAWANO 革の持ち手が手になじむ。バッグ ¥22,000 *刻印無料(カワノ | カワノ 銀座)</li></ul>',
    );
    expect(got).toEqual([
      ['NORDLICHT', 'バッグ', 31900],
      ['NORDLICHT', 'ポーチ', 8800],
      ['KAWANO', 'バッグ', 22000],
    ]);
  });

  it('reads a maker after the price note, and no maker from the note itself', () => {
    expect(sharedMaker('(予定価格)/以上ノルドリヒト(ノルドリヒト ジャパン)')).toBe('ノルドリヒト');
    expect(sharedMaker('(共にカワノ | カワノ 銀座)')).toBe('カワノ');
    expect(sharedMaker('(税込)')).toBeNull();
    expect(creditMaker('(すべて予定価格)')).toBeNull();
  });

  it('reads no maker from a picture credit in the brackets after a price, in any language', () => {
    for (const after of [
      ' (Fot. materiały prasowe)',
      ' (Photo: Instagram)',
      ' (Foto: PR)',
      ' (Bild: Hersteller)',
      '(写真提供:編集部)',
    ])
      expect(creditMaker(after)).toBeNull();
    expect(creditMaker('(ノルドリヒト 青山店)')).toBe('ノルドリヒト 青山店');
  });

  it('takes the model from a 【maker】name heading over a credit that names only the kind of item', () => {
    const got = rows(
      '<section><h2>【ノルドリヒト】フィヨルド ロングコート</h2><figure><img src="a.jpg" alt="">' +
        '<figcaption>コート¥88,000(ノルドリヒト 青山店〈ノルドリヒト〉)</figcaption></figure><p>雨にも強い。</p></section>',
    );
    expect(got).toContainEqual(['ノルドリヒト', 'フィヨルド ロングコート', 88000]);
  });

  it('reads "MAKERのNOUN" over a caption price as the maker and the item', () => {
    const got = rows(
      '<figure><img src="b.jpg" alt=""><figcaption><span>HARBOR LINE</span>のトートバッグ<br>H30×W40×D12cm ' +
        '<span>24,200円</span></figcaption></figure><p>初売りで見つけた一品。</p>',
    );
    expect(got).toEqual([['HARBOR LINE', 'トートバッグ', 24200]]);
  });
});

describe('Japanese prose that prices a quoted model', () => {
  it('gives a price sentence the model quoted before it, a bracketed price the quote right before it', () => {
    const got = rows(
      '<h2>NORDLICHT</h2><p>「ノルドリヒト」は人気のバッグ“フィヨルド”を刷新。目玉は軽いナイロン版で、価格は3万2000円。' +
        'さらに小型の“ミニ フィヨルド”(2万6000円)も加わる。</p>' +
        '<h2>KAWANO</h2><p>「カワノ」は革の“アーチ”を推す。色は5色で、価格は5万~5万4000円。</p>',
    );
    expect(got).toEqual([
      ['NORDLICHT', 'フィヨルド', 32000],
      ['NORDLICHT', 'ミニ フィヨルド', 26000],
      ['KAWANO', 'アーチ', null],
    ]);
  });
});

describe('Japanese headings that name a model without a price', () => {
  it('reads "MAKER「MODEL」", "MAKERのMODELとMODEL" and "MAKERのNOUNを…" headings, never a ranking label', () => {
    const got = rows(
      '<p>冬の足元におすすめのスニーカーを紹介。公式オンラインストアで1万9800円。</p>' +
        '<h2>ニューバランスの327と1906R</h2><p>どちらも雨に強いスエード。</p>' +
        '<h2>NORDLICHT「フィヨルド ハイ」</h2><p>厚手のソールで雪道も安心。</p>' +
        '<h2>KAWANOのトートバッグを一年使ってみた</h2><p>革がなじんできた。</p>' +
        '<h2>NORDLICHTの売れ筋No.1バッグ</h2><h2>GINZAのおすすめ</h2>',
    );
    expect(got).toEqual([
      ['ニューバランス', '327', null],
      ['ニューバランス', '1906R', null],
      ['NORDLICHT', 'フィヨルド ハイ', null],
      ['KAWANO', 'トートバッグ', null],
    ]);
  });
});

describe('Japanese street-snap credits', () => {
  it('reads "item:Maker" lines of a credit list whose maker the gazetteer does not know', () => {
    const got = rows(
      '<p>原宿で見つけた冬のスナップ。古着のコートは5000円で購入。</p>' +
        '<ul class="credits"><li>コート:Mori Atelier</li><li>ニット:Hoshizora Knits</li><li>メガネ:古着</li></ul>' +
        '<p>バッグ:Kumo Works</p>',
    );
    expect(got).toEqual([
      ['Mori Atelier', 'コート', null],
      ['Hoshizora Knits', 'ニット', null],
    ]);
  });

  it('reads "item／maker" lines in katakana, two makers of one piece, and no maker from a word for vintage', () => {
    const got = rows(
      '<p>雨の日の通勤コーデ。</p><dl class="credit"><dt>CREDIT</dt><dd>ニット／ハルノヒ</dd>' +
        '<dd>スカート／ミドリヤマ</dd><dd>ピアス／ソラノネ、ルーチェ・ビアンカ</dd><dd>バッグ／ヴィンテージ</dd></dl>',
    );
    expect(got).toEqual([
      ['ハルノヒ', 'ニット', null],
      ['ミドリヤマ', 'スカート', null],
      ['ソラノネ', 'ピアス', null],
      ['ルーチェ・ビアンカ', 'ピアス', null],
    ]);
  });

  it('reads "item maker" lines parted by an ideographic space, one list a day', () => {
    const got = rows(
      '<section><h2>月曜日</h2><ul><li>ワイドパンツ\u3000ナミキ</li><li>白シャツ\u3000Tokiwa Studio</li></ul></section>' +
        '<section><h2>火曜日</h2><ul><li>ワンピース\u3000アオゾラ</li></ul></section>' +
        '<p>撮影場所\u3000みなと公園</p>',
    );
    expect(got).toEqual([
      ['ナミキ', 'ワイドパンツ', null],
      ['Tokiwa Studio', '白シャツ', null],
      ['アオゾラ', 'ワンピース', null],
    ]);
  });

  it('reads the model after the maker when a category labels the line ("靴／Maker model")', () => {
    const got = rows(
      '<ul class="items"><li><span>トップス</span>／Kazeno\u3000リネンブラウス</li>' +
        '<li><span>靴</span>／ホシゾラ\u3000厚底のローファー（2021）</li></ul>',
    );
    expect(got).toEqual([
      ['Kazeno', 'リネンブラウス', null],
      ['ホシゾラ', '厚底のローファー', null],
    ]);
  });

  it('reads no credit from a lone line or from prose parted by a space', () => {
    expect(rows('<p>ニット／ハルノヒ</p><p>今日は朝から雨。コートを着て出かけた。</p>')).toEqual([]);
  });
});
