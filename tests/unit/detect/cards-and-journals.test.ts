import { describe, expect, it } from 'vitest';
import type { Line } from '@/lib/detect/context';
import { collectLines } from '@/lib/detect/lines';
import { linkedomDoc } from './helpers';

/** The text of every line collectLines reads from a page. */
function lineTexts(html: string): string[] {
  const lines: Line[] = [];
  const g = collectLines(linkedomDoc(html), lines);
  while (!g.next().done);
  return lines.map((l) => l.text);
}

describe('chrome classes and the article', () => {
  it('reads an article whose class names the site’s kind ("newsletter-post") when it holds the headline', () => {
    const html =
      '<html><body><article class="letter newsletter-post"><h1>Winter picks</h1>' +
      '<p>A warm <a href="https://knits.example/products/scarf">lambswool scarf</a> ($60) from Knit Co.</p>' +
      '</article><div class="newsletter-signup"><p>Sign up for our letter</p></div></body></html>';
    const t = lineTexts(html);
    expect(t).toContain('Winter picks');
    expect(t.some((x) => x.includes('lambswool scarf'))).toBe(true);
    // The sign-up box around no headline stays chrome.
    expect(t.some((x) => x.includes('Sign up'))).toBe(false);
  });

  it('reads a headline box with a chrome class but still skips the navigation inside it', () => {
    const html =
      '<html><body><div class="site-header"><h1>The Shop</h1><nav><a href="/a">Women</a></nav></div>' +
      '<main><p>Body text here</p></main></body></html>';
    const t = lineTexts(html);
    expect(t).toContain('The Shop');
    expect(t.some((x) => x.includes('Women'))).toBe(false);
  });
});
