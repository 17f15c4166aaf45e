// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { provideWorkerModule, workerModule, workerModuleScript } from '@/lib/background/worker-modules';
import { lazyWorkerModules } from '@/scripts/build/lazy-worker-modules';
import { gazetteerData, installGazetteerData } from '@/lib/gazetteer/data-source';
import { installBundledGazetteer } from '@/lib/gazetteer/bundled';
import { WORKER_MODULES } from '@/lib/background/worker-modules';
import { WORKER_DB_EXPORTS } from '@/lib/db/worker-exports';
import * as db from '@/lib/db';

const g = globalThis as Record<string, unknown>;
afterEach(() => {
  delete g.importScripts;
  delete g.__magpieWorkerModules;
  installBundledGazetteer();
});

describe('workerModule', () => {
  it('loads a module’s script on first use only', () => {
    const getDb = () => 'db';
    const importScripts = vi.fn((url: string) => {
      if (url === workerModuleScript('db')) provideWorkerModule('db', { getDb });
    });
    g.importScripts = importScripts;
    const m = workerModule<{ getDb: typeof getDb }>('db');
    expect(m.getDb()).toBe('db');
    workerModule('db');
    expect(importScripts).toHaveBeenCalledTimes(1);
  });

  it('fails clearly when the script provides nothing', () => {
    g.importScripts = vi.fn();
    expect(() => workerModule('db')).toThrow(/worker-db\.js did not provide db/);
  });

  it('says so outside a worker, where no script can be imported', () => {
    expect(() => workerModule('db')).toThrow(/no way to load db/);
  });

  it('holds no HTML parser, detector or listing reader (Chromium reads pages in its offscreen document)', () => {
    expect(Object.keys(WORKER_MODULES).sort()).toEqual(['db', 'gazetteer-data']);
  });
});

describe('the db worker script (entrypoints/worker-db.ts)', () => {
  it('provides exactly the functions the worker stubs stand for, the database layer’s own', () => {
    expect(Object.keys(WORKER_DB_EXPORTS).sort()).toEqual([...WORKER_MODULES.db.exports].sort());
    for (const [name, fn] of Object.entries(WORKER_DB_EXPORTS)) expect(fn).toBe(db[name as keyof typeof db]);
  });
});

describe('the lazy gazetteer data', () => {
  it('is read on the first lookup, once', () => {
    const give = vi.fn(() => ({ brands: 'Acme', retailers: 'Shop|shop.example' }));
    installGazetteerData(give);
    expect(give).not.toHaveBeenCalled();
    expect(gazetteerData().brands).toBe('Acme');
    gazetteerData();
    expect(give).toHaveBeenCalledTimes(1);
  });
});

describe('lazyWorkerModules (the Chromium build’s stubs)', () => {
  const root = '/repo';
  type Hook = (this: unknown, source: string, importer?: string) => string | null;
  it('stands in for the gazetteer data wherever it is imported from', () => {
    const resolveId = lazyWorkerModules(root).resolveId as Hook;
    expect(resolveId('./bundled-data', '/repo/lib/gazetteer/bundled.ts')).toMatch(/gazetteer-data$/);
    expect(resolveId('../listing/types', '/repo/lib/db/items.ts')).toBeNull();
  });

  it('gives the worker’s own build the offscreen client for lib/page-work, and no module script', () => {
    const resolveId = lazyWorkerModules(root).resolveId as Hook;
    const client = '/repo/lib/page-work/offscreen-client.ts';
    expect(resolveId('../page-work', '/repo/lib/resolve/default-deps.ts')).toBe(client);
    expect(resolveId('../page-work/index', '/repo/lib/background/find-mentions.ts')).toBe(client);
    expect(resolveId('../page-work/timeouts', '/repo/lib/background/find-mentions.ts')).toBeNull();
    const own = lazyWorkerModules(root, 'db').resolveId as Hook;
    expect(own('../page-work', '/repo/lib/resolve/default-deps.ts')).toBeNull();
  });

  it('stands in for the database layer and its schema file with one stub, Dexie-free files left alone', () => {
    const resolveId = lazyWorkerModules(root).resolveId as Hook;
    expect(resolveId('../db', '/repo/lib/background/save-mention.ts')).toMatch(/db$/);
    expect(resolveId('../db/schema', '/repo/lib/background/save-ids.ts')).toMatch(/db$/);
    expect(resolveId('./schema', '/repo/lib/db/removed.ts')).toMatch(/db$/);
    expect(resolveId('../db/match-sort', '/repo/lib/background/alerts.ts')).toBeNull();
    const stub = (lazyWorkerModules(root).load as (id: string) => string)(
      resolveId('../db', '/repo/lib/background/x.ts')!,
    );
    expect(stub).toContain('export function getDb(...args) { return workerModule("db").getDb(...args); }');
    const own = lazyWorkerModules(root, 'db').resolveId as Hook;
    expect(own('../db/schema', '/repo/lib/db/index.ts')).toBeNull();
  });
});

describe('the gazetteer data in Chromium’s worker (a packaged JSON file, no script)', () => {
  it('is not imported as a script, and says what to await when read too early', () => {
    const importScripts = vi.fn();
    g.importScripts = importScripts;
    expect(() => workerModule('gazetteer-data')).toThrow(/not loaded yet: await gazetteerReady/);
    expect(importScripts).not.toHaveBeenCalled();
  });

  it('is fetched once in a service worker, checked, and then read synchronously', async () => {
    const data = { brands: 'Acme', retailers: 'Shop|shop.example', lexicon: '' };
    const fetch = vi.fn(async () => new Response(JSON.stringify(data)));
    vi.stubGlobal('fetch', fetch);
    vi.stubGlobal('ServiceWorkerGlobalScope', class {});
    try {
      const { gazetteerReady } = await import('@/lib/background/gazetteer-ready');
      await Promise.all([gazetteerReady(), gazetteerReady()]);
      await gazetteerReady();
      expect(fetch).toHaveBeenCalledTimes(1);
      expect(fetch).toHaveBeenCalledWith('/gazetteer-data.json');
      const m = workerModule<{ bundledGazetteerData(): typeof data }>('gazetteer-data');
      expect(m.bundledGazetteerData()).toEqual(data);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('rejects a file that holds no gazetteer data, and reads it again on the next ask', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ brands: 7 })));
    vi.stubGlobal('fetch', fetch);
    vi.stubGlobal('ServiceWorkerGlobalScope', class {});
    try {
      vi.resetModules();
      const { gazetteerReady } = await import('@/lib/background/gazetteer-ready');
      await expect(gazetteerReady()).rejects.toThrow(/holds no gazetteer data/);
      await expect(gazetteerReady()).rejects.toThrow(/holds no gazetteer data/);
      expect(fetch).toHaveBeenCalledTimes(2);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('is ready at once outside a service worker (Firefox, tests), where the data is bundled', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    try {
      const { gazetteerReady } = await import('@/lib/background/gazetteer-ready');
      await gazetteerReady();
      expect(fetch).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
