// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attributeWarnings, packageOf, type LintMessage } from '../../scripts/lib/lint-attribution';

describe('packageOf', () => {
  it('names the package a bundled source lies in', () => {
    expect(packageOf('../../node_modules/linkedom/esm/shared/utils.js')).toBe('linkedom');
    expect(packageOf('../node_modules/@webext-core/messaging/lib/index.js')).toBe('@webext-core/messaging');
    expect(packageOf('node_modules/a/node_modules/b/index.js')).toBe('b');
    expect(packageOf('..\\node_modules\\preact\\dist\\preact.module.js')).toBe('preact');
  });

  it('answers null for Magpie’s own files, even ones named like a package folder', () => {
    expect(packageOf('../../lib/inline/mount.ts')).toBeNull();
    expect(packageOf('../../lib/node_modules_notes/x.ts')).toBeNull();
  });
});

describe('attributeWarnings', () => {
  let dir: string;
  let files: Map<string, string>;

  // A real minified bundle with a real source map: one library file and one of "ours", each
  // assigning innerHTML, as addons-linter flags it.
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'magpie-attr-'));
    await mkdir(join(dir, 'node_modules/fakelib'), { recursive: true });
    await mkdir(join(dir, 'lib'), { recursive: true });
    await writeFile(join(dir, 'node_modules/fakelib/package.json'), '{"name":"fakelib","main":"index.js"}');
    await writeFile(
      join(dir, 'node_modules/fakelib/index.js'),
      'export function libSet(el, v) {\n  el.innerHTML = v;\n}\n',
    );
    await writeFile(
      join(dir, 'lib/own.js'),
      "import { libSet } from 'fakelib';\nexport function ownSet(node, html) {\n  node.innerHTML = html + '!';\n  libSet(node, html);\n}\n",
    );
    const out = await build({
      entryPoints: [join(dir, 'lib/own.js')],
      absWorkingDir: dir,
      bundle: true,
      minify: true,
      format: 'iife',
      globalName: 'x',
      sourcemap: 'external',
      outfile: join(dir, 'out/bundle.js'),
      write: false,
    });
    files = new Map(out.outputFiles.map((f) => [f.path, f.text]));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** The linter's 1-based position of the nth `X.innerHTML=` assignment in the bundle. */
  function warningAt(n: number): LintMessage {
    const js = files.get(join(dir, 'out/bundle.js'))!;
    const hits = [...js.matchAll(/[\w$]+\.innerHTML=/g)];
    const hit = hits[n]!;
    const before = js.slice(0, hit.index);
    const line = before.split('\n').length;
    const column = hit.index - before.lastIndexOf('\n');
    return {
      code: 'UNSAFE_VAR_ASSIGNMENT',
      message: 'Unsafe assignment to innerHTML',
      file: 'bundle.js',
      line,
      column,
    };
  }

  const read = async (path: string) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`ENOENT ${path}`);
    return text;
  };

  it('traces each flagged position to the file it was bundled from', async () => {
    const warnings = [warningAt(0), warningAt(1)];
    const got = await attributeWarnings(warnings, join(dir, 'out'), read);
    const sources = got.map((w) => w.source ?? '');
    expect(sources.map(packageOf).sort()).toEqual(['fakelib', null].sort());
    expect(sources.some((s) => s.endsWith('lib/own.js'))).toBe(true);
  });

  it('leaves a warning unattributed when there is no map, no position or no script', async () => {
    const noMap = await attributeWarnings([warningAt(0)], join(dir, 'elsewhere'), read);
    expect(noMap[0]!.source).toBeNull();
    const manifest = await attributeWarnings(
      [{ code: 'MANIFEST_X', message: 'x', file: 'manifest.json' }],
      join(dir, 'out'),
      read,
    );
    expect(manifest[0]!.source).toBeNull();
    const noLine = await attributeWarnings([{ code: 'X', message: 'x', file: 'bundle.js' }], join(dir, 'out'), read);
    expect(noLine[0]!.source).toBeNull();
  });
});
