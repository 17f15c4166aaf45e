import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Candidate, Ctx, Format } from '@/lib/detect/context';
import { readSafely } from '@/lib/detect/safe-read';

const ctx = {} as Ctx;
const found = [{ brand: 'Arket', name: 'Wool coat' } as Candidate];

describe('a detection reader that fails', () => {
  afterEach(() => vi.restoreAllMocks());

  it('costs its own candidates only, and says which reader failed', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const deep: Format = {
      id: 'deep-reader',
      detect: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    };
    expect(readSafely(deep, ctx)).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('deep-reader');
  });

  it('passes a working reader’s candidates through', () => {
    expect(readSafely({ id: 'fine', detect: () => found }, ctx)).toBe(found);
  });
});
