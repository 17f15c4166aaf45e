import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');

/** Every source file esbuild pulls into the content script bundle, relative to the repo root. */
async function contentBundleInputs(): Promise<string[]> {
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
    alias: { '@': ROOT },
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('content script bundle', () => {
  it('carries no gazetteer data, search table, database, fetcher or HTML parser', async () => {
    const inputs = await contentBundleInputs();
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
});
