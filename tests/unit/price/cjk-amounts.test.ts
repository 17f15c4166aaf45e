import { describe, expect, it } from 'vitest';
import { findPrices } from '@/lib/price';
import { cjkValue } from '@/lib/price/cjk-numerals';

/** Each price found as [amount, currency, role]. */
const read = (text: string, currency?: string) =>
  findPrices(text, { defaultCurrency: currency }).map((m) => [m.amount, m.currency, m.role]);

describe('amounts written with East Asian place words', () => {
  it.each([
    ['3万9600円', 39600],
    ['2万円', 20000],
    ['1万2,800円', 12800],
    ['1.8万円', 18000],
    ['5千円', 5000],
    ['1万5千円', 15000],
  ])('%s is %d yen', (text, amount) => {
    expect(read(`ジャケット${text}(税込)`, 'JPY')).toEqual([[amount, 'JPY', 'current']]);
  });

  it.each([
    ['150만 원', 1500000],
    ['62만5천원', 625000],
    ['2천3백만원', 23000000],
    ['3백15만원', 3150000],
    ['45만 9천원', 459000],
  ])('%s is %d won', (text, amount) => {
    expect(read(`이 재킷은 ${text}에 판매된다.`, 'KRW')).toEqual([[amount, 'KRW', 'current']]);
  });

  it('reads a Chinese price with a decimal before 万', () => {
    expect(read('这只包售价2.6万元', 'CNY')).toEqual([[26000, 'CNY', 'current']]);
  });

  it('leaves out a price band, hundreds of millions and bare counts', () => {
    expect(read('予算は2万円台まで', 'JPY')).toEqual([]);
    expect(read('가격은 3백만원대로 예상된다', 'KRW')).toEqual([]);
    expect(read('아파트는 7억 2000만원에 팔렸다', 'KRW')).toEqual([]);
    expect(read('来場者は5万人を超えた', 'JPY')).toEqual([]);
  });

  it('rejects runs whose places are out of order or overflow', () => {
    expect(cjkValue('4백2천')).toBeNull();
    expect(cjkValue('2万15000')).toBeNull();
    expect(cjkValue('15千')).toBeNull();
    expect(cjkValue('6만8천5백')).toBe(68500);
  });
});

describe('CJK currency words and particles', () => {
  it('reads a price followed by Japanese text or a Korean particle', () => {
    expect(read('このニットは8,900円です', 'JPY')).toEqual([[8900, 'JPY', 'current']]);
    expect(read('정가는 189,000원이다', 'KRW')).toEqual([[189000, 'KRW', 'current']]);
  });

  it('does not read 원 at the start of another word as won', () => {
    expect(read('사이즈 2 원피스', 'KRW')).toEqual([]);
  });

  it('reads dollars, euros and yen written in Korean, Japanese and Chinese', () => {
    expect(read('미국에서는 1,450달러에 팔린다', 'KRW')).toEqual([[1450, 'USD', 'current']]);
    expect(read('現地価格は890ユーロ', 'JPY')).toEqual([[890, 'EUR', 'current']]);
    expect(read('售价199美元', 'CNY')).toEqual([[199, 'USD', 'current']]);
  });

  it('leaves out discounts, caps and fees', () => {
    expect(read('会員は1,000円引き', 'JPY')).toEqual([]);
    expect(read('送料¥770', 'JPY')).toEqual([]);
    expect(read('최대 50,000원 적립', 'KRW')).toEqual([]);
  });
});

describe('prices shown with and without tax', () => {
  it('reads a sale price, a tax note and the struck original as one sale pair', () => {
    expect(read('¥2,990税込¥3,990', 'JPY')).toEqual([
      [2990, 'JPY', 'current'],
      [3990, 'JPY', 'was'],
    ]);
  });

  it('keeps the price with tax when one price is shown before and after tax', () => {
    expect(read('¥12,000(税抜) ¥13,200(税込)', 'JPY')).toEqual([[13200, 'JPY', 'current']]);
    expect(read('本体価格¥8,000 税込¥8,800', 'JPY')).toEqual([[8800, 'JPY', 'current']]);
  });

  it('reads two prices with tax side by side as a sale pair, not as one price shown twice', () => {
    expect(read('¥12,000(税込) ¥20,000(税込)', 'JPY')).toEqual([
      [12000, 'JPY', 'current'],
      [20000, 'JPY', 'was'],
    ]);
  });
});
