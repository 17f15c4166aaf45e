/**
 * `npm run demo` is the README's first command and CI never ran it, so it broke once unseen (session 12's lazy
 * controls). This runs it end to end on the test build the e2e suite has just made (`--no-build`), headless, and
 * checks what a reader of its output is told: 19 products checked at their shops, two saved, a price drop noticed.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEMO_TIMEOUT_MS = 110_000;

function runDemo(): Promise<{ code: number | null; out: string }> {
  return new Promise((done, fail) => {
    // No display: the demo picks headless, as it does on CI.
    const env = { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '' };
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', '--no-build'], { cwd: ROOT, env });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), DEMO_TIMEOUT_MS);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, out });
    });
  });
}

describe('npm run demo', () => {
  it('runs through on the test build: 19 products checked, two saved, a price drop shown', async () => {
    const { code, out } = await runDemo();
    expect(out).toContain('headless');
    expect(out).toMatch(/Badge: 19 products/);
    expect(out.match(/ resolved\b/g)?.length).toBe(19);
    expect(out).toMatch(/The wishlist \(read back from Magpie's IndexedDB\) has 2 items/);
    expect(out).toMatch(/Notification: Price drop: /);
    expect(out).toMatch(/\nDone in [\d.]+ s\./);
    expect(code, out).toBe(0);
  });
});
