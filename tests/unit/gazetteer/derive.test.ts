import { describe, expect, it } from 'vitest';
import { derivedKeys } from '@/lib/gazetteer/derive';

describe('derivedKeys', () => {
  it('drops a generic tail and joins the words', () => {
    expect(derivedKeys('jo malone london')).toEqual([{ key: 'jo malone', ambiguous: false }]);
    expect(derivedKeys('cult gaia studio')).toEqual([
      { key: 'cult gaia', ambiguous: false },
      { key: 'cultgaiastudio', ambiguous: false },
    ]);
  });

  it('marks a single word left after the tail as ambiguous', () => {
    expect(derivedKeys('rare beauty')).toContainEqual({ key: 'rare', ambiguous: true });
  });

  it('drops a two-word tail before a one-word one', () => {
    expect(derivedKeys('sea new york')[0]).toEqual({ key: 'sea', ambiguous: true });
  });

  it('never leaves a name ending on a joining word', () => {
    expect(derivedKeys('lock and co').map((d) => d.key)).not.toContain('lock and');
  });

  it('does not join short parts into everyday words', () => {
    expect(derivedKeys('li ning')).toEqual([]);
    expect(derivedKeys('ray ban')).toEqual([{ key: 'rayban', ambiguous: false }]);
  });

  it('derives no key without a letter: a figure left of a generic tail reads in prices and percentages', () => {
    expect(derivedKeys('3 4 denim').map((d) => d.key)).toEqual([]);
    expect(derivedKeys('7 london').map((d) => d.key)).toEqual([]);
  });

  it('derives nothing from one plain word', () => {
    expect(derivedKeys('ganni')).toEqual([]);
  });
});
