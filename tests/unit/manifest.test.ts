// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { magpieManifest } from '../../wxt.config';

const ROOT = join(import.meta.dirname, '../..');
const PUBLIC = join(ROOT, 'public');
const BROWSERS = ['chrome', 'firefox'] as const;
type Manifest = Record<string, unknown>;

const production = (browser: string) => magpieManifest(browser, { testBuild: false }) as Manifest;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const b = readFileSync(path);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('manifest: permissions', () => {
  it.each(BROWSERS)(
    '%s asks for exactly activeTab, storage, contextMenus, unlimitedStorage, declarativeNetRequestWithHostAccess, alarms and notifications (and offscreen in Chromium)',
    (browser) => {
      const m = production(browser);
      expect([...(m.permissions as string[])].sort()).toEqual(
        [
          'activeTab',
          'alarms',
          'contextMenus',
          'declarativeNetRequestWithHostAccess',
          'notifications',
          'storage',
          'unlimitedStorage',
          // Chromium's worker reads pages in an offscreen document (lib/page-work); Firefox has no such API.
          ...(browser === 'chrome' ? ['offscreen'] : []),
        ].sort(),
      );
    },
  );

  it('exposes to pages only the content script’s second part, in Chromium, and only at a per-session address', () => {
    // A file any page could fetch at the store's fixed id would let every site detect Magpie.
    expect(production('chrome').web_accessible_resources).toEqual([
      { resources: ['content-work.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
    ]);
    // Firefox's content script carries that part itself.
    expect(production('firefox')).not.toHaveProperty('web_accessible_resources');
  });

  it.each(BROWSERS)('%s has no host permissions in production: shops are optional, granted at runtime', (browser) => {
    const m = production(browser);
    expect(m).not.toHaveProperty('host_permissions');
    expect([...(m.optional_host_permissions as string[])].sort()).toEqual(['http://*/*', 'https://*/*']);
  });

  it.each(BROWSERS)(
    '%s test build grants shop hosts up front (its fetches are rewritten to the loopback fixture shops)',
    (browser) => {
      const m = magpieManifest(browser, { testBuild: true }) as Manifest;
      expect(m.host_permissions).toEqual(['http://*/*', 'https://*/*']);
      expect(m.permissions).toEqual(production(browser).permissions);
    },
  );

  it('the config WXT loads uses the same manifest', () => {
    const manifest = config.manifest;
    expect(typeof manifest).toBe('function');
    const testBuild = process.env.MAGPIE_TEST_BUILD === '1';
    for (const browser of BROWSERS) {
      const resolved = (manifest as (env: object) => Manifest)({
        browser,
        manifestVersion: 3,
        mode: 'production',
        command: 'build',
      });
      expect(resolved).toEqual(magpieManifest(browser, { testBuild }));
    }
  });
});

describe('manifest: browser settings', () => {
  it('firefox: a fixed add-on id, no data collection, and minimum versions that read that key', () => {
    const bss = production('firefox').browser_specific_settings as {
      gecko: { id: string; strict_min_version: string; data_collection_permissions: unknown };
      gecko_android: { strict_min_version: string };
    };
    expect(bss.gecko.id).toBe('magpie@magpie-extension.org');
    expect(bss.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // data_collection_permissions is read from Firefox 140 (desktop) and 142 (Android) on.
    expect(parseFloat(bss.gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(parseFloat(bss.gecko_android.strict_min_version)).toBeGreaterThanOrEqual(142);
    expect(production('firefox')).not.toHaveProperty('minimum_chrome_version');
  });

  it('chrome: no Firefox keys, and a minimum version with storage.session (Chrome 102)', () => {
    const m = production('chrome');
    expect(m).not.toHaveProperty('browser_specific_settings');
    expect(Number(m.minimum_chrome_version)).toBeGreaterThanOrEqual(102);
  });
});

describe('manifest: name, description and icons', () => {
  const locales = readdirSync(join(PUBLIC, '_locales'));

  it.each(BROWSERS)('%s takes its name and description from _locales, English by default', (browser) => {
    const m = production(browser);
    expect(m.name).toBe('__MSG_extName__');
    expect(m.description).toBe('__MSG_extDescription__');
    expect(locales).toContain(m.default_locale);
  });

  it('every locale (en, fr, de) names and describes Magpie within the stores’ length limits', () => {
    expect([...locales].sort()).toEqual(['de', 'en', 'fr']);
    for (const locale of locales) {
      const messages = JSON.parse(readFileSync(join(PUBLIC, '_locales', locale, 'messages.json'), 'utf8')) as Record<
        string,
        { message: string }
      >;
      const name = messages.extName?.message ?? '';
      const description = messages.extDescription?.message ?? '';
      expect(name, locale).toMatch(/^Magpie\b/);
      // Names: 45 characters, the strictest store (AMO's validator has used 45, its database 50;
      // Edge Add-ons 45). Descriptions: the Chrome Web Store's 132.
      expect(name.length, locale).toBeLessThanOrEqual(45);
      expect(description.length, locale).toBeGreaterThan(20);
      expect(description.length, locale).toBeLessThanOrEqual(132);
    }
  });

  it('has an icon of every store size, each as big as its name says', () => {
    for (const size of [16, 32, 48, 96, 128]) {
      expect(pngSize(join(PUBLIC, 'icon', `${size}.png`))).toEqual([size, size]);
    }
  });

  it.each(BROWSERS)('%s toolbar icons point at files that exist', (browser) => {
    const icons = (production(browser).action as { default_icon: Record<string, string> }).default_icon;
    expect(Object.keys(icons).length).toBeGreaterThan(0);
    for (const [size, path] of Object.entries(icons)) {
      expect(pngSize(join(PUBLIC, path))).toEqual([Number(size), Number(size)]);
    }
  });
});
