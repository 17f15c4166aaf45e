import { beforeAll, describe, expect, it } from 'vitest';
import { bundleInputs } from './bundle-inputs';

/** Every file esbuild pulls into the content script. */
const contentBundleInputs = () => bundleInputs('lib/content/index.ts');

let inputs: string[] = [];
beforeAll(async () => {
  inputs = await contentBundleInputs();
});

// The content script runs on every page: these keep what the design says stays out of it, out.
describe('content script bundle', () => {
  it('carries no gazetteer data, search table, database, fetcher or HTML parser', () => {
    expect(inputs.some((f) => f.endsWith('lib/gazetteer/brands.ts'))).toBe(true);
    // The data reaches the content script by message (lib/content/gazetteer-loader.ts), not by import.
    const forbidden = [
      /lib\/gazetteer\/generated\//,
      /lib\/gazetteer\/build\//,
      /lib\/gazetteer\/search\.ts$/,
      /lib\/db\//,
      /node_modules\/dexie\//,
      /lib\/resolve\//,
      /lib\/api\//,
      /lib\/listing\/(?!types)/,
      /node_modules\/linkedom\//,
    ];
    expect(inputs.filter((f) => forbidden.some((re) => re.test(f)))).toEqual([]);
  });

  it('sends messages and reads settings without a messaging or storage library, and carries one browser polyfill', () => {
    // The in-repo lib/protocol/messaging.ts and plain storage calls in lib/settings.ts replace these.
    const heavy = [/@webext-core\/messaging\//, /serialize-error\//, /@wxt-dev\/storage\//, /superlock\//];
    expect(inputs.filter((f) => heavy.some((re) => re.test(f)))).toEqual([]);
    expect(inputs.filter((f) => f.endsWith('webextension-polyfill/dist/browser-polyfill.js'))).toHaveLength(1);
  });
});
