/**
 * House rules the import graph cannot show (`npm run lint` runs this after dependency-cruiser):
 * no source file over 8 KB outside generated data (split it by what it holds), and no line over
 * 120 characters. Lines are judged as Prettier prints them: Prettier breaks code (`npm run format`),
 * so what this catches is what only a person can break (comments, strings, templates).
 *
 *   npx tsx scripts/check-files.ts
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';

const ROOT = join(import.meta.dirname, '..');
export const MAX_BYTES = 8 * 1024;
export const MAX_LINE = 120;

/** Where the rules apply: the extension's code and the tools around it. */
const SCOPE = /^(lib|components|entrypoints|scripts)\/.*\.(ts|tsx|mts|mjs|css|html)$/;
/** Generated data and readable data files hold what scripts make or people list, not code to split. */
const EXEMPT = [/\/generated\//, /^lib\/gazetteer\/data\//];

/** The files in scope, from git (tracked and new, not ignored). */
function sourceFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return out
    .split('\n')
    .filter((f) => SCOPE.test(f) && !EXEMPT.some((re) => re.test(f)))
    .filter((f) => {
      try {
        return statSync(join(ROOT, f)).isFile();
      } catch {
        return false; // deleted in the working tree
      }
    });
}

/** The starts of lines over MAX_LINE as Prettier would print `text` (formatted only when a raw line is too long). */
async function longLines(file: string, text: string): Promise<string[]> {
  const over = (t: string) =>
    t
      .split('\n')
      .filter((l) => l.length > MAX_LINE)
      .map((l) => l.trim().slice(0, 60) + '…');
  if (over(text).length === 0) return [];
  const options = await prettier.resolveConfig(join(ROOT, file));
  const info = await prettier.getFileInfo(join(ROOT, file), { ignorePath: join(ROOT, '.prettierignore') });
  if (info.ignored || !info.inferredParser) return over(text);
  return over(await prettier.format(text, { ...options, filepath: join(ROOT, file) }));
}

/** Every breach of the rules, one line each; empty when the tree keeps them. */
export async function checkFiles(files = sourceFiles()): Promise<string[]> {
  const problems: string[] = [];
  for (const f of files) {
    const text = readFileSync(join(ROOT, f), 'utf8');
    const bytes = Buffer.byteLength(text);
    if (bytes > MAX_BYTES) {
      problems.push(`${f}: ${bytes} bytes, over ${MAX_BYTES}: split it by what it holds`);
    }
    for (const l of await longLines(f, text)) {
      problems.push(`${f}: a line over ${MAX_LINE} characters after formatting: ${l}`);
    }
  }
  return problems;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const problems = await checkFiles();
  for (const p of problems) console.error(p);
  if (problems.length) {
    console.error(`\n${problems.length} file rule breach(es).`);
    process.exit(1);
  }
  console.log('check-files: sizes and line lengths within the house rules.');
}
