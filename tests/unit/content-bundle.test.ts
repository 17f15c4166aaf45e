import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

/** Every file esbuild pulls into the content script, resolving wxt/browser as the WXT polyfill module does. */
async function contentBundleInputs(): Promise<string[]> {
  const polyfill = createRequire(resolve(ROOT, 'package.json')).resolve('@wxt-dev/webextension-polyfill/browser');
  const result = await build({
    entryPoints: [resolve(ROOT, 'lib/content/index.ts')],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'text' },
    alias: { '@': ROOT, 'wxt/browser': polyfill },
    define: { __MAGPIE_TEST_BUILD__: 'false' },
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

let inputs: string[] = [];
beforeAll(async () => {
  inputs = await contentBundleInputs();
});

// The content script runs on every page: these keep what the design says stays out of it, out.
describe('content script bundle', () => {
  it('carries no gazetteer data, search table, database, fetcher or HTML parser', () => {
    expect(inputs.some((f) => f.endsWith('lib/gazetteer/brands.ts'))).toBe(true);
    // The data reaches the content script by message (lib/content/gazetteer-loader.ts), not by import.
    const forbidden = [
      /lib\/gazetteer\/generated\//,
      /lib\/gazetteer\/build\//,
      /lib\/gazetteer\/search\.ts$/,
      /lib\/db\//,
      /node_modules\/dexie\//,
      /lib\/resolve\/(?!validate|types)/,
      /lib\/listing\/(?!types)/,
      /node_modules\/linkedom\//,
    ];
    expect(inputs.filter((f) => forbidden.some((re) => re.test(f)))).toEqual([]);
  });

  it('sends messages and reads settings without a messaging or storage library, and carries one browser polyfill', () => {
    // The in-repo lib/messaging.ts and plain storage calls in lib/settings.ts replace these.
    const heavy = [/@webext-core\/messaging\//, /serialize-error\//, /@wxt-dev\/storage\//, /superlock\//];
    expect(inputs.filter((f) => heavy.some((re) => re.test(f)))).toEqual([]);
    expect(inputs.filter((f) => f.endsWith('webextension-polyfill/dist/browser-polyfill.js'))).toHaveLength(1);
  });
});
