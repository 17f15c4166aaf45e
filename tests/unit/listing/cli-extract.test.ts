import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CliError } from '@/scripts/cli/args';
import { runExtract } from '@/scripts/cli/extract';
import { RETAIL_DIR, loadRetailFixtures } from './fixtures';

describe('magpie extract', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints the listing of a saved page as JSON', async () => {
    const f = loadRetailFixtures().find((x) => x.name === 'jsonld-offers-per-size')!;
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    await runExtract([join(RETAIL_DIR, `${f.name}.html`), '--url', f.url]);
    expect(JSON.parse(out.join(''))).toEqual(f.expected);
  });

  it('needs --url', async () => {
    await expect(runExtract([join(RETAIL_DIR, 'visible-only.html')])).rejects.toThrow(
      new CliError('extract needs --url (the address the page was saved from)'),
    );
  });

  it('rejects a relative or non-http --url', async () => {
    await expect(runExtract(['page.html', '--url', 'shop/page'])).rejects.toBeInstanceOf(CliError);
    await expect(runExtract(['page.html', '--url=file:///tmp/page.html'])).rejects.toThrow(/absolute http/);
  });

  it('reports a missing file and missing or extra arguments as CliErrors', async () => {
    await expect(runExtract(['/no/such/page.html', '--url', 'https://x.example/'])).rejects.toThrow(
      /cannot read \/no\/such\/page\.html/,
    );
    await expect(runExtract([])).rejects.toThrow(/usage: magpie extract/);
    await expect(runExtract(['a.html', 'b.html', '--url', 'https://x.example/'])).rejects.toThrow(
      /unexpected argument b\.html/,
    );
    await expect(runExtract(['a.html', '--colour', 'red'])).rejects.toThrow(/unknown option --colour/);
  });
});
