import { createServer, type Server } from 'node:http';

/** A server on a second loopback address that only records whether anything reached it. */
export interface TrapServer {
  /** e.g. http://127.0.0.2:40123 */
  url: string;
  /** The paths of every request received, in order. */
  hits: string[];
  close(): Promise<void>;
}

/** Starts a trap server bound to `host` (default 127.0.0.2, which Linux routes to loopback). */
export async function startTrapServer(host = '127.0.0.2'): Promise<TrapServer> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end('<!doctype html><title>private</title><p>private host</p>');
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, host, () => done());
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://${host}:${port}`,
    hits,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The fixture shop's product page that answers 302 to the trap in both redirect e2e tests. */
export const TRAPPED_PRODUCT = 'https://shop.mango.com/us/women/bags-handbags/bamboo-coffer-bag_23000539.html';
