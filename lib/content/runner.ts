import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Mention } from '../detect/types';
import type { TabMentions } from '../protocol';
import { isRelevantMutation } from './mutations';

/** The parts of WXT's ContentScriptContext the runner uses; everything it starts ends with it. */
export type RunnerContext = Pick<
  ContentScriptContext,
  'isInvalid' | 'setTimeout' | 'requestIdleCallback' | 'addEventListener' | 'onInvalidated'
>;

export interface ContentRunnerOptions {
  ctx: RunnerContext;
  doc: Document;
  /** Finds the mentions on the page; may be async so a big page is read in slices. */
  detect: (doc: Document, pageUrl: string) => readonly Mention[] | Promise<readonly Mention[]>;
  /**
   * Builds the report of what was found (lib/content/report.ts). Asked only once something was found or sent, so a
   * page that fails the pre-check never loads the code that builds reports.
   */
  report: (pageUrl: string, pageTitle: string, found: readonly Mention[]) => TabMentions | Promise<TabMentions>;
  /** Delivers a report to the background. */
  send: (report: TabMentions) => Promise<unknown>;
  /** Quiet time after the last content change before detecting again. */
  debounceMs?: number;
  /** Upper bound on the wait while a page keeps changing (infinite scroll, live feeds). */
  maxWaitMs?: number;
  /** Longest wait for an idle moment before the first detection. */
  idleTimeoutMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export interface ContentRunner {
  /**
   * Starts watching the page and schedules the first detection for an idle moment, or runs it at once with `now`
   * (the caller is in one already: the page just passed the pre-check there).
   */
  start(opts?: { now?: boolean }): void;
  /** Detects and reports now; never rejects. */
  runNow(): Promise<void>;
}

const defaultLog = (message: string, error?: unknown) => console.warn('[magpie]', message, error ?? '');

/**
 * What must differ for a new report to be worth sending; the title is left out because pages retitle themselves (unread
 * counters).
 */
export function reportSignature(report: TabMentions): string {
  return JSON.stringify([report.pageUrl, report.mentions, report.images ?? []]);
}

/**
 * Keeps the background told about the mentions on the page: once when the page is idle, again
 * after content is added or the URL changes (single-page apps), and only when the result changed.
 */
export function createContentRunner(opts: ContentRunnerOptions): ContentRunner {
  const { ctx, doc, detect, report: toReport, send } = opts;
  const debounceMs = opts.debounceMs ?? 800;
  const maxWaitMs = opts.maxWaitMs ?? 5000;
  const log = opts.log ?? defaultLog;

  // null until something was sent: a page without products never wakes the background.
  let lastSent: string | null = null;
  let running = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstRequestAt = 0;
  let lastRequestAt = 0;

  async function detectAndReport(): Promise<void> {
    const pageUrl = doc.URL;
    const found = await detect(doc, pageUrl);
    if (ctx.isInvalid) return;
    // Nothing found and nothing sent yet: there is no report to build (the test below would drop it anyway).
    if (lastSent === null && found.length === 0) return;
    const report = await toReport(pageUrl, doc.title, found);
    if (ctx.isInvalid) return;
    const signature = reportSignature(report);
    if (signature === lastSent || (lastSent === null && report.mentions.length === 0)) return;
    await send(report);
    lastSent = signature;
  }

  async function runNow(): Promise<void> {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        if (ctx.isInvalid) return;
        try {
          await detectAndReport();
        } catch (err) {
          // An aborted detection after invalidation is the expected way out, not a failure.
          if (!ctx.isInvalid) log('detection or report failed', err);
        }
      } while (again);
    } finally {
      running = false;
    }
  }

  // One plain timer re-armed from its own callback rather than one ctx.setTimeout per mutation:
  // each ctx.setTimeout keeps an invalidation listener, which would pile up on a busy page.
  function fire(): void {
    timer = undefined;
    if (ctx.isInvalid) return;
    const now = Date.now();
    const quiet = now - lastRequestAt;
    const waited = now - firstRequestAt;
    if (quiet < debounceMs && waited < maxWaitMs) {
      timer = setTimeout(fire, Math.min(debounceMs - quiet, maxWaitMs - waited));
      return;
    }
    void runNow();
  }

  function schedule(): void {
    if (ctx.isInvalid) return;
    lastRequestAt = Date.now();
    if (timer !== undefined) return;
    firstRequestAt = lastRequestAt;
    timer = setTimeout(fire, debounceMs);
  }

  function watch(): void {
    ctx.onInvalidated(() => clearTimeout(timer));
    const observer = new MutationObserver((records) => {
      try {
        if (records.some(isRelevantMutation)) schedule();
      } catch (err) {
        log('mutation check failed', err);
      }
    });
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());
    ctx.addEventListener(window, 'wxt:locationchange', () => schedule());
    // A page restored from the back/forward cache lost its badge: report it afresh. Only the
    // browser's own event counts: a page firing fake ones must not make Magpie report (and the
    // background re-check shops) over and over.
    ctx.addEventListener(window, 'pageshow', (event: PageTransitionEvent) => {
      if (!event.isTrusted || !event.persisted) return;
      lastSent = null;
      schedule();
    });
  }

  function start({ now = false } = {}): void {
    if (ctx.isInvalid) return;
    try {
      const first = () => void runNow();
      if (now) {
        first();
      } else if (typeof requestIdleCallback === 'function') {
        ctx.requestIdleCallback(first, { timeout: opts.idleTimeoutMs ?? 2000 });
      } else {
        ctx.setTimeout(first, 200);
      }
      watch();
    } catch (err) {
      log('could not start', err);
    }
  }

  return { start, runNow };
}
