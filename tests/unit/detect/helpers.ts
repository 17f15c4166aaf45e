import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import type { Mention } from '@/lib/detect/types';
import type { Ctx, Line } from '@/lib/detect/context';
import { collectLines } from '@/lib/detect/lines';
import { setPageLanguage } from '@/lib/detect/lexicon';

export const FIXTURES = join(__dirname, '../../fixtures');

export interface Expected {
  pageUrl: string;
  formats?: string[];
  mentions: Mention[];
}

/** The .html files of a fixture folder with their expected results. */
export function fixtures(dir: string): { file: string; html: string; expected: Expected }[] {
  const base = join(FIXTURES, dir);
  return readdirSync(base)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const json = join(base, file.replace(/\.html$/, '.expected.json'));
      let expected: Expected = { pageUrl: `https://example.com/${file}`, mentions: [] };
      try {
        expected = JSON.parse(readFileSync(json, 'utf8')) as Expected;
      } catch {
        // Negative pages have no expected file: they must yield nothing.
      }
      return { file, html: readFileSync(join(base, file), 'utf8'), expected };
    });
}

/** A document as the content script sees it (happy-dom, the test environment's DOM). */
// A window of its own that never fetches a fixture's stylesheets or scripts.
const window = new Window({
  settings: {
    disableCSSFileLoading: true,
    disableJavaScriptFileLoading: true,
    disableJavaScriptEvaluation: true,
    disableIframePageLoading: true,
  },
});
export const happyDoc = (html: string): Document =>
  new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;

/**
 * A generator's context for an article body on a blog page in `lang`, its lines read as the pipeline reads them.
 * The pipeline sets the page's language once per page; this context stands in for the pipeline.
 */
export function lineCtx(body: string, lang: string, currency = 'USD'): Ctx {
  const doc = happyDoc(`<!DOCTYPE html><html lang="${lang}"><body><article>${body}</article></body></html>`);
  setPageLanguage(lang);
  const lines: Line[] = [];
  const it = collectLines(doc, lines);
  while (!it.next().done);
  return { root: doc, doc, pageUrl: 'https://blog.example.org/post', host: 'blog.example.org', currency, lines };
}

/** A document as the CLI and the background see it (linkedom). */
export const linkedomDoc = (html: string): Document => parseHTML(html).document as unknown as Document;

/** Case, accents and punctuation do not matter when comparing display names. */
export const fold = (s: string | null | undefined): string | null =>
  s == null
    ? null
    : s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '');

/** The comparable form of a mention: names folded, price and link exact. */
export const comparable = (m: Mention) => ({
  brand: fold(m.brand),
  name: fold(m.name),
  price: m.price ? { amount: m.price.amount, currency: m.price.currency } : null,
  retailer: fold(m.retailer),
  url: m.url,
});
