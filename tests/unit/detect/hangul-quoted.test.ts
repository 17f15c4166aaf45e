import { describe, expect, it } from 'vitest';
import { gather } from '@/lib/detect/pipeline';
import type { Candidate } from '@/lib/detect/context';
import { happyDoc } from './helpers';

function cands(body: string): Candidate[] {
  const html = `<!DOCTYPE html><html lang="ko"><head><title>t</title></head><body><article>${body}</article></body></html>`;
  const it = gather(happyDoc(html), 'https://www.example-news.kr/article/1');
  for (;;) {
    const r = it.next();
    if (r.done) return (Array.isArray(r.value) ? r.value : r.value.cands).filter((c) => c.format === 'anchor-cjk');
  }
}
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
