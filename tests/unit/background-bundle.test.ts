import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BUNDLE_ALIASES } from '../../wxt.config';

const ROOT = resolve(__dirname, '../..');


/** The files esbuild pulls into the background entry, with or without the build's aliases. */
async function backgroundInputs(aliases: Record<string, string>): Promise<string[]> {
  const polyfill = createRequire(resolve(ROOT, 'package.json')).resolve('@wxt-dev/webextension-polyfill/browser');
  const result = await build({
    entryPoints: [resolve(ROOT, 'entrypoints/background.ts')],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'text' },
    alias: { '@': ROOT, 'wxt/browser': polyfill, ...aliases },
    define: { __MAGPIE_TEST_BUILD__: 'false', 'import.meta.env.MANIFEST_VERSION': '3' },
    external: ['wxt/*', '#imports'],
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('background bundle', () => {
  it("leaves out linkedom's stylesheet parser, which listing extraction never reads", async () => {
    const css = (files: string[]) => files.filter((f) => f.includes('node_modules/cssomnom/'));
    expect(css(await backgroundInputs({})).length).toBeGreaterThan(0);
    expect(css(await backgroundInputs(BUNDLE_ALIASES))).toEqual([]);
  }, 60_000);
});
