import { dirname, isAbsolute, resolve } from 'node:path';
import type { Plugin } from 'vite';

import { GAZETTEER_DATA_FILE, WORKER_MODULES } from '../../lib/background/worker-modules';
import { bundledGazetteerData } from '../../lib/gazetteer/bundled-data';

/** One module the worker loads on first use: its name and the functions it exports. */
interface LazyModule {
  name: string;
  /** A package name, or a file path relative to the project root. */
  module: string;
  /** Other files of the module, relative to the project root, that importers reach directly. */
  also?: readonly string[];
  exports: readonly string[];
}

/**
 * Files the worker's own build (background.js) takes from stand-ins, project-root paths: the page work that needs
 * an HTML parser is asked of Chromium's offscreen document instead (lib/page-work).
 */
export const WORKER_SWAPS: Readonly<Record<string, string>> = {
  'lib/page-work/index.ts': 'lib/page-work/offscreen-client.ts',
};

const PREFIX = '\0magpie-lazy-worker:';
const stripExt = (p: string) => p.replace(/\.[cm]?[jt]sx?$/, '');

/**
 * For the background build in Chromium (and its module scripts, `own` naming the module a script
 * provides): every import of a listed module becomes a stub whose
 * functions load the module's own script on the first call (lib/background/worker-modules.ts).
 * Only function exports can be stubbed this way, which is why the listed modules export functions.
 * The background's own build also emits the gazetteer's data file.
 */
export function lazyWorkerModules(root: string, own?: string): Plugin {
  // A module's own script (entrypoints/worker-<name>.ts) bundles that module; the others stay stubs.
  const modules: LazyModule[] = Object.entries(WORKER_MODULES)
    .filter(([name]) => name !== own)
    .map(([name, m]) => ({ name, ...m }));
  const byFile = new Map(
    modules.flatMap((m) =>
      [m.module, ...(m.also ?? [])].filter((f) => f.includes('/')).map((f) => [stripExt(resolve(root, f)), m] as const),
    ),
  );
  const byName = new Map(modules.map((m) => [m.name, m]));
  // The worker's own script reads pages through the offscreen document; a module's script has no such files.
  const swaps = new Map(
    Object.entries(own === undefined ? WORKER_SWAPS : {}).map(
      ([from, to]) => [stripExt(resolve(root, from)), resolve(root, to)] as const,
    ),
  );
  const loader = resolve(root, 'lib/background/worker-modules.ts');
  return {
    name: 'magpie-lazy-worker-modules',
    enforce: 'pre',
    resolveId(source, importer) {
      let m = modules.find((x) => x.module === source);
      const file = source.startsWith('.') && importer ? resolve(dirname(importer), source) : source;
      // A folder import ('../page-work') stands for its index file here too.
      const swapped = isAbsolute(file)
        ? (swaps.get(stripExt(file)) ?? swaps.get(`${stripExt(file)}/index`))
        : undefined;
      if (swapped) return swapped;
      // A folder import ('../listing') stands for its index file.
      if (!m && isAbsolute(file)) m = byFile.get(stripExt(file)) ?? byFile.get(`${stripExt(file)}/index`);
      return m ? PREFIX + m.name : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const m = byName.get(id.slice(PREFIX.length))!;
      const lines = [`import { workerModule } from ${JSON.stringify(loader)};`];
      for (const fn of m.exports) {
        lines.push(`export function ${fn}(...args) { return workerModule(${JSON.stringify(m.name)}).${fn}(...args); }`);
      }
      return lines.join('\n');
    },
    // The background's build packages the gazetteer's data as JSON (lib/background/gazetteer-ready.ts).
    generateBundle() {
      if (own !== undefined) return;
      const source = JSON.stringify(bundledGazetteerData());
      this.emitFile({ type: 'asset', fileName: GAZETTEER_DATA_FILE, source });
    },
  };
}
