// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as htmlparser2 from 'htmlparser2';
import { parserOnly } from '@/scripts/build/parser-only';
import { Parser } from '@/lib/listing/htmlparser2-parser';

type Hook = (this: unknown, source: string, importer?: string) => string | null;

describe('parserOnly (linkedom’s htmlparser2 import in the build)', () => {
  const resolveId = parserOnly('/repo').resolveId as Hook;

  it('points linkedom’s import at the by-name re-export, and nobody else’s', () => {
    const linkedom = '/repo/node_modules/linkedom/esm/shared/parse-from-string.js';
    expect(resolveId('htmlparser2', linkedom)).toBe('/repo/lib/listing/htmlparser2-parser.ts');
    // The re-export itself reaches the real package, as does any other importer.
    expect(resolveId('htmlparser2', '/repo/lib/listing/htmlparser2-parser.ts')).toBeNull();
    expect(resolveId('htmlparser2', '/repo/node_modules/cheerio/dist/esm/index.js')).toBeNull();
    expect(resolveId('css-select', linkedom)).toBeNull();
  });

  it('re-exports the same Parser linkedom read from the namespace', () => {
    expect(Parser).toBe(htmlparser2.Parser);
  });
});
