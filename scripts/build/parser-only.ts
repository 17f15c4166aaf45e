import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The one htmlparser2 export linkedom uses, re-exported by name (see parserOnly). */
export const PARSER_ONLY_MODULE = 'lib/listing/htmlparser2-parser.ts';

/**
 * linkedom reads htmlparser2 as a namespace (`import * as HTMLParser2`, then `const { Parser } = HTMLParser2`), which
 * keeps every export of the package in the bundle: its DOM builders, its feed reader and, through them, a second copy
 * of domutils, dom-serializer and entities. linkedom's import is pointed at a module that re-exports Parser by name,
 * so the bundler drops the rest (Chromium hands every byte of the worker's scripts to each worker start).
 */
export function parserOnly(root: string): Plugin {
  const target = resolve(root, PARSER_ONLY_MODULE);
  return {
    name: 'magpie-htmlparser2-parser-only',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === 'htmlparser2' && importer && /[\\/]node_modules[\\/]linkedom[\\/]/.test(importer)
        ? target
        : null;
    },
  };
}
