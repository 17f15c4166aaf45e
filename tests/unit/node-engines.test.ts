import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
/** The oldest Node.js the README and package.json promise. */
const MIN_NODE = '20.19.0';

type V = [number, number, number];
const parse = (s: string): V => {
  const [a = 0, b = 0, c = 0] = s
    .replace(/^v/, '')
    .split('.')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : 0));
  return [a, b, c];
};
const cmp = (x: V, y: V) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2];

/** One comparator of an npm semver range (`>=1.2`, `^20.9.0`, `~4.1`, `16.x`, `*`) against a version. */
function satisfiesOne(v: V, comp: string): boolean {
  const m = /^(>=|<=|>|<|\^|~|=)?\s*v?([\dxX*]+(?:\.[\dxX*]+)?(?:\.[\dxX*]+)?)$/.exec(comp);
  if (!m) throw new Error(`unreadable engines comparator "${comp}"`);
  const [, op = '=', raw] = m;
  if (raw === '*' || raw === 'x') return true;
  const parts = raw!.split('.');
  const base = parse(raw!.replace(/[xX*]/g, '0'));
  const d = cmp(v, base);
  switch (op) {
    case '>=':
      return d >= 0;
    case '>':
      return d > 0;
    case '<=':
      return d <= 0;
    case '<':
      return d < 0;
    case '^':
      return d >= 0 && (base[0] > 0 ? v[0] === base[0] : v[1] === base[1]);
    case '~':
      return d >= 0 && v[0] === base[0] && (parts.length < 2 || v[1] === base[1]);
    default:
      return parts.every((p, i) => /[xX*]/.test(p) || Number(p) === v[i]);
  }
}

/** True when version `v` satisfies range `range` (`||` of space-separated comparators). */
export function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  return range.split('||').some((set) =>
    set
      .trim()
      .replace(/(>=|<=|>|<|\^|~|=)\s+/g, '$1')
      .split(/\s+/)
      .filter(Boolean)
      .every((c) => satisfiesOne(v, c)),
  );
}

describe('the Node.js requirement', () => {
  it('reads npm ranges as npm does', () => {
    expect(satisfies('20.19.0', '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfies('20.18.1', '^20.19.0 || >=22.12.0')).toBe(false);
    expect(satisfies('20.19.0', '>=22.13.0')).toBe(false);
    expect(satisfies('20.19.0', '^18.18.0 || ^20.9.0 || >=21.1.0')).toBe(true);
    expect(satisfies('20.19.0', '>= 18')).toBe(true);
    expect(satisfies('20.19.0', '16.x || 18.x')).toBe(false);
  });

  it('holds for every locked package, so `npm ci` on Node 20 warns of no engine', () => {
    const lock = JSON.parse(readFileSync(resolve(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
    };
    const unmet = Object.entries(lock.packages)
      .map(([path, p]) => ({ path, node: !Array.isArray(p.engines) ? p.engines?.node : undefined, version: p.version }))
      .filter((p) => p.node && !satisfies(MIN_NODE, p.node))
      .map((p) => `${p.path.replace(/^.*node_modules\//, '')}@${p.version} needs node ${p.node}`);
    expect(unmet).toEqual([]);
  });

  it('is what package.json and the README say', () => {
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(`>=${MIN_NODE.replace(/\.0$/, '')}`);
    expect(readFileSync(resolve(ROOT, 'README.md'), 'utf8')).toContain('Node.js 20.19 or newer');
  });
});
