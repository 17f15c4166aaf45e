import { describe, expect, it } from 'vitest';
import * as generated from '../../../lib/detect/generated/precheck-patterns';
import { precheckPatterns } from '../../../lib/detect/precheck-patterns';
import { namesProduct } from '../../../lib/detect/precheck-text';

describe('the pre-check patterns generated from its word tables', () => {
  it('are what the tables make now (else run npm run precheck:patterns)', () => {
    expect({ ...generated }).toEqual(precheckPatterns());
  });

  it('read words as the tables list them', () => {
    // Written examples: a stem inside a longer word, a stem with a left edge, and a word that only looks like one.
    expect(namesProduct('a quilted handbag')).toBe(true);
    expect(namesProduct('new boots in')).toBe(true);
    expect(namesProduct('the reboot of a series')).toBe(false);
  });
});
