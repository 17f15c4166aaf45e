import { describe, expect, it } from 'vitest';
import { possessivePrice } from '@/lib/detect/anchors/possessive-price';
import { gather } from '@/lib/detect/pipeline';
import type { Candidate } from '@/lib/detect/context';
import { happyDoc } from './helpers';

const page = (body: string) =>
  happyDoc(
    `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><article>${body}</article></body></html>`,
  );

function cands(body: string): Candidate[] {
  const it = gather(page(body), 'https://www.example-blog.com/2024/03/spring-picks/');
  for (;;) {
    const r = it.next();
    if (r.done) return Array.isArray(r.value) ? r.value : r.value.cands;
  }
}

const possessive = (body: string) =>
  cands(body)
    .filter((c) => c.format === possessivePrice.id && c.claims.length === 1)
    .map((c) => [c.brand, c.name, c.price?.amount ?? null]);

describe('possessive makers before a price in prose', () => {
  it('reads "Maker\'s piece ($P)" twice in one sentence', () => {
    const got = possessive(
      "<p>For the office I rotate Tallow Row's pleated wool trousers ($128) and Brightwick's cotton poplin " +
        'shirt ($74), both of which survive a hot wash.</p>',
    );
    expect(got).toEqual(
      expect.arrayContaining([
        ['Tallow Row', 'pleated wool trousers', 128],
        ['Brightwick', 'cotton poplin shirt', 74],
      ]),
    );
  });

  it('reads "Maker\'s piece, at $P" and ignores pronouns and non-products', () => {
    const got = possessive(
      "<p>Grab Ferncliff's waxed canvas tote, at $95. It's a bargain: $20 buys lunch.</p>" +
        "<p>Last year's profit ($4 million) was a record.</p>",
    );
    expect(got).toContainEqual(['Ferncliff', 'waxed canvas tote', 95]);
    expect(got.map((g) => g[0])).not.toContain('It');
    expect(got.map((g) => g[0])).not.toContain('Last year');
  });
});
