import type { FetchKind, UrlRewriter } from './fetch-types';
import { sleep } from './retry-after';
import { defaultGuardPolicy, type GuardPolicy } from '../../links/url-guard';

/** Tunables and seams of the fetcher; every field has a production default. */
export interface FetcherOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
  perHost?: number;
  total?: number;
  maxRetries?: number;
  /** A Retry-After longer than this is not waited for: the fetch fails as rate-limited. */
  maxRetryWaitMs?: number;
  backoffBaseMs?: number;
  random?: () => number;
  now?: () => number;
  /** Waits between retries (a seam for tests: the default really waits). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  policy?: GuardPolicy;
  rewrite?: UrlRewriter;
  /** Whether the reader granted Magpie access to this origin (optional host permissions). */
  allowOrigin?: (origin: string) => Promise<boolean>;
}

/** Options with every default filled in. */
export type ResolvedFetcherOptions = Required<Omit<FetcherOptions, 'perHost' | 'total'>>;

/** A shop page that takes longer than this is reported as timed out. */
export const DEFAULT_TIMEOUT_MS = 10_000;
/** Larger bodies are not read: no product page needs more, and page text is hostile. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** The Accept header sent for each kind of fetch: fixed, so every request looks the same. */
export const ACCEPT: Record<FetchKind, string> = {
  html: 'text/html,application/xhtml+xml;q=0.9',
  json: 'application/json,text/javascript;q=0.9',
};

/** Content types taken for each kind; anything else is dropped unread. */
export const TYPES: Record<FetchKind, RegExp> = {
  html: /^(text\/html|application\/xhtml\+xml)\b/i,
  // Shopify serves /products/HANDLE.js as JavaScript-typed JSON; it is only ever JSON.parse'd.
  json: /^(application\/([\w.-]+\+)?json|text\/javascript|application\/javascript)\b/i,
};

/** Fills in every default. */
export function resolveOptions(options: FetcherOptions): ResolvedFetcherOptions {
  return {
    fetch: options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRetries: options.maxRetries ?? 2,
    maxRetryWaitMs: options.maxRetryWaitMs ?? 30_000,
    backoffBaseMs: options.backoffBaseMs ?? 500,
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
    sleep: options.sleep ?? sleep,
    policy: options.policy ?? defaultGuardPolicy(),
    rewrite: options.rewrite ?? { toFetch: (u) => u, fromFetched: (u) => u },
    allowOrigin: options.allowOrigin ?? (async () => true),
  };
}
