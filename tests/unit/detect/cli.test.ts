import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runDetect } from '@/scripts/cli/detect';
import { CliError } from '@/scripts/cli/args';
import { FIXTURES } from './helpers';

describe('magpie detect', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints the mentions of a file as a JSON array without elements', async () => {
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
    await runDetect([join(FIXTURES, 'articles/micro-purses-2018.html'), '--url', 'https://thefashionspot.com/x/']);
    const list = JSON.parse(out) as Record<string, unknown>[];
    expect(list).toHaveLength(19);
    expect(Object.keys(list[0]!).sort()).toEqual(['brand', 'name', 'price', 'retailer', 'url']);
    expect(list[0]).toMatchObject({ brand: 'Theory', price: { amount: 165, currency: 'USD' } });
  });

  it('turns a missing file or a bad URL into a CliError', async () => {
    await expect(runDetect(['/nonexistent/page.html'])).rejects.toBeInstanceOf(CliError);
    await expect(runDetect([join(FIXTURES, 'articles/slideshow.html'), '--url', 'not a url'])).rejects.toBeInstanceOf(
      CliError,
    );
    await expect(runDetect([])).rejects.toBeInstanceOf(CliError);
  });
});
