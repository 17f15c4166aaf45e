import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS, PRODUCT_PAGE } from '@/lib/detect/formats';
import { gather } from '@/lib/detect/pipeline';
import type { Candidate } from '@/lib/detect/context';
import { fixtures, happyDoc } from './helpers';

const files = readdirSync(join(__dirname, '../../../lib/detect/formats'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));
const registered = [PRODUCT_PAGE, ...FORMATS];
const articles = fixtures('articles');

// Formats are candidate generators now: the trained scorer picks among overlapping readings, so a
// format is exercised when it proposes a candidate for one of the fixture's expected mentions.
function proposed(html: string, url: string, expected: { name: string }[]): Candidate[] {
  const it = gather(happyDoc(html), url);
  for (;;) {
    const r = it.next();
    if (r.done) {
      const cands = Array.isArray(r.value) ? r.value : r.value.cands;
      const names = new Set(expected.map((e) => e.name.toLowerCase()));
      return cands.filter((c) => names.has(c.name.toLowerCase()));
    }
  }
}

describe('format registry', () => {
  it('registers every format file once, under its file name', () => {
    expect(registered.map((f) => f.id).sort()).toEqual([...files].sort());
    expect(new Set(registered.map((f) => f.id)).size).toBe(registered.length);
  });

  for (const id of files) {
    it(`${id} is exercised by a fixture: it proposes one of its expected mentions`, () => {
      const using = articles.filter((a) => a.expected.formats?.includes(id));
      expect(using.length, `no fixture lists ${id}`).toBeGreaterThan(0);
      for (const a of using) {
        const formats = proposed(a.html, a.expected.pageUrl, a.expected.mentions).map((c) => c.format);
        expect(formats, a.file).toContain(id);
      }
    });
  }
});
