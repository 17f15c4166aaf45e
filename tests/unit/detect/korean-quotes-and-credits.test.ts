import { describe, expect, it } from 'vitest';
import { gather } from '@/lib/detect/pipeline';
import type { Candidate } from '@/lib/detect/context';
import { happyDoc } from './helpers';

function gatherCands(body: string): Candidate[] {
  const html = `<!DOCTYPE html><html lang="ko"><head><title>t</title></head><body><article>${body}</article></body></html>`;
  const it = gather(happyDoc(html), 'https://www.example-news.kr/article/1');
  for (;;) {
    const r = it.next();
    if (r.done) return Array.isArray(r.value) ? r.value : r.value.cands;
  }
}
const cands = (body: string) => gatherCands(body).filter((c) => c.format === 'anchor-cjk');
const rows = (cs: Candidate[]) =>
  [...new Set(cs.map((c) => JSON.stringify([c.brand, c.name, c.price?.amount])))].map((r) => JSON.parse(r) as unknown);

describe('Korean prose that quotes a product with its price in brackets', () => {
  it('reads the first word inside the quotes as the maker, with a pack size before the price', () => {
    const got = cands(
      '<p>이번 달 가장 많이 팔린 토너는 ‘하늘샘 약산성 토너’(150ml·1만8000원)였고, ' +
        '2위는 ‘달빛 수분 립스틱’(3.5g·9900원)이었다.</p>',
    );
    expect(rows(got)).toEqual([
      ['하늘샘', '약산성 토너', 18000],
      ['달빛', '수분 립스틱', 9900],
    ]);
  });

  it('takes a maker the gazetteer knows at the start of the quote as it is written', () => {
    const got = cands('<p>새로 나온 ‘프라다 나일론 미니 가방’(189만원)이 인기다.</p>');
    expect(rows(got)).toEqual([['프라다', '나일론 미니 가방', 1890000]]);
  });

  it('reads no quote that stands apart from the price', () => {
    const got = cands(
      '<p>이번 달 가장 많이 팔린 토너는 ‘하늘샘 약산성 토너’(150ml·1만8000원)였고, ' +
        '2위는 ‘달빛 수분 립스틱’(3.5g·9900원)이었다.</p>' +
        '<p>‘가성비 끝판왕’이라는 말이 나온다. 가격은 3만원이다.</p>',
    );
    expect(rows(got)).toEqual([
      ['하늘샘', '약산성 토너', 18000],
      ['달빛', '수분 립스틱', 9900],
    ]);
  });
});

describe('Korean magazine credits with the maker after the price', () => {
  const credits = (body: string) =>
    gatherCands(body)
      .filter((c) => c.format === 'anchor-credit')
      .map((c) => [c.brand, c.name, c.price?.amount]);

  it('reads item, price and maker with no mark between, and a maker named once for all', () => {
    expect(
      credits(
        '<p>올겨울 눈여겨본 아우터.</p><p>소가죽 소재의 라이더 재킷 98만원 하늘공방.</p>' +
          '<p>울 코트 289만원, 니트 89만원 모두 바람섬.</p>',
      ),
    ).toEqual([
      ['하늘공방', '소가죽 소재의 라이더 재킷', 980000],
      ['바람섬', '울 코트', 2890000],
      ['바람섬', '니트', 890000],
    ]);
  });

  it('reads no maker from a sentence going on after the price', () => {
    expect(
      credits(
        '<p>올겨울 눈여겨본 아우터.</p><p>소가죽 소재의 라이더 재킷 98만원 하늘공방.</p>' +
          '<p>이 코트는 39만원 정도로 저렴하다. 니트 코트 29만원에 판매된다.</p>',
      ),
    ).toEqual([['하늘공방', '소가죽 소재의 라이더 재킷', 980000]]);
  });
});
