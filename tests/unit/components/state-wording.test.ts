import { describe, expect, it } from 'vitest';
import { isLivePricesOff, plainReason } from '@/components/state-wording';
import { REASONS } from '@/lib/protocol/reasons';

describe('plainReason', () => {
  it('gives every resolver reason plain words, none of them the raw technical text', () => {
    const fixed: string[] = Object.values(REASONS).filter((r) => typeof r === 'string') as string[];
    const all: string[] = [
      ...fixed.filter((r) => r !== REASONS.noPermission && r !== REASONS.stopped),
      REASONS.timeout(10_000),
      REASONS.notFound(410),
      REASONS.serverError(502),
      REASONS.httpError(418),
      REASONS.tooLarge(5 * 1024 * 1024),
    ];
    for (const reason of all) {
      const words = plainReason(reason);
      expect(words, reason).not.toBe(reason);
      expect(words, reason).not.toMatch(/\d/);
    }
  });

  it('says the same for the same failure whatever its number', () => {
    expect(plainReason(REASONS.timeout(10_000))).toBe('The shop didn’t answer');
    expect(plainReason(REASONS.timeout(2_500))).toBe('The shop didn’t answer');
    expect(plainReason(REASONS.notFound(404))).toBe(plainReason(REASONS.notFoundPage));
  });

  it('shows an unknown reason as it is, and knows the live-prices-off reason', () => {
    expect(plainReason('Something new')).toBe('Something new');
    expect(isLivePricesOff(REASONS.noPermission)).toBe(true);
    expect(isLivePricesOff(REASONS.network)).toBe(false);
  });
});
