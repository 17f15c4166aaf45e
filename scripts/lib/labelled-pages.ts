/**
 * Every labelled page the detector learns from and is scored on: the repo's fixture sets
 * (tests/fixtures/NAME/*.html beside *.expected.json; pages without one in a set named
 * "negative" are negatives) and the shared corpus's 48 pages, read in place, never copied.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { registrableDomain } from '../../lib/gazetteer/public-suffix';
import type { Mention } from '../../lib/detect/types';
import { readSharedCases, sharedCasesDir } from './shared-corpus';

export interface LabelledPage {
  /** "set/file" — unique. */
  id: string;
  set: string;
  /** Registrable domain of the page URL: the unit of leave-one-site-out cross-validation. */
  site: string;
  url: string;
  html: string;
  lang: string;
  /** The page's own `kind` label when it has one, else negative / single (1–2 mentions) / list. */
  kind: string;
  expected: Mention[];
}

const langOf = (html: string) => (/<html[^>]*\blang=["']?([a-zA-Z]{2})/i.exec(html)?.[1] ?? '??').toLowerCase();
const kindOf = (n: number): LabelledPage['kind'] => (n === 0 ? 'negative' : n <= 2 ? 'single' : 'list');

function siteOf(url: string, fallback: string): string {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host === 'example.com' ? fallback : (registrableDomain(host) ?? host);
  } catch {
    return fallback;
  }
}

/** One folder of pages (X.html beside X.expected.json). */
function folderPages(dir: string, set: string, idPrefix: string): LabelledPage[] {
  const out: LabelledPage[] = [];
  {
    const files = readdirSync(dir);
    const labelled = files.some((f) => f.endsWith('.expected.json'));
    if (!labelled && set !== 'negative') return out;
    for (const f of files.filter((x) => x.endsWith('.html')).sort()) {
      const json = join(dir, f.replace(/\.html$/, '.expected.json'));
      const html = readFileSync(join(dir, f), 'utf8');
      const exp = existsSync(json)
        ? (JSON.parse(readFileSync(json, 'utf8')) as { pageUrl: string; kind?: string; mentions: Mention[] })
        : { pageUrl: `https://example.com/${f}`, kind: undefined, mentions: [] };
      out.push({
        id: `${idPrefix}/${f}`,
        set,
        site: siteOf(exp.pageUrl, `${idPrefix}/${f}`),
        url: exp.pageUrl,
        html,
        lang: langOf(html),
        kind: typeof exp.kind === 'string' ? exp.kind : kindOf(exp.mentions.length),
        expected: exp.mentions,
      });
    }
  }
  return out;
}

/**
 * The repo's labelled fixture sets under `fixturesDir`: flat sets (X.html beside X.expected.json, and
 * the negative set) and nested ones (SET/SITE/X.html, as tests/fixtures/labelled is written).
 */
export function repoPages(fixturesDir: string, sets?: string[]): LabelledPage[] {
  const out: LabelledPage[] = [];
  for (const set of (sets ?? readdirSync(fixturesDir)).sort()) {
    const dir = join(fixturesDir, set);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    out.push(...folderPages(dir, set, set));
    for (const sub of readdirSync(dir).sort()) {
      const d = join(dir, sub);
      if (statSync(d).isDirectory() && readdirSync(d).some((f) => f.endsWith('.expected.json')))
        out.push(...folderPages(d, set, `${set}/${sub}`));
    }
  }
  return out;
}

/** The shared corpus's pages (empty when it is not beside the repo). */
export function sharedPages(dir?: string): LabelledPage[] {
  const cases = sharedCasesDir(dir);
  if (!cases) return [];
  return readSharedCases(cases).map((c) => ({
    id: `shared/${c.slug}`,
    set: 'shared',
    site: siteOf(c.url, c.slug),
    url: c.url,
    html: c.html,
    lang: langOf(c.html),
    kind: kindOf(c.expected.length),
    expected: c.expected,
  }));
}
