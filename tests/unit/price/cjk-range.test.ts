import { describe, expect, it } from 'vitest';
import { findPrices } from '@/lib/price';

const read = (s: string) => findPrices(s, { defaultCurrency: 'JPY' }).map((p) => [p.amount, p.currency, p.role]);

describe('Japanese price ranges written with place words', () => {
  it('reads "5万~5万4000円" after a particle as a range, with either wave dash', () => {
    const band = [
      [50000, 'JPY', 'range-low'],
      [54000, 'JPY', 'range-high'],
    ];
    expect(read('価格は5万~5万4000円。')).toEqual(band);
    expect(read('価格は5万〜5万4000円')).toEqual(band);
    expect(read('価格は5万～5万4000円')).toEqual(band);
  });

  it('leaves counts and bare amounts without a currency alone', () => {
    expect(read('来場者は3万人を超えた')).toEqual([]);
    expect(read('会員は月2万、年会費は別')).toEqual([]);
    expect(read('価格は2万8600円')).toEqual([[28600, 'JPY', 'current']]);
  });
});
