import type { FetchKind, FetchOutcome, Fetcher } from './fetch-types';
import { fail, fetchOnce } from './fetch-once';
import { resolveOptions, type FetcherOptions } from './fetch-options';
import { createLimiter } from './limiter';
import { backoffMs } from './retry-after';
import { checkUrl } from '../../links/url-guard';

export { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type FetcherOptions } from './fetch-options';

interface Shared {
  promise: Promise<FetchOutcome>;
  controller: AbortController;
  users: number;
}

/**
 * Creates the fetcher every resolver request goes through — the only code in Magpie that
 * fetches shop pages: URL guard before and after redirects, the reader's host permission, a
 * 2-per-shop / 6-overall queue, 10 s timeout, 5 MB cap, HTML/JSON only, up to 2 retries on
 * 429/503 honouring Retry-After (≤ 30 s) or exponential backoff with jitter, and one request
 * for concurrent asks of the same URL. No cookies, no Referer (see fetchOnce).
 */
export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const o = resolveOptions(options);
  const limiter = createLimiter(options.perHost ?? 2, options.total ?? 6);
  const inFlight = new Map<string, Shared>();

  async function run(url: string, kind: FetchKind, signal: AbortSignal): Promise<FetchOutcome> {
    const real = checkUrl(url, o.policy);
    if (!real.ok) return fail({ kind: 'blocked-url', why: real.why });
    const target = checkUrl(o.rewrite.toFetch(real.url.href), o.policy);
    if (!target.ok) return fail({ kind: 'blocked-url', why: target.why });
    if (!(await o.allowOrigin(target.url.origin))) return fail({ kind: 'no-permission', origin: real.url.origin });
    for (let retry = 0; ; retry++) {
      let release: () => void;
      try {
        // Slots are per shop, not per fetched host, so a test build's one fixture host acts like many shops.
        release = await limiter.acquire(real.url.host, signal);
      } catch {
        return fail({ kind: 'aborted' });
      }
      const result = await fetchOnce(target.url, kind, o, signal).finally(release);
      if ('done' in result) return result.done;
      const wait = result.retryAfterMs ?? backoffMs(retry, o.backoffBaseMs, o.random);
      if (retry >= o.maxRetries || wait > o.maxRetryWaitMs) return fail({ kind: 'http', status: result.status });
      try {
        // The slot is free while waiting: a shop asking us to slow down gets no request from us.
        await o.sleep(wait, signal);
      } catch {
        return fail({ kind: 'aborted' });
      }
    }
  }

  return {
    get(url, { kind, signal }) {
      if (signal?.aborted) return Promise.resolve(fail({ kind: 'aborted' }));
      const key = `${kind} ${url}`;
      let shared = inFlight.get(key);
      if (!shared) {
        const controller = new AbortController();
        const promise = run(url, kind, controller.signal).finally(() => inFlight.delete(key));
        shared = { promise, controller, users: 0 };
        inFlight.set(key, shared);
      }
      const s = shared;
      s.users++;
      if (!signal) return s.promise;
      // Each asker can give up alone; the request itself stops only when every asker has.
      return new Promise<FetchOutcome>((resolve) => {
        const onAbort = () => {
          if (--s.users === 0) s.controller.abort();
          resolve(fail({ kind: 'aborted' }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        void s.promise.then((r) => {
          signal.removeEventListener('abort', onAbort);
          resolve(r);
        });
      });
    },
  };
}
