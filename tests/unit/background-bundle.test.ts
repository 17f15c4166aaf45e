import { describe, expect, it } from 'vitest';
import { BUNDLE_ALIASES } from '../../wxt.config';
import { bundleInputs } from './bundle-inputs';

/** The files esbuild pulls into the background entry, with or without the build's aliases. */
const backgroundInputs = (aliases: Record<string, string>) =>
  bundleInputs('entrypoints/background.ts', { aliases, externalWxt: true });

describe('background bundle', () => {
  it("leaves out linkedom's stylesheet parser, which listing extraction never reads", async () => {
    const css = (files: string[]) => files.filter((f) => f.includes('node_modules/cssomnom/'));
    expect(css(await backgroundInputs({})).length).toBeGreaterThan(0);
    expect(css(await backgroundInputs(BUNDLE_ALIASES))).toEqual([]);
  }, 60_000);
});
