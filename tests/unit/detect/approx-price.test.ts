import { describe, expect, it } from 'vitest';
import { clusters } from '@/lib/detect/clusters';
import { priceLine } from '@/lib/detect/anchors/price-line';
import { lineCtx } from './helpers';
import { APPROX_END } from '@/lib/detect/approx-words';

// A hedged price in prose ("(around ₹150)", ", about $84,"): the hedge stands between the name and its price the way
// "was" or "from" does, so the name before it is read as it would be without the hedge.
describe('hedged prices', () => {
  const read = (body: string) => {
    const ctx = lineCtx(body, 'en');
    ctx.currency = 'USD';
    for (const line of ctx.lines) clusters(ctx, line);
    return priceLine.detect(ctx).map((c) => [c.name, c.price?.amount]);
  };
  const has = (body: string, want: unknown[]) => expect(read(body)).toContainEqual(want);

  it('reads the name before a bracketed or comma-set hedged price', () => {
    has('<p>I love the Lindenberg Rosehip Face Oil (around $24) for dry days.</p>', [
      'Lindenberg Rosehip Face Oil',
      24,
    ]);
    has('<p>I love the Lindenberg Rosehip Face Oil (approx. $24) for dry days.</p>', [
      'Lindenberg Rosehip Face Oil',
      24,
    ]);
    has('<p>The quilted throw from Marlow Mills, about $84, is my pick.</p>', ['quilted throw from Marlow Mills', 84]);
  });

  it('reads the same candidates as without the hedge', () => {
    const plain = read('<p>I love the Lindenberg Rosehip Face Oil ($24) for dry days.</p>');
    expect(plain.length).toBeGreaterThan(0);
    expect(read('<p>I love the Lindenberg Rosehip Face Oil (roughly $24) for dry days.</p>')).toEqual(plain);
  });

  it('strips only whole hedging words at the end', () => {
    expect('Face Oil (around '.replace(APPROX_END, '')).toBe('Face Oil (');
    expect('Tea caddies, environ '.replace(APPROX_END, '')).toBe('Tea caddies, ');
    // "Playground" ends in "round", "Drabout" in "about": no hedge there.
    expect('Playground '.replace(APPROX_END, '')).toBe('Playground ');
    expect('Drabout '.replace(APPROX_END, '')).toBe('Drabout ');
  });
});
