import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Modules of Firefox's event page that only some events need, each with its exported async
 * functions: file (from the project root) → export names. The detector runs only for pages that
 * passed the content script's pre-check.
 */
export const EVENT_PAGE_CHUNKS: Record<string, readonly string[]> = {
  'lib/background/find-in-snapshot.ts': ['findInSnapshot'],
};

const PREFIX = '\0magpie-lazy-event-page:';
const stripExt = (p: string) => p.replace(/\.[cm]?[jt]sx?$/, '');

/**
 * For Firefox's event page (a module, entrypoints/background.ts): every import of a listed module
 * becomes a stub whose async functions import() the module on the first call, so it is built into
 * its own chunk and read only then. Only async functions can be stubbed (the import is awaited).
 */
export function lazyEventPage(root: string): Plugin {
  const files = new Map(Object.entries(EVENT_PAGE_CHUNKS).map(([f, names]) => [stripExt(resolve(root, f)), names]));
  const bases = [...files.keys()].map((f) => f.slice(f.lastIndexOf('/') + 1));
  return {
    name: 'magpie-lazy-event-page',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      // The stub's own import() reaches the real module.
      if (!importer || importer.startsWith(PREFIX) || !(source.startsWith('.') || source.startsWith('/'))) return null;
      // Resolve only what may name a listed file (the rest of the event page passes untouched).
      if (!bases.some((b) => source.includes(b))) return null;
      const real = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!real || !files.has(stripExt(real.id))) return null;
      return PREFIX + real.id;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const real = id.slice(PREFIX.length);
      const names = files.get(stripExt(real)) ?? [];
      const lines = names.map(
        (fn) =>
          `export async function ${fn}(...args) { return (await import(${JSON.stringify(real)})).${fn}(...args); }`,
      );
      return lines.join('\n');
    },
  };
}
