import type { FetchFailure, FetchKind, FetchOutcome } from './fetch-types';
import { ACCEPT, TYPES, type ResolvedFetcherOptions } from './fetch-options';
import { readCapped } from './read-body';
import { parseRetryAfter } from './retry-after';
import { checkUrl } from '../../links/url-guard';

/** One request's end: an outcome, or a 429/503 to retry after `retryAfterMs` (null: not said). */
export type Attempt = { done: FetchOutcome } | { retryAfterMs: number | null; status: number };

/** A failed outcome, with the last shop URL reached when there is one. */
export function fail(failure: FetchFailure, url?: string): FetchOutcome {
  return url === undefined ? { ok: false, failure } : { ok: false, failure, url };
}

async function drop(res: Response): Promise<void> {
  await res.body?.cancel().catch(() => undefined);
}

/**
 * One GET of `target` under the timeout, reading at most maxBytes of an allowed content type.
 *
 * Requests go without cookies (credentials: 'omit') and without a Referer. Shops' product pages
 * and Shopify's JSON endpoints show list prices to anonymous visitors, so the reader's cookies
 * add nothing needed; leaving them out keeps a background check from touching the reader's
 * session (carts, recently viewed, sign-in) or being tied to their account. The cost: a price
 * shown only to signed-in members, or a region chosen by cookie, is not seen — the shop answers
 * as it would to the reader's browser in a private window.
 */
export async function fetchOnce(
  target: URL,
  kind: FetchKind,
  o: ResolvedFetcherOptions,
  signal: AbortSignal,
): Promise<Attempt> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, o.timeoutMs);
  const onAbort = () => controller.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    const res = await o.fetch(target.href, {
      method: 'GET',
      credentials: 'omit',
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
      cache: 'no-cache',
      headers: { Accept: ACCEPT[kind] },
      signal: controller.signal,
    });
    // fetch() has already followed any redirects. Each hop was checked before it was sent by the
    // browser's declarativeNetRequest rules (net-rules.ts; a blocked hop ends in the catch below as
    // a network error); checking the final URL again here keeps the guard whole where no rules run.
    const finalUrl = res.url || target.href;
    const realUrl = o.rewrite.fromFetched(finalUrl);
    for (const u of [finalUrl, realUrl]) {
      const check = checkUrl(u, o.policy);
      if (!check.ok) {
        await drop(res);
        return { done: fail({ kind: 'redirect-blocked', why: check.why }) };
      }
    }
    if (res.status === 429 || res.status === 503) {
      await drop(res);
      return { retryAfterMs: parseRetryAfter(res.headers.get('retry-after'), o.now()), status: res.status };
    }
    if (!res.ok) {
      await drop(res);
      return { done: fail({ kind: 'http', status: res.status }, realUrl) };
    }
    const contentType = res.headers.get('content-type') ?? '';
    if (!TYPES[kind].test(contentType.trim())) {
      await drop(res);
      return { done: fail({ kind: 'content-type', type: contentType.split(';')[0] ?? '' }, realUrl) };
    }
    const text = await readCapped(res, o.maxBytes);
    if (text === 'too-large') return { done: fail({ kind: 'too-large', maxBytes: o.maxBytes }, realUrl) };
    return { done: { ok: true, page: { url: realUrl, status: res.status, contentType, text } } };
  } catch {
    if (timedOut) return { done: fail({ kind: 'timeout', ms: o.timeoutMs }) };
    if (signal.aborted) return { done: fail({ kind: 'aborted' }) };
    return { done: fail({ kind: 'network' }) };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}
