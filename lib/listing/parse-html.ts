import { parseHTML } from 'linkedom';
import { capDepth } from './depth-cap';
import { MAX_SHOP_HTML_CHARS } from '../protocol/limits';

/** Pages larger than this are cut: a product's data sits in the first megabytes. */
export const MAX_HTML_CHARS = MAX_SHOP_HTML_CHARS;
/** Inline scripts longer than this are code bundles, not data: their bodies are dropped before parsing. */
export const MAX_SCRIPT_CHARS = 1_000_000;

/**
 * Parses page HTML with linkedom (no DOMParser in the service worker). Style and SVG bodies and
 * script bundles are dropped first: they hold no listing data and are most of a big page's weight.
 * JSON-LD and ordinary inline scripts (analytics data layers, app state) are kept. Nesting past
 * `MAX_DEPTH` is flattened, as browsers bound theirs (./depth-cap).
 */
export function parseProductHtml(html: string): Document {
  let text = typeof html === 'string' ? html.slice(0, MAX_HTML_CHARS) : '';
  text = dropBodies(text, 'style', () => true);
  text = dropBodies(text, 'svg', () => true);
  text = dropBodies(text, 'script', (attrs, length) => length > MAX_SCRIPT_CHARS && !/ld\+json/i.test(attrs));
  const { document } = parseHTML(text);
  capDepth(document as unknown as Document);
  return document as unknown as Document;
}

/**
 * Empties <tag>…</tag> bodies for which `drop(attributes, bodyLength)` says so. One forward scan:
 * an element left unclosed ends the scan, so hostile markup cannot make it quadratic.
 */
function dropBodies(html: string, tag: string, drop: (attrs: string, length: number) => boolean): string {
  const open = new RegExp(`<${tag}\\b([^>]*)>`, 'gi');
  const close = new RegExp(`</${tag}\\s*>`, 'gi');
  const out: string[] = [];
  let copied = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const bodyStart = m.index + m[0].length;
    close.lastIndex = bodyStart;
    const end = close.exec(html);
    if (!end) break;
    if (drop(m[1] ?? '', end.index - bodyStart)) {
      out.push(html.slice(copied, bodyStart));
      copied = end.index;
    }
    open.lastIndex = end.index + end[0].length;
  }
  if (!copied) return html;
  out.push(html.slice(copied));
  return out.join('');
}
