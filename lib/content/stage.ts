import { browser } from 'wxt/browser';
import type { startPageWork } from './page-start';
import type { createPageWork } from './page-work';
import { PAGE_WORK_SCRIPT } from './page-work-script';

/*
 * The content script in two parts. The first (lib/content/index.ts: the pre-check and its gate, the settings read)
 * runs on every page; the second (lib/content/page-work-module.ts: the run loop, the snapshot, messaging, reports,
 * the inline controls) only on a page that passed the pre-check. Compiling a script costs a page in proportion to its
 * size, and most pages fail the pre-check, so in Chromium the second part is its own script
 * (entrypoints/content-work.ts), imported when first needed: a web-accessible resource served only at a per-session
 * address (use_dynamic_url, wxt.config.ts), so a page cannot probe for it. Firefox's build keeps both parts in one
 * script: addons.mozilla.org's linter flags an import from a computed address, and an extension's address can only be
 * computed.
 */

/** The second part's entry point, as its script provides it. */
export type PageWorkModule = { createPageWork: typeof createPageWork; startPageWork: typeof startPageWork };

/**
 * Where the second part's script puts its entry point: a property of the content script's own global (the isolated
 * world in Chromium, the content script's sandbox in Firefox), which the page cannot see.
 */
const SLOT = '__magpiePageWork';
const slot = globalThis as unknown as Record<typeof SLOT, PageWorkModule | undefined>;

/** Called by the second part's script when it runs. */
export function providePageWork(module: PageWorkModule): void {
  slot[SLOT] = module;
}

let loading: Promise<PageWorkModule> | null = null;

/** The second part, loading its script the first time; a failed load is tried again at the next call. */
export function loadPageWork(): Promise<PageWorkModule> {
  if (import.meta.env.FIREFOX) return import('./page-work-module');
  const ready = slot[SLOT];
  if (ready) return Promise.resolve(ready);
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL(`/${PAGE_WORK_SCRIPT}` as const)).then(
    () => {
      const loaded = slot[SLOT];
      if (!loaded) throw new Error(`${PAGE_WORK_SCRIPT} did not provide the page work`);
      return loaded;
    },
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}
