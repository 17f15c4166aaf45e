import { describe, expect, it } from 'vitest';
import { cutJapaneseClause, cutKoreanClause } from '@/lib/detect/cjk-clause';
import { cutClause } from '@/lib/detect/name-clause';

describe('Korean particles glued to a piece named in a sentence', () => {
  it('cuts the piece at the particle a predicate follows', () => {
    expect(cutKoreanClause('울 코트는 백화점에서 샀는데 따뜻하다')).toBe('울 코트');
    expect(cutKoreanClause('가죽 로퍼가 정장에도 잘 어울린다.')).toBe('가죽 로퍼');
    expect(cutKoreanClause('미니 토트백을 선물하면 좋다')).toBe('미니 토트백');
  });

  it('drops the maker’s possessive before the piece', () => {
    expect(cutKoreanClause('구찌의 홀스빗 로퍼')).toBe('홀스빗 로퍼');
    expect(cutKoreanClause('(Coach)의 태비 숄더백이 눈에 띈다')).toBe('태비 숄더백');
  });

  it('keeps a possessive that describes the piece, not its maker', () => {
    expect(cutKoreanClause('양가죽 소재의 라이더 재킷')).toBe('양가죽 소재의 라이더 재킷');
    expect(cutKoreanClause('네이비 컬러의 롱 코트')).toBe('네이비 컬러의 롱 코트');
  });

  it('drops a topic or object particle closing the name', () => {
    expect(cutKoreanClause('24SS 린넨 셔츠는')).toBe('24SS 린넨 셔츠');
  });

  it('keeps names that only end like a particle, and names without Hangul', () => {
    expect(cutKoreanClause('넥타이 세트')).toBe('넥타이 세트');
    expect(cutKoreanClause('실크 스카프 (블루)')).toBe('실크 스카프 (블루)');
    expect(cutKoreanClause('Le Pliage Tote')).toBe('Le Pliage Tote');
  });

  it('is what the name tidying does on a Korean page, and nothing on other pages', () => {
    expect(cutClause('면 셔츠는 온라인몰에서 구입했으며', 'ko-KR')).toBe('면 셔츠');
    expect(cutClause('면 셔츠는 온라인몰에서 구입했으며', 'en')).toBe('면 셔츠는 온라인몰에서 구입했으며');
  });
});

describe('a quoted model that is the subject of a Japanese sentence', () => {
  it('takes the quoted model before a case particle', () => {
    expect(cutJapaneseClause('メンズの「ウールブレンドチェスターコート」は今週から値下げ')).toBe(
      'ウールブレンドチェスターコート',
    );
    expect(cutJapaneseClause('「リネンシャツ」が再入荷')).toBe('リネンシャツ');
    expect(cutJapaneseClause('人気の「レザートート」を買い足した')).toBe('レザートート');
  });

  it('keeps a quote that names a line before the piece, and names without a quote', () => {
    expect(cutJapaneseClause('「ホリデー」の限定リップ')).toBe('「ホリデー」の限定リップ');
    expect(cutJapaneseClause('カシミヤ クルーネック ニット')).toBe('カシミヤ クルーネック ニット');
  });

  it('is what the name tidying does on a Japanese page', () => {
    expect(cutClause('新作の「キルティングコート」は軽い', 'ja')).toBe('キルティングコート');
  });
});
