import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

/** Answers one request itself; a route wins over a file with the same path. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;

export interface FixtureServerOptions {
  /** Directory served as the site root. */
  root: string;
  /** 0 or absent: a free port. */
  port?: number;
  /** Exact paths (no query) answered by a handler instead of a file, e.g. `/shop/slow`. */
  routes?: Record<string, RouteHandler>;
}

export interface FixtureServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

/** The file a URL path names inside root, or null when the path tries to leave it. */
function fileFor(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = resolve(root, '.' + decoded);
  return file === root || file.startsWith(root + sep) ? file : null;
}

async function serveFile(root: string, url: URL, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let file = fileFor(root, url.pathname);
  if (!file) return send(res, 403, 'Forbidden');
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
  }
  const body = await readFile(file).catch(() => null);
  if (!body) return send(res, 404, `Not found: ${url.pathname}`);
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': body.length,
    'cache-control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Serves a fixture directory on 127.0.0.1 — the only host a test build of Magpie may fetch from —
 * so end-to-end tests and the demo load pages over real HTTP.
 */
export function startFixtureServer(opts: FixtureServerOptions): Promise<FixtureServer> {
  const root = resolve(opts.root);
  const routes = opts.routes ?? {};
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = routes[url.pathname];
    const handle = async () => {
      if (route) return route(req, res, url);
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
      return serveFile(root, url, req, res);
    };
    handle().catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, `Fixture server error: ${String(err)}`);
      else res.destroy();
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://127.0.0.1:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Where the fixtures live, wherever the caller runs from. */
export const FIXTURES_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

async function main(argv: string[]): Promise<void> {
  const portArg = argv.indexOf('--port');
  const rootArg = argv.indexOf('--root');
  const port = portArg >= 0 ? Number(argv[portArg + 1]) : 8123;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('Usage: npx tsx tests/fixture-server.ts [--port 8123] [--root tests/fixtures]');
    process.exit(2);
  }
  const root = rootArg >= 0 ? (argv[rootArg + 1] ?? FIXTURES_DIR) : FIXTURES_DIR;
  const server = await startFixtureServer({ root, port });
  console.log(`Serving ${resolve(root)} at ${server.url}/ (Ctrl+C to stop)`);
  process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
