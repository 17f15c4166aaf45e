import { describe, expect, it } from 'vitest';
import { readPrice } from '@/lib/price';
import { HELDOUT, HELDOUT_2, HELDOUT_3, type HeldoutCase } from './real-world-cases';

/** The share of cases read right, printed with the misses so the report can quote them. */
function accuracy(name: string, cases: HeldoutCase[]): number {
  const wrong: string[] = [];
  for (const [text, amount, currency, defaultCurrency] of cases) {
    const got = readPrice(text, { defaultCurrency });
    const ok = amount === null ? got.amount === null : got.amount === amount && got.currency === currency;
    if (!ok) wrong.push(`${JSON.stringify(text)} → ${JSON.stringify(got)}, want ${amount} ${currency}`);
  }
  const share = (cases.length - wrong.length) / cases.length;
  console.log(`${name}: ${(share * 100).toFixed(1)}% of ${cases.length}${wrong.map((w) => `\n  ${w}`).join('')}`);
  return share;
}

describe('held-out real-world price strings', () => {
  it('reads at least 95% of the first batch right', () => {
    expect(accuracy('price held-out batch 1', HELDOUT)).toBeGreaterThanOrEqual(0.95);
  });

  it('reads at least 95% of the second batch right', () => {
    expect(accuracy('price held-out batch 2', HELDOUT_2)).toBeGreaterThanOrEqual(0.95);
  });

  it('reads at least 95% of the third batch right', () => {
    expect(accuracy('price held-out batch 3', HELDOUT_3)).toBeGreaterThanOrEqual(0.95);
  });
});
