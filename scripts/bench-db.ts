/**
 * Times the wishlist database on N saved items (default 5,000).
 *   npx tsx scripts/bench-db.ts [N]             Node + fake-indexeddb (slow cursors: a pessimistic guide)
 *   npx tsx scripts/bench-db.ts [N] --browser   real IndexedDB in headless Chromium (CHROMIUM_PATH, default
 * /usr/bin/chromium)
 */
import 'fake-indexeddb/auto';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { runDbBench } from './bench-db-cases';

async function inBrowser(count: number): Promise<void> {
  const bundle = await build({
    stdin: {
      contents: `import { runDbBench } from './bench-db-cases'; window.runDbBench = runDbBench;`,
      resolveDir: fileURLToPath(new URL('.', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
  });
  const js = bundle.outputFiles[0]!.text;
  // IndexedDB needs a real origin, so serve a blank page from localhost.
  const server = createServer((req, res) => {
    res.setHeader('content-type', req.url === '/bench.js' ? 'text/javascript' : 'text/html');
    res.end(req.url === '/bench.js' ? js : '<!doctype html><script src="/bench.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    page.on('console', (m) => console.log(m.text()));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.evaluate(
      (n) => (window as unknown as { runDbBench: typeof runDbBench }).runDbBench(n, console.log),
      count,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 5000);
  if (args.includes('--browser')) await inBrowser(count);
  else await runDbBench(count, console.log);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
