/**
 * `npm run lint:firefox`: builds the Firefox production package and runs Mozilla's add-on linter
 * (`web-ext lint`, the checks addons.mozilla.org runs on upload) on it, offline.
 *
 * Fails on any error or notice, and on any warning in Magpie's own code or manifest. A warning
 * inside a bundled library is allowed and listed with its package: the build writes hidden source
 * maps (the scripts are byte-for-byte those of a build without maps), which are moved aside before
 * linting and used to trace each flagged position back to its source file.
 */
import { mkdir, mkdtemp, readFile, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build } from 'wxt';
import webExt from 'web-ext';
import { attributeWarnings, packageOf, type LintMessage } from './lib/lint-attribution';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, '.output/firefox-mv3');

interface LintResult {
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  notices: LintMessage[];
  warnings: LintMessage[];
}

/** A source path from a map, relative to the output folder, as a path from the repository root. */
const fromRoot = (source: string) => source.replace(/^(\.\.\/)+/, '');

function isLintResult(v: unknown): v is LintResult {
  const r = v as Partial<LintResult> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.summary === 'object' &&
    [r.errors, r.notices, r.warnings].every(Array.isArray)
  );
}

function describe(m: LintMessage): string {
  const at = m.file ? `${m.file}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}` : '(package)';
  return `${m.code} ${at} — ${m.message}`;
}

/** WXT's build log without the file list: the lint report is what matters here. */
function quietLogger() {
  const noop = () => {};
  return {
    debug: noop,
    log: noop,
    info: noop,
    success: noop,
    warn: console.warn,
    error: console.error,
    fatal: console.error,
    level: 0,
  };
}

async function main(): Promise<number> {
  await build({
    root: ROOT,
    browser: 'firefox',
    mode: 'production',
    logger: quietLogger(),
    vite: () => ({ build: { sourcemap: 'hidden' } }),
  });
  const mapsDir = await mkdtemp(join(tmpdir(), 'magpie-lint-maps-'));
  try {
    const maps = (await readdir(OUT, { recursive: true })).filter((f) => f.endsWith('.map'));
    for (const map of maps) {
      await mkdir(dirname(join(mapsDir, map)), { recursive: true });
      await rename(join(OUT, map), join(mapsDir, map));
    }
    const result = await webExt.cmd.lint(
      // Not self-hosted: Magpie goes to addons.mozilla.org, so the linter applies AMO's rules.
      { sourceDir: OUT, output: 'none', selfHosted: false, boring: true },
      { shouldExitProgram: false },
    );
    if (!isLintResult(result))
      throw new Error(`web-ext lint returned no report: ${JSON.stringify(result)?.slice(0, 200)}`);
    const warnings = await attributeWarnings(result.warnings, mapsDir, (p) => readFile(p, 'utf8'));
    const ours = warnings.filter((w) => w.source === null || packageOf(w.source) === null);
    const theirs = warnings.filter((w) => !ours.includes(w));

    console.log(
      `web-ext lint ${OUT}: ${result.summary.errors} errors, ` +
        `${result.summary.notices} notices, ${result.summary.warnings} warnings`,
    );
    for (const m of result.errors) console.log(`  error   ${describe(m)}`);
    for (const m of result.notices) console.log(`  notice  ${describe(m)}`);
    for (const w of ours)
      console.log(`  warning ${describe(w.message)}${w.source ? `\n          from ${fromRoot(w.source)}` : ''}`);
    if (theirs.length > 0) {
      console.log(`Allowed: ${theirs.length} warnings inside bundled libraries:`);
      for (const w of theirs)
        console.log(`  ${packageOf(w.source!)}: ${describe(w.message)}\n          from ${fromRoot(w.source!)}`);
    }
    const failed = result.errors.length + result.notices.length + ours.length;
    console.log(
      failed === 0
        ? 'lint:firefox passed.'
        : `lint:firefox failed: ${failed} problems in Magpie's own code or manifest.`,
    );
    return failed === 0 ? 0 : 1;
  } finally {
    await rm(mapsDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
