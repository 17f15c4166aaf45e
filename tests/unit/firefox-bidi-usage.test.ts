import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

// Firefox ESR's WebDriver BiDi (140.x, what Debian ships) rejects puppeteer's viewport emulation
// (setViewport sends emulation.setScreenOrientationOverride), and waitForFunction / waitForSelector
// time out on Magpie's pages there. The Firefox tests and their launcher must do without them.
const UNSUPPORTED = /\.(setViewport|waitForFunction|waitForSelector|waitForNavigation)\(/;

describe('the Firefox end-to-end code', () => {
  it('uses only what the ESR’s BiDi implements', () => {
    const files = [
      join(ROOT, 'scripts/lib/firefox-extension.ts'),
      ...readdirSync(join(ROOT, 'tests/e2e'))
        .filter((f) => f.startsWith('firefox-') || f.endsWith('-firefox.test.ts'))
        .map((f) => join(ROOT, 'tests/e2e', f)),
    ];
    expect(files.length).toBeGreaterThan(2);
    const offending = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ where: `${f.slice(ROOT.length + 1)}:${i + 1}`, line }))
        .filter(({ line }) => UNSUPPORTED.test(line) && !line.trim().startsWith('//') && !line.trim().startsWith('*')),
    );
    expect(offending.map((o) => o.where)).toEqual([]);
  });

  it('sizes the window at launch and turns puppeteer’s default viewport off', () => {
    const launcher = readFileSync(join(ROOT, 'scripts/lib/firefox-extension.ts'), 'utf8');
    expect(launcher).toContain('defaultViewport: null');
    expect(launcher).toMatch(/`--width=\$\{size\.width\}`, `--height=\$\{size\.height\}`/);
  });
});

describe('.ci/run', () => {
  it('prints the versions of the browsers it will drive, before anything else runs', () => {
    const script = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    const versions = script.indexOf('"$chrome_bin" --version');
    expect(versions).toBeGreaterThan(0);
    expect(script).toContain('"$firefox_bin" --version');
    expect(script).toContain('${CHROME_PATH:-/usr/bin/chromium}');
    expect(script).toContain('${FIREFOX_PATH:-/usr/bin/firefox-esr}');
    expect(versions).toBeLessThan(script.indexOf('npm ci'));
  });
});
