import { isGazetteerData } from '../gazetteer/data-source';
import { GAZETTEER_DATA_FILE, provideWorkerModule, workerModuleLoaded } from './worker-modules';

let loading: Promise<void> | null = null;

/**
 * Resolves once the gazetteer's data can be read synchronously in this context. Chromium's worker
 * reads it from a packaged JSON file (lib/background/worker-modules.ts says why it is no script);
 * Firefox's event page and the tests carry it in their bundle, so they resolve at once. Every
 * event that may look up a brand or a shop awaits this first. A failed read is retried next time.
 */
export function gazetteerReady(): Promise<void> {
  if (workerModuleLoaded('gazetteer-data') || !('ServiceWorkerGlobalScope' in globalThis)) return Promise.resolve();
  loading ??= (async () => {
    // The worker's own origin: the file packaged beside background.js.
    const res = await fetch(`/${GAZETTEER_DATA_FILE}`);
    const data: unknown = await res.json();
    if (!isGazetteerData(data)) throw new Error(`${GAZETTEER_DATA_FILE} holds no gazetteer data`);
    provideWorkerModule('gazetteer-data', { bundledGazetteerData: () => data });
  })().catch((err: unknown) => {
    loading = null;
    throw err;
  });
  return loading;
}

/** Runs `fn` once the gazetteer's data is readable (see gazetteerReady). */
export async function withGazetteer<T>(fn: () => T | Promise<T>): Promise<T> {
  await gazetteerReady();
  return fn();
}
