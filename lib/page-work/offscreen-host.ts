import { browser } from 'wxt/browser';
import { CREATE_TIMEOUT_MS } from './timeouts';

/** The offscreen document's page (entrypoints/offscreen/index.html, Chromium only). */
export const OFFSCREEN_PAGE = '/offscreen.html' as const;

/** What the host needs of Chromium's offscreen API (a mock in the tests). */
export interface OffscreenApi {
  /** Creates the document and resolves once it has loaded; rejects when one exists already. */
  create(): Promise<void>;
  /** Whether the extension's offscreen document is open. */
  exists(): Promise<boolean>;
  /** Closes the document (rejects when there is none). */
  close(): Promise<void>;
}

/** Chromium's offscreen document, as the worker keeps it. */
export interface OffscreenHost {
  /** Resolves once the document is open, creating it on first need; concurrent callers share one creation. */
  ready(): Promise<void>;
  /** The document did not answer: the next ready() looks for it again and re-creates it if it is gone. */
  lost(): void;
  /** The document is stuck (no answer in time): closes it, so the next ready() starts a fresh one. */
  restart(): Promise<void>;
}

/** Something the worker waited for took too long. */
export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/** Rejects with a TimeoutError naming `what` when `p` takes longer than `ms`. */
export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_ok, fail) => {
    timer = setTimeout(() => fail(new TimeoutError(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/**
 * One offscreen document for the worker: created on first need and reused. It outlives a stopped worker, so a
 * waking worker asks whether it is there before creating it; a creation that fails because another one got there
 * first (an earlier worker's) counts as done.
 */
export function offscreenHost(api: OffscreenApi, timeoutMs = CREATE_TIMEOUT_MS): OffscreenHost {
  let opening: Promise<void> | null = null;
  const open = async () => {
    if (await api.exists()) return;
    try {
      await api.create();
    } catch (err) {
      if (!(await api.exists())) throw err;
    }
  };
  return {
    ready() {
      opening ??= withTimeout(open(), timeoutMs, 'opening the offscreen document').catch((err: unknown) => {
        opening = null;
        throw err;
      });
      return opening;
    },
    lost() {
      opening = null;
    },
    async restart() {
      opening = null;
      await api.close().catch(() => undefined);
    },
  };
}

/** Chromium's own offscreen API: a DOM_PARSER document on OFFSCREEN_PAGE. */
export function chromiumOffscreenApi(): OffscreenApi {
  const url = browser.runtime.getURL(OFFSCREEN_PAGE);
  return {
    create: () =>
      browser.offscreen.createDocument({
        url,
        reasons: ['DOM_PARSER'],
        justification: 'Reads pages (the articles Magpie checks and the shop pages of products) into documents.',
      }),
    exists: async () =>
      (await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] })).length > 0,
    close: () => browser.offscreen.closeDocument(),
  };
}
