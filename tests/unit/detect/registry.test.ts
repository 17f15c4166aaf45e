import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS, PRODUCT_PAGE } from '@/lib/detect/formats';
import { run } from '@/lib/detect/pipeline';
import type { Candidate } from '@/lib/detect/context';
import { fixtures, happyDoc } from './helpers';

const files = readdirSync(join(__dirname, '../../../lib/detect/formats'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));
const registered = [PRODUCT_PAGE, ...FORMATS];
const articles = fixtures('articles');

function kept(html: string, url: string): Candidate[] {
  const it = run(happyDoc(html), url);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
  }
}

describe('format registry', () => {
  it('registers every format file once, under its file name', () => {
    expect(registered.map((f) => f.id).sort()).toEqual([...files].sort());
    expect(new Set(registered.map((f) => f.id)).size).toBe(registered.length);
  });

  for (const id of files) {
    it(`${id} is exercised by a fixture whose kept mentions come from it`, () => {
      const using = articles.filter((a) => a.expected.formats?.includes(id));
      expect(using.length, `no fixture lists ${id}`).toBeGreaterThan(0);
      for (const a of using) {
        const formats = kept(a.html, a.expected.pageUrl).map((c) => c.format);
        expect(formats, a.file).toContain(id);
      }
    });
  }
});
