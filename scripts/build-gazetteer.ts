/**
 * Regenerates lib/gazetteer/generated/*.ts from the readable sources in lib/gazetteer/data/.
 *   npm run gazetteer            write the generated modules
 *   npm run gazetteer -- --check exit 1 if they are out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { compileGazetteer } from '../lib/gazetteer/build/compile';
import { CONTENT_OUT, readSources, SEARCH_OUT } from '../lib/gazetteer/build/read-sources';

function main(): void {
  const root = process.cwd();
  const { brands, retailers, lexicon } = readSources(root);
  const out = compileGazetteer(brands, retailers, lexicon);
  const targets: Array<[string, string]> = [
    [CONTENT_OUT, out.content],
    [SEARCH_OUT, out.search],
  ];
  if (process.argv.includes('--check')) {
    const stale = targets.filter(([path, text]) => {
      try {
        return readFileSync(path, 'utf8') !== text;
      } catch {
        return true;
      }
    });
    for (const [path] of stale) process.stderr.write(`out of date: ${path}\n`);
    process.exitCode = stale.length > 0 ? 1 : 0;
    return;
  }
  for (const [path, text] of targets) writeFileSync(path, text);
  process.stdout.write(`${out.brandCount} brands, ${out.retailerCount} retailers → ${CONTENT_OUT}, ${SEARCH_OUT}\n`);
}

try {
  main();
} catch (err) {
  process.stderr.write(`build-gazetteer: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
