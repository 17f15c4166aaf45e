import { startFixtureServer, type FixtureServer, type RouteHandler } from '../../fixture-server';
import {
  createRetailWeb,
  RETAIL_PAGES_DIR,
  type RetailWeb,
  type RetailWebOptions,
} from '../../fixtures/retail-web/routes';
import { openMagpieDb } from '@/lib/db';
import { createFetcher, type FetcherOptions } from '@/lib/resolve/fetch/fetcher';
import { dbCache } from '@/lib/resolve/db-cache';
import { defaultDeps } from '@/lib/resolve/default-deps';
import type { ResolverDeps } from '@/lib/resolve/deps';
import { retailRewriter } from '@/lib/resolve/fetch/retail-origin';

/** The fixture retail web on a local server, and resolver deps pointed at it. */
export interface RetailHarness {
  server: FixtureServer;
  web: RetailWeb;
  /** Fresh deps (own fetcher, own empty IndexedDB cache unless `cache: false`). */
  deps(opts?: FetcherOptions & { cache?: boolean }): ResolverDeps;
}

let dbCount = 0;

/** Starts the fixture retail web; close `server` after the tests. */
export async function startRetailHarness(
  opts: RetailWebOptions & { extraRoutes?: Record<string, RouteHandler> } = {},
): Promise<RetailHarness> {
  const web = createRetailWeb(opts);
  const server = await startFixtureServer({ root: RETAIL_PAGES_DIR, routes: { ...web.routes, ...opts.extraRoutes } });
  return {
    server,
    web,
    deps({ cache = true, ...fetcherOpts } = {}) {
      const fetcher = createFetcher({
        rewrite: retailRewriter(server.url),
        policy: { allowTestHost: true },
        ...fetcherOpts,
      });
      return defaultDeps(fetcher, { cache: cache ? dbCache(openMagpieDb(`resolve-test-${++dbCount}`)) : undefined });
    },
  };
}
