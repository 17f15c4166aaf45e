import { existsSync } from 'node:fs';

/** A browser Magpie's demo and end-to-end tests cannot run without, with how to get it. */
export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError';
}

interface BrowserSpec {
  label: string;
  envVar: string;
  paths: readonly string[];
  install: string;
}

const CHROMIUM: BrowserSpec = {
  label: 'Chromium',
  envVar: 'CHROME_PATH',
  paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  install: 'apt-get install -y chromium',
};

const FIREFOX: BrowserSpec = {
  label: 'Firefox',
  envVar: 'FIREFOX_PATH',
  paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
  install: 'apt-get install -y firefox-esr',
};

type Env = Record<string, string | undefined>;

function find(spec: BrowserSpec, env: Env, exists: (path: string) => boolean): string {
  const fromEnv = env[spec.envVar];
  if (fromEnv) {
    // An explicit choice that is wrong is an error, not a reason to pick another browser quietly.
    if (exists(fromEnv)) return fromEnv;
    throw new BrowserNotFoundError(
      `${spec.envVar}=${fromEnv} does not exist. Point ${spec.envVar} at a ${spec.label} binary or unset it.`,
    );
  }
  const found = spec.paths.find(exists);
  if (found) return found;
  throw new BrowserNotFoundError(
    `${spec.label} not found (looked at ${spec.paths.join(', ')}; ${spec.envVar} is not set).\n` +
      `Install it on Debian/Ubuntu with:  sudo ${spec.install}\n` +
      `or set ${spec.envVar} to the path of a ${spec.label} binary.`,
  );
}

/** Path of a Chromium to drive: CHROME_PATH, else the usual Debian/Ubuntu locations. Throws BrowserNotFoundError. */
export function findChromium(env: Env = process.env, exists: (path: string) => boolean = existsSync): string {
  return find(CHROMIUM, env, exists);
}

/** Path of a Firefox to drive: FIREFOX_PATH, else firefox-esr or firefox in /usr/bin. Throws BrowserNotFoundError. */
export function findFirefox(env: Env = process.env, exists: (path: string) => boolean = existsSync): string {
  return find(FIREFOX, env, exists);
}

/** Show the browser window only when there is a screen to show it on. */
export function shouldRunHeaded(env: Env = process.env): boolean {
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
