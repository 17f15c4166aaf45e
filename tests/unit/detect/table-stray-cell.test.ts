import { describe, expect, it } from 'vitest';
import { table } from '@/lib/detect/formats/table';
import type { Ctx, Line } from '@/lib/detect/context';
import { collectLines } from '@/lib/detect/lines';
import { linkedomDoc } from './helpers';

/** A page read as the background reads it (linkedom keeps cells a browser would drop). */
function ctxOf(html: string): Ctx {
  const doc = linkedomDoc(`<!DOCTYPE html><html lang="en"><body>${html}</body></html>`);
  const lines: Line[] = [];
  const it = collectLines(doc, lines);
  while (!it.next().done);
  return { root: doc, doc, pageUrl: 'https://blog.example.org/p', host: 'blog.example.org', currency: 'USD', lines };
}

describe('the table reader on a stray cell', () => {
  it('reads the real table and skips a cell that sits outside any table', () => {
    const ctx = ctxOf(
      '<div><td>Loose cell, $10</td></div>' +
        '<table><tr><th>Product</th><th>Price</th></tr><tr><td>Arket wool coat</td><td>$250</td></tr></table>',
    );
    expect(() => table.detect(ctx)).not.toThrow();
    expect(table.detect(ctx).map((c) => c.price?.amount)).toContain(250);
  });
});
