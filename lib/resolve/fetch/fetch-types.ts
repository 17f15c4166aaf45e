/** What a fetch is for; it fixes the Accept header and the content types taken. */
export type FetchKind = 'html' | 'json';

/** A page or JSON document as fetched: `url` is the final address after redirects. */
export interface Fetched {
  url: string;
  status: number;
  contentType: string;
  text: string;
}

/** Why a fetch produced nothing usable. */
export type FetchFailure =
  | { kind: 'blocked-url'; why: string }
  | { kind: 'redirect-blocked'; why: string }
  | { kind: 'no-permission'; origin: string }
  | { kind: 'timeout'; ms: number }
  | { kind: 'too-large'; maxBytes: number }
  | { kind: 'http'; status: number }
  | { kind: 'content-type'; type: string }
  | { kind: 'network' }
  /** The tab's or the hour's shop-request budget is spent (lib/background/request-budget.ts). */
  | { kind: 'budget-spent' }
  | { kind: 'aborted' };

/** `url` on a failure is the last address reached, when one was. */
export type FetchOutcome = { ok: true; page: Fetched } | { ok: false; failure: FetchFailure; url?: string };

/**
 * Maps the URLs Magpie means to fetch onto the URLs it actually fetches, and back. Identity in
 * production; a test build points real shop hosts at the fixture retail web.
 */
export interface UrlRewriter {
  toFetch(url: string): string;
  fromFetched(url: string): string;
}

/** The resolver's only way onto the network. */
export interface Fetcher {
  get(url: string, opts: { kind: FetchKind; signal?: AbortSignal }): Promise<FetchOutcome>;
}
