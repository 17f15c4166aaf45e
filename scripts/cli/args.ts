import { readFile } from 'node:fs/promises';

/** An error the user can fix (bad arguments, unreadable file): printed without a stack trace. */
export class CliError extends Error {}

/** Splits `FILE --flag value` arguments; unknown flags are an error. */
export function parseArgs(args: string[], flags: string[]): { positional: string[]; flags: Record<string, string> } {
  const positional: string[] = [];
  const out: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--')) {
      const [key, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      if (!flags.includes(key)) throw new CliError(`unknown option --${key}`);
      const value = inline ?? args[++i];
      if (value === undefined) throw new CliError(`--${key} needs a value`);
      out[key] = value;
    } else {
      positional.push(a);
    }
  }
  return { positional, flags: out };
}

/** Reads a text file, turning a missing or unreadable file into a clear CliError. */
export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${path}${code ? ` (${code})` : ''}`);
  }
}
