import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Listing } from '@/lib/listing/types';
import type { SourceName, SourceResult } from '@/lib/listing/extractor';

export const RETAIL_DIR = join(__dirname, '../../fixtures/retail');

/** A hand-written product page and what it holds. */
export interface RetailFixture {
  name: string;
  html: string;
  url: string;
  about: string;
  expected: Listing;
  /** What each named extractor alone must read from the page. */
  sources: Partial<Record<SourceName, Partial<SourceResult>>>;
}

export function loadRetailFixtures(): RetailFixture[] {
  return readdirSync(RETAIL_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.html$/, '');
      const meta = JSON.parse(readFileSync(join(RETAIL_DIR, `${name}.json`), 'utf8')) as Omit<
        RetailFixture,
        'name' | 'html'
      >;
      return { name, html: readFileSync(join(RETAIL_DIR, f), 'utf8'), ...meta };
    });
}
