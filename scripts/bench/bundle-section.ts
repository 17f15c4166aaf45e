/**
 * The content script's size against its 30 KB target, and the size of its second part (Chromium's content-work.js,
 * loaded only on a page that passed the pre-check). Reads the last build; builds nothing.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './pages';
import { ratio, size, table, type Out } from './report';
import type { Section } from './section';

const TARGET = 30 * 1024;
const BUILDS = ['chrome-mv3', 'firefox-mv3'];
/** Each build's scripts: the one every page loads, then the second part where the build has one. */
const FILES = ['content-scripts/content.js', 'content-work.js'];

const age = (mtimeMs: number): string => {
  const min = Math.round((Date.now() - mtimeMs) / 60_000);
  return min < 60
    ? `${min} min ago`
    : min < 48 * 60
      ? `${Math.round(min / 60)} h ago`
      : `${Math.round(min / 1440)} days ago`;
};

export const bundleSection: Section = {
  name: 'bundle',
  title: 'Content script bundle size (target 30 KB)',
  run(out: Out) {
    const rows: string[][] = [];
    for (const build of BUILDS) {
      for (const name of FILES) {
        const file = join(ROOT, '.output', build, name);
        if (!existsSync(file)) continue;
        const bytes = readFileSync(file);
        const gzip = gzipSync(bytes, { level: 9 }).length;
        rows.push([
          `.output/${build}/${name}`,
          age(statSync(file).mtimeMs),
          size(bytes.length),
          ratio(bytes.length / TARGET),
          size(gzip),
          ratio(gzip / TARGET),
        ]);
      }
    }
    if (!rows.length) {
      out('  no build found: run npm run build first');
      return;
    }
    out(...table(['file', 'built', 'raw', '÷ 30 KB', 'gzip -9', '÷ 30 KB'], rows));
    out();
    out(
      '  extensions ship files uncompressed, so the raw size is what each page loads (content-work.js: only a page ' +
        'that passed the pre-check); gzip shows what is code rather than repetition',
    );
  },
};
