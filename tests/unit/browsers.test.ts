// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BrowserNotFoundError, findChromium, findFirefox, shouldRunHeaded } from '../../scripts/lib/browsers';

const only =
  (...paths: string[]) =>
  (p: string) =>
    paths.includes(p);

describe('browser discovery', () => {
  it('prefers CHROME_PATH, then the Debian locations in order', () => {
    expect(findChromium({ CHROME_PATH: '/opt/chrome' }, only('/opt/chrome', '/usr/bin/chromium'))).toBe('/opt/chrome');
    expect(findChromium({}, only('/usr/bin/chromium-browser', '/usr/bin/google-chrome'))).toBe(
      '/usr/bin/chromium-browser',
    );
    expect(findFirefox({}, only('/usr/bin/firefox', '/usr/bin/firefox-esr'))).toBe('/usr/bin/firefox-esr');
  });

  it('says what to install when no browser exists', () => {
    expect(() => findChromium({}, only())).toThrow(BrowserNotFoundError);
    expect(() => findChromium({}, only())).toThrow(/apt-get install -y chromium[\s\S]*CHROME_PATH/);
    expect(() => findFirefox({}, only())).toThrow(/apt-get install -y firefox-esr[\s\S]*FIREFOX_PATH/);
  });

  it('rejects a CHROME_PATH that does not exist instead of picking another browser', () => {
    expect(() => findChromium({ CHROME_PATH: '/nope' }, only('/usr/bin/chromium'))).toThrow(
      /CHROME_PATH=\/nope does not exist/,
    );
  });

  it('runs headed only with a display', () => {
    expect(shouldRunHeaded({})).toBe(false);
    expect(shouldRunHeaded({ DISPLAY: ':0' })).toBe(true);
    expect(shouldRunHeaded({ WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
  });
});
