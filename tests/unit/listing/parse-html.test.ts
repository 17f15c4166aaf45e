import { describe, expect, it } from 'vitest';
import { MAX_SCRIPT_CHARS, parseProductHtml } from '@/lib/listing/parse-html';

describe('parseProductHtml', () => {
  it('drops style and SVG bodies and script bundles, keeps JSON-LD and small inline scripts', () => {
    const bundle = 'x'.repeat(MAX_SCRIPT_CHARS + 1);
    const bigLd = `{"@type":"Product","name":"A","d":"${'y'.repeat(MAX_SCRIPT_CHARS)}"}`;
    const doc = parseProductHtml(
      `<html><head><style>.a{color:red}</style><script>var bundle="${bundle}"</script><script>dataLayer=[{"a":1}]</script>` +
        `<script type="application/ld+json">${bigLd}</script></head><body><svg><text>icon</text></svg><h1>Title</h1></body></html>`,
    );
    const scripts = Array.from(doc.querySelectorAll('script')).map((s) => s.textContent ?? '');
    expect(scripts[0]).toBe('');
    expect(scripts[1]).toBe('dataLayer=[{"a":1}]');
    expect(scripts[2]).toBe(bigLd);
    expect(doc.querySelector('style')?.textContent).toBe('');
    expect(doc.querySelector('svg')?.textContent).toBe('');
    expect(doc.querySelector('h1')?.textContent).toBe('Title');
  });

  it('copes with unclosed tags and non-string input', () => {
    expect(parseProductHtml('<script>'.repeat(200_000) + '<h1>x</h1>')).toBeDefined();
    expect(parseProductHtml('<style>'.repeat(200_000))).toBeDefined();
    expect(parseProductHtml(undefined as unknown as string).querySelector('h1')).toBeNull();
  });
});
