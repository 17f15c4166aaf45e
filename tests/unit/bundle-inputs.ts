import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { build } from 'esbuild';

/** The repository root. */
export const ROOT = resolve(__dirname, '../..');

/**
 * Every file esbuild pulls into a bundle of `entry` (relative to the root), resolving wxt/browser as
 * WXT's polyfill module does, with extra `aliases` as the extension build sets them and extra `define`s (a
 * browser's build: `import.meta.env.FIREFOX`).
 */
export async function bundleInputs(
  entry: string,
  opts: { aliases?: Record<string, string>; externalWxt?: boolean; define?: Record<string, string> } = {},
): Promise<string[]> {
  const polyfill = createRequire(resolve(ROOT, 'package.json')).resolve('@wxt-dev/webextension-polyfill/browser');
  const result = await build({
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'text' },
    alias: { '@': ROOT, 'wxt/browser': polyfill, ...opts.aliases },
    define: { __MAGPIE_TEST_BUILD__: 'false', 'import.meta.env.MANIFEST_VERSION': '3', ...opts.define },
    // An entrypoint imports WXT's own wiring (defineBackground, #imports), which only WXT's build resolves.
    external: opts.externalWxt ? ['wxt/*', '#imports'] : [],
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}
