/** The content script's size against its 30 KB target. Reads the last build; builds nothing. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './pages';
import { ratio, size, table, type Out } from './report';
import type { Section } from './section';

const TARGET = 30 * 1024;
const BUILDS = ['chrome-mv3', 'firefox-mv3'];

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
      const file = join(ROOT, '.output', build, 'content-scripts', 'content.js');
      if (!existsSync(file)) continue;
      const bytes = readFileSync(file);
      const gzip = gzipSync(bytes, { level: 9 }).length;
      rows.push([
        `.output/${build}/content-scripts/content.js`,
        age(statSync(file).mtimeMs),
        size(bytes.length),
        ratio(bytes.length / TARGET),
        size(gzip),
        ratio(gzip / TARGET),
      ]);
    }
    if (!rows.length) {
      out('  no build found: run npm run build first');
      return;
    }
    out(...table(['file', 'built', 'raw', '÷ 30 KB', 'gzip -9', '÷ 30 KB'], rows));
    out();
    out(
      '  extensions ship files uncompressed, so the raw size is what each page loads; ' +
        'gzip shows what is code rather than repetition',
    );
  },
};
