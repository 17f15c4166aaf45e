/** Fixture reading and page assembly shared by the benchmark's sections (repo fixtures only). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

/** The repository root, whatever the working directory. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A file under the repository root, as text. */
export const readRepoFile = (rel: string): string => readFileSync(join(ROOT, rel), 'utf8');

/** The .html files of a fixture folder, sorted by name. */
export function fixtureNames(dir: string): string[] {
  return readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** A linkedom document, typed as the DOM one the library code takes. */
export const parse = (html: string): Document => parseHTML(html).document as unknown as Document;

/** What a page's <article> holds (else its <body>): the part worth repeating to grow a page. */
export function articleInner(html: string): string {
  const doc = parse(html);
  return (doc.querySelector('article') ?? doc.body)?.innerHTML ?? '';
}

/** Joins `chunk(0)`, `chunk(1)`, … until the text is at least `chars` long. */
export function fillTo(chars: number, chunk: (k: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let k = 0; length < chars; k++) {
    const next = chunk(k);
    if (!next) throw new Error('bench: fillTo needs non-empty chunks');
    parts.push(next);
    length += next.length;
  }
  return parts.join('');
}

const SITE_HEADER =
  '<header class="site-header"><a href="/">The Bench Review</a>' +
  '<nav><a href="/news">News</a> <a href="/style">Style</a> <a href="/culture">Culture</a></nav></header>';

/** A publisher's page shell (header, article, footer) around `inner`. */
export function articlePage(title: string, inner: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>
${SITE_HEADER}
<main><article><h1>${title}</h1>${inner}</article></main>
<footer class="site-footer"><a href="/about">About us</a> · <a href="/privacy">Privacy</a></footer>
</body></html>`;
}
