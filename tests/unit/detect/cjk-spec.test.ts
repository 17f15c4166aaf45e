import { describe, expect, it } from 'vitest';
import { gather } from '@/lib/detect/pipeline';
import type { Candidate } from '@/lib/detect/context';
import { happyDoc } from './helpers';

function specs(body: string, lang: string, url: string): Candidate[] {
  const html = `<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body><article>${body}</article></body></html>`;
  const it = gather(happyDoc(html), url);
  for (;;) {
    const r = it.next();
    if (r.done) return (Array.isArray(r.value) ? r.value : r.value.cands).filter((c) => c.format === 'table');
  }
}
const rows = (cs: Candidate[]) => cs.map((c) => [c.brand, c.name, c.price?.amount ?? null]);

describe('spec boxes of Japanese and Korean pages', () => {
  it('reads a Korean spec list under a maker heading, with no price where the row names none', () => {
    const spec = (maker: string, name: string, price: string) =>
      `<div class="spec"><h3>${maker}</h3><dl><dt>이름</dt><dd>${name}</dd><dt>소재</dt><dd>소가죽</dd>` +
      `<dt>가격</dt><dd>${price}</dd></dl><p>올겨울 가장 자주 들게 될 가방.</p></div>`;
    const got = specs(
      '<p>이번 시즌 새로 나온 가방을 살펴봤다.</p>' +
        spec('프라다', '클레오 숄더백', '3백45만원') +
        spec('셀린느', '트리옹프 미니', '2백만원대') +
        spec('구찌', '홀스빗 토트', '미정'),
      'ko',
      'https://www.example-magazine.co.kr/fashion/1',
    );
    expect(rows(got)).toEqual([
      ['프라다', '클레오 숄더백', 3450000],
      ['셀린느', '트리옹프 미니', null],
      ['구찌', '홀스빗 토트', null],
    ]);
  });

  it('reads a Japanese item table with brand, item and price rows, dropping the reading after the brand', () => {
    const got = specs(
      '<p>今日のおすすめ商品です。</p><table><tbody><tr><th>【ブランド】</th><td>Halden Knit(ハルデンニット)</td></tr>' +
        '<tr><th>【アイテム】</th><td>Shetland Crew Sweater</td></tr><tr><th>【価格】</th><td>¥22,000-(税込)</td></tr>' +
        '</tbody></table>',
      'ja',
      'https://example-select.jp/blog/2',
    );
    expect(rows(got)).toEqual([['Halden Knit', 'Shetland Crew Sweater', 22000]]);
  });
});
