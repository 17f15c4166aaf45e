import { isRelevantMutation } from './mutations';

/** The parts of the content-script context the gate uses. */
export interface GateContext {
  /** Aborted once the context ended; read before the first test, as it touches nothing of the extension's API. */
  readonly signal: AbortSignal;
  /**
   * Also ends the context when the extension went away (an update or uninstall leaves the old script running in
   * open tabs): read before each later test only, as its first read wakes the extension API in the page.
   */
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): () => void;
}

export interface GateOptions {
  ctx: GateContext;
  doc: Document;
  /** The cheap test of the whole page (lib/detect/precheck.ts). */
  passes: (doc: Document) => boolean;
  /** Called once, in the idle moment the page first passed; the gate has stopped watching by then. */
  onPass: () => void;
  /**
   * Wait after the first content change before the page is tested again; doubles after each failed test, and starts
   * again from here once the page's address changed.
   */
  debounceMs?: number;
  /** The longest that wait grows to (a page that keeps changing is tested at most this often). */
  maxWaitMs?: number;
  /** Longest wait for an idle moment before a test. */
  idleTimeoutMs?: number;
  log?: (message: string, error?: unknown) => void;
}

/**
 * Waits, as cheaply as it can, for the page to pass the pre-check. Most pages never do, and for them this is all
 * Magpie does: one test in an idle moment, then one MutationObserver that, at the first change of the page's content,
 * stops observing and tests the page again a while later (the test reads the whole page, so changes made in the
 * meantime need not be watched). No settings read, no message, no listener on the page, no timer while nothing
 * changes, and no touch of the extension API until the page changes (then only whether the extension is still
 * there). A page's own URL changes need no watching here: the test reads the content, which a
 * single-page app's navigation changes (and a new address brings the next test forward). Everything it starts ends
 * with the context.
 */
export function waitForPrecheck(opts: GateOptions): void {
  const { ctx, doc, passes, onPass } = opts;
  const maxWaitMs = opts.maxWaitMs ?? 5000;
  const idleTimeout = opts.idleTimeoutMs ?? 2000;
  const log = opts.log ?? ((message: string, error?: unknown) => console.warn('[magpie]', message, error ?? ''));
  const debounceMs = opts.debounceMs ?? 800;
  let wait = debounceMs;
  // The address the page was last tested at: a single-page app that moved to another one is tested at the shortest
  // wait again (read in the observer's callback, so no listener or timer watches the address).
  let testedAt = '';
  let idle: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | null = null;

  ctx.onInvalidated(() => {
    observer?.disconnect();
    clearTimeout(timer);
    idle?.();
  });

  function test(): void {
    idle = undefined;
    if (ctx.signal.aborted) return;
    let passed = false;
    testedAt = location.href;
    try {
      passed = passes(doc);
    } catch (err) {
      // A page the test cannot read is one not to read further; a later change may make it readable.
      log('pre-check failed', err);
    }
    if (passed) {
      onPass();
      return;
    }
    watch();
  }

  function later(): void {
    timer = undefined;
    if (ctx.isInvalid) return;
    idle = whenIdle(test, idleTimeout);
  }

  function changed(records: MutationRecord[]): void {
    try {
      if (!records.some(isRelevantMutation)) return;
    } catch (err) {
      log('mutation check failed', err);
      return;
    }
    observer?.disconnect();
    if (location.href !== testedAt) wait = debounceMs;
    timer = setTimeout(later, wait);
    wait = Math.min(wait * 2, maxWaitMs);
  }

  function watch(): void {
    observer ??= new MutationObserver(changed);
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  }

  idle = whenIdle(test, idleTimeout);
}

/**
 * A plain idle callback (a timer where there is none); returns its cancel. The gate ends them all through one
 * invalidation listener for its whole life rather than one per call, as the context's own helpers would add.
 */
function whenIdle(cb: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(cb, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(cb, 200);
  return () => clearTimeout(id);
}
