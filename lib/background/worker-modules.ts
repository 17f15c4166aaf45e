/**
 * Parts of the background that Chromium's service worker loads on first use rather than at every
 * start. An MV3 worker stops after ~30 s idle and pays its script's load, compile and top-level run
 * again at each wake-up; most wake-ups (a popup's question, a tab closing) need neither the database
 * nor the gazetteer's data. The Chromium build swaps each listed module for a stub that calls
 * workerModule() (scripts/build/lazy-worker-modules.ts); a module with a script is built as its own
 * (entrypoints/worker-db.ts). Firefox's event page and the tests import the modules directly.
 * Not free: Chromium hands every installed script to the worker at each start, with the code cache
 * it compiled eagerly at install (about 2.7 times the script's size), and runs background.js only
 * once the last one arrived (scripts/bench/trace-worker.ts). A module earns a place here only when
 * running it at start costs more than carrying it, and every byte left out of these scripts counts.
 * That is why the HTML parser, the detector and the listing reader are not here at all: in Chromium
 * they run in an offscreen document (lib/page-work), which outlives the worker and is loaded once.
 */

/**
 * The lazily loaded modules: name → the module it stands for (a package, or a file from the project
 * root), other files of that module imported directly (`also`, served by the same script), and the
 * functions the worker imports from them (a stub can only stand for functions). A module marked
 * `data` has no script: lib/background/gazetteer-ready.ts provides it from a packaged JSON file.
 */
export const WORKER_MODULES = {
  // Every script a worker imported at install is handed to it again at each start, in proportion to
  // its size, used or not: the data (a third of those bytes) is read as JSON only when needed.
  'gazetteer-data': { module: 'lib/gazetteer/bundled-data.ts', exports: ['bundledGazetteerData'], data: true },
  // The wishlist's database (Dexie and its schema): needed once a message reads or writes saved
  // items, not by every wake-up (a tab closing, a page with nothing saved, a popup's first question).
  db: {
    module: 'lib/db/index.ts',
    also: ['lib/db/schema.ts'],
    exports: [
      'getDb',
      'getCached',
      'putCached',
      'getItem',
      'saveItem',
      'removeItem',
      'updateListing',
      'markCheckFailed',
      'itemsCheckedBefore',
      'purgeRemoved',
      'getChange',
      'markChangeHandled',
      'unhandledChanges',
      'purgeHandledChanges',
    ],
  },
} as const satisfies Record<
  string,
  {
    module: string;
    also?: readonly string[];
    exports: readonly string[];
    data?: true;
  }
>;

/** The packaged file the gazetteer's data is read from in Chromium's worker (emitted by the build). */
export const GAZETTEER_DATA_FILE = 'gazetteer-data.json';

const isData = (name: WorkerModuleName): boolean => 'data' in WORKER_MODULES[name];

/** A lazily loaded module's name. */
export type WorkerModuleName = keyof typeof WORKER_MODULES;

declare const importScripts: ((...urls: string[]) => void) | undefined;

/** Where each module script puts its exports. */
const REGISTRY = '__magpieWorkerModules';
type Registry = Partial<Record<WorkerModuleName, unknown>>;
const registry = (): Registry => ((globalThis as Record<string, unknown>)[REGISTRY] ??= {}) as Registry;

/** The script a module is built into (entrypoints/worker-<name>.ts). */
export const workerModuleScript = (name: WorkerModuleName): string => `/worker-${name}.js`;

/** Called by a module script when it runs: makes its exports available to workerModule(). */
export function provideWorkerModule(name: WorkerModuleName, exports: unknown): void {
  registry()[name] = exports;
}

/** Whether a lazily loaded module's exports are in place. */
export const workerModuleLoaded = (name: WorkerModuleName): boolean => registry()[name] !== undefined;

/**
 * A lazily loaded module's exports, loading its script the first time (synchronously:
 * importScripts blocks only this first call). A data module must have been provided first.
 */
export function workerModule<T>(name: WorkerModuleName): T {
  const loaded = registry()[name];
  if (loaded) return loaded as T;
  if (isData(name)) throw new Error(`${name} is not loaded yet: await gazetteerReady() first`);
  if (typeof importScripts !== 'function') throw new Error(`no way to load ${name} in this context`);
  importScripts(workerModuleScript(name));
  const now = registry()[name];
  if (!now) throw new Error(`${workerModuleScript(name)} did not provide ${name}`);
  return now as T;
}

/**
 * A service worker may import a script after installation only if it imported it while installing,
 * so the install handler imports every module script once (they are then stored with the worker and
 * its compiled-code cache). Does nothing outside a service worker.
 */
export function installWorkerModules(): void {
  if (typeof importScripts !== 'function' || !('ServiceWorkerGlobalScope' in globalThis)) return;
  globalThis.addEventListener('install', () => {
    for (const name of Object.keys(WORKER_MODULES) as WorkerModuleName[]) if (!isData(name)) workerModule(name);
  });
}
