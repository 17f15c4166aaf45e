// @vitest-environment node
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../fixture-server';

let root: string;
let server: FixtureServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'magpie-fixtures-'));
  await mkdir(join(root, 'shop'));
  await writeFile(join(root, 'shop', 'index.html'), '<h1>Shop</h1>');
  await writeFile(join(root, 'page one.html'), '<p>one</p>');
  await writeFile(join(root, 'data.json'), '{"a":1}');
  await writeFile(join(root, '..', 'magpie-secret.txt'), 'outside root').catch(() => {});
  server = await startFixtureServer({
    root,
    routes: {
      '/limited': (_req, res) => {
        res.writeHead(429, { 'retry-after': '3' });
        res.end();
      },
      '/broken': () => {
        throw new Error('route failed');
      },
    },
  });
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
  await rm(join(root, '..', 'magpie-secret.txt'), { force: true });
});

describe('fixture server', () => {
  it('listens on 127.0.0.1 on a free port', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves files with their content type, directory index and encoded names', async () => {
    const page = await fetch(`${server.url}/page%20one.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toBe('<p>one</p>');
    expect((await fetch(`${server.url}/data.json?x=1`)).headers.get('content-type')).toBe(
      'application/json; charset=utf-8',
    );
    expect(await (await fetch(`${server.url}/shop/`)).text()).toBe('<h1>Shop</h1>');
  });

  it('answers 404 for a missing file and refuses paths outside the root', async () => {
    expect((await fetch(`${server.url}/nope.html`)).status).toBe(404);
    expect((await fetch(`${server.url}/..%2fmagpie-secret.txt`)).status).toBe(403);
    expect((await fetch(`${server.url}/%ZZ`)).status).toBe(403);
  });

  it('lets a route answer instead of a file, and turns a failing route into a 500', async () => {
    const limited = await fetch(`${server.url}/limited`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect((await fetch(`${server.url}/broken`)).status).toBe(500);
  });

  it('serves on a given port', async () => {
    const probe = await startFixtureServer({ root });
    const port = probe.port;
    await probe.close();
    const fixed = await startFixtureServer({ root, port });
    try {
      expect(fixed.port).toBe(port);
      expect((await fetch(`${fixed.url}/data.json`)).status).toBe(200);
    } finally {
      await fixed.close();
    }
  });
});
