import { readPrice } from '@/lib/price';
import { normaliseCurrency } from '@/lib/price/currency';
import { CliError, parseArgs } from './args';

/** Longest line accepted, in characters. */
const MAX_LINE = 10_000;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u;

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Turns stdin bytes into lines, rejecting what is not text: invalid UTF-8, control characters
 * (NUL and the like) and over-long lines, each reported with its 1-based line number.
 */
export function splitPriceLines(input: Buffer): string[] {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const raw: Buffer[] = [];
  let from = 0;
  for (let nl = input.indexOf(10); nl !== -1; nl = input.indexOf(10, from)) {
    raw.push(input.subarray(from, nl));
    from = nl + 1;
  }
  if (from < input.length) raw.push(input.subarray(from));
  return raw.map((bytes, i) => {
    let line: string;
    try {
      line = decoder.decode(bytes).replace(/\r$/, '');
    } catch {
      throw new CliError(`line ${i + 1}: not valid UTF-8 text`);
    }
    if (line.length > MAX_LINE) throw new CliError(`line ${i + 1}: longer than ${MAX_LINE} characters`);
    if (CONTROL.test(line)) throw new CliError(`line ${i + 1}: contains a control character (binary input?)`);
    return line.replace(/^\uFEFF/, '');
  });
}

/**
 * `magpie price [--currency ISO]`: reads one price string per stdin line and prints one JSON object
 * {"amount": number|null, "currency": "ISO"|null} per line, in order. `--currency` is the default for
 * bare numbers and shared signs such as "$" or "kr".
 */
export async function runPrice(args: string[]): Promise<void> {
  const { positional, flags } = parseArgs(args, ['currency']);
  if (positional.length) throw new CliError('usage: magpie price [--currency ISO] < lines');
  let defaultCurrency: string | undefined;
  if (flags.currency !== undefined) {
    defaultCurrency = normaliseCurrency(flags.currency) ?? undefined;
    if (!defaultCurrency) throw new CliError(`--currency: unknown currency ${JSON.stringify(flags.currency)}`);
  }
  const lines = splitPriceLines(await readStdin());
  const out = lines.map((line) => JSON.stringify(readPrice(line, { defaultCurrency })));
  if (out.length) process.stdout.write(out.join('\n') + '\n');
}
