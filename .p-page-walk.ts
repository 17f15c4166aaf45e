import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { startFixtureServer } from './tests/fixture-server';
import { browserBenchPages } from './scripts/bench/browser-pages';
const snap = (await build({ entryPoints: ['lib/content/snapshot.ts'], bundle: true, minify: true, format: 'iife', globalName: '__snap', write: false })).outputFiles[0]!.text;
const bare = `globalThis.__bare = function(doc){ let n = doc.body, c = 0; const root = n; for(;;){ let child = null; const t = n.nodeType; if (t===3) { c += n.data.length; } else if (t===1) { c += n.localName.length; if (n.hasAttributes()) c += n.getAttributeNames().length; child = n.firstChild; } if (child) { n = child; continue; } let next = null; while (n !== root && !(next = n.nextSibling)) n = n.parentNode; if (n === root || !next) return c; n = next; } }`;
const pages = browserBenchPages(process.argv[2] ?? 'products-200');
const server = await startFixtureServer({ root: 'tests/fixtures', routes: Object.fromEntries(pages.map(p => [`/${p.id}.html`, (_q: any, res: any) => { res.writeHead(200, {'content-type':'text/html'}); res.end(p.html); }])) });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
for (const p of pages) {
  const res: Record<string, number[]> = { bare: [], snap: [] };
  for (let r = 0; r < 10; r++) for (const kind of ['bare', 'snap']) {
    const page = await b.newPage();
    await page.goto(`http://127.0.0.1:${server.port}/${p.id}.html`);
    await page.waitForTimeout(100);
    await page.addScriptTag({ content: kind === 'bare' ? bare : snap });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const ms = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value) * 1000;
    const t0 = await ms();
    await page.evaluate((k) => { const g = globalThis as any; const v = k === 'bare' ? g.__bare(document) : g.__snap.snapshotPage(document).html.length; (g).__out = v; return 0; }, kind);
    res[kind]!.push((await ms()) - t0);
    await page.close();
  }
  for (const k of Object.keys(res)) { const s = res[k]!.sort((a, b) => a - b); console.log(p.id, k, s[5]!.toFixed(2), s[2]!.toFixed(2), s[0]!.toFixed(2)); }
}
await b.close(); await server.close();
