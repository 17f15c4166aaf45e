import { readSources } from '@/lib/listing';
import type { SourceName, SourceResult } from '@/lib/listing/extractor';
import { parseProductHtml } from '@/lib/listing/parse-html';

/** What one extractor reads from a small page. */
export function readSource(
  name: SourceName,
  body: string,
  head = '',
  url = 'https://shop.example.com/p/1',
): SourceResult {
  const html = `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  return readSources(parseProductHtml(html), url)[name] ?? { confidence: 0 };
}

export const ld = (value: unknown): string =>
  `<script type="application/ld+json">${typeof value === 'string' ? value : JSON.stringify(value)}</script>`;
