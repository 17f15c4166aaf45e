import { describe, expect, it } from 'vitest';
import { precheckReason } from '@/lib/detect/precheck';
import { withRandCode } from '@/lib/detect/precheck-rand';
import { happyDoc } from './helpers';

const page = (lang: string) =>
  happyDoc(
    `<!DOCTYPE html><html lang="${lang}"><head><title>Cold-weather picks</title></head><body><article>` +
      '<h1>Three cold-weather picks</h1><p>What we would buy before the first frost:</p>' +
      '<figure><figcaption>Quilted Puffer Jacket, Stonecrest R749.</figcaption></figure>' +
      '<figure><figcaption>Ribbed Wool Beanie, Stonecrest R129.</figcaption></figure>' +
      '</article></body></html>',
  );

describe('a bare rand sign in the pre-check', () => {
  it('reads "R749" as money on a South African page', () => {
    expect(precheckReason(page('en-ZA'))).toBe('price near product word');
  });

  it('leaves an "R" before digits alone on other pages', () => {
    expect(precheckReason(page('en-GB'))).toBeNull();
    const doc = page('en-US');
    expect(withRandCode(doc, 'the r40 bus, a r2 unit')).toBe('the r40 bus, a r2 unit');
  });

  it('writes the code for every bare sign, spaced or not', () => {
    expect(withRandCode(page('af-ZA'), 'jacket r749 and beanie r 129')).toBe('jacket zar 749 and beanie zar 129');
  });
});
