import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { splitPriceLines } from '@/scripts/cli/price';
import { CliError } from '@/scripts/cli/args';

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

describe('splitPriceLines', () => {
  it('splits on LF and CRLF without a phantom last line', () => {
    expect(splitPriceLines(utf8('$165\r\n1.299,00 €\n\n'))).toEqual(['$165', '1.299,00 €', '']);
    expect(splitPriceLines(utf8('£5'))).toEqual(['£5']);
    expect(splitPriceLines(utf8(''))).toEqual([]);
  });

  it('names the line holding a NUL byte', () => {
    expect(() => splitPriceLines(utf8('$1\n$2\n$\u00003\n'))).toThrow(/line 3: .*control character/);
    expect(() => splitPriceLines(utf8('\u0000'))).toThrow(CliError);
  });

  it('names the line that is not UTF-8', () => {
    const bytes = Buffer.concat([utf8('$1\n'), Buffer.from([0xff, 0xfe, 0x00, 0x41]), utf8('\n')]);
    expect(() => splitPriceLines(bytes)).toThrow(/line 2: not valid UTF-8/);
  });

  it('names an over-long line', () => {
    expect(() => splitPriceLines(utf8(`$1\n${'9'.repeat(10_001)}\n`))).toThrow(/line 2: longer than 10000/);
    expect(splitPriceLines(utf8('9'.repeat(10_000)))).toHaveLength(1);
  });
});

describe('magpie price', () => {
  const run = (input: string | Buffer, args: string[] = []) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/magpie.ts', 'price', ...args], {
      input,
      encoding: 'utf8',
      timeout: 30_000,
    });

  it('prints one JSON object per input line, in order', () => {
    const r = run('$165\n1.299,00 €\n\nSave $20\n165\nHK$ 27,500\n');
    expect(r.status).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([
      { amount: 165, currency: 'USD' },
      { amount: 1299, currency: 'EUR' },
      { amount: null, currency: null },
      { amount: null, currency: null },
      { amount: 165, currency: null },
      { amount: 27500, currency: 'HKD' },
    ]);
  }, 30_000);

  it('takes a default currency for bare numbers and "$"', () => {
    const r = run('$18\n18\n', ['--currency', 'cad']);
    expect(r.stdout).toBe('{"amount":18,"currency":"CAD"}\n{"amount":18,"currency":"CAD"}\n');
  }, 30_000);

  it('fails with a clear message and non-zero status on binary input', () => {
    const r = run(Buffer.from([0x24, 0x31, 0x0a, 0x00, 0x01, 0x0a]));
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/line 2/);
  }, 30_000);
});
