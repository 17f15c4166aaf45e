import { beforeAll, describe, expect, it } from 'vitest';
import { bundleInputs } from './bundle-inputs';
import { CONTENT_BROWSER } from '../../wxt.config';

/** Every file esbuild pulls into the content script, with `wxt/browser` resolved as the content build does. */
const contentBundleInputs = () => bundleInputs('lib/content/index.ts', { aliases: { 'wxt/browser': CONTENT_BROWSER } });

let inputs: string[] = [];
beforeAll(async () => {
  inputs = await contentBundleInputs();
});

// The content script runs on every page: these keep what the design says stays out of it, out.
describe('content script bundle', () => {
  it('carries no detector, gazetteer, price finder, database, fetcher or HTML parser', () => {
    // Detection runs in the background on a snapshot of the page (lib/content/snapshot.ts); the content
    // script keeps the pre-check (with its patterns, generated from its word tables) and the validators of what
    // crosses the message boundary.
    expect(inputs.some((f) => f.endsWith('lib/detect/precheck.ts'))).toBe(true);
    expect(inputs.some((f) => f.endsWith('lib/content/snapshot.ts'))).toBe(true);
    // The finished patterns, not the word tables and the code that joins them: no page pays for building them.
    expect(inputs.some((f) => f.endsWith('lib/detect/precheck-patterns.ts'))).toBe(false);
    const forbidden = [
      /lib\/detect\/(?!precheck|text|cta|validate|types|generated\/precheck-patterns)/,
      /lib\/gazetteer\//,
      /lib\/price\/(?!validate|types|format)/,
      /lib\/db\//,
      /node_modules\/dexie\//,
      /lib\/resolve\//,
      /lib\/api\//,
      /lib\/listing\/(?!types)/,
      /node_modules\/linkedom\//,
    ];
    expect(inputs.filter((f) => forbidden.some((re) => re.test(f)))).toEqual([]);
  });

  it('sends messages and reads settings with the browser’s own API: no messaging, storage or polyfill library', () => {
    // The in-repo lib/protocol/messaging.ts and plain storage calls in lib/settings.ts replace these; the
    // content build swaps webextension-polyfill for lib/native-browser.ts (wxt.config.ts).
    const heavy = [/@webext-core\/messaging\//, /serialize-error\//, /@wxt-dev\/storage\//, /superlock\//, /polyfill/];
    expect(inputs.filter((f) => heavy.some((re) => re.test(f)))).toEqual([]);
    expect(inputs.some((f) => f.endsWith('lib/native-browser.ts'))).toBe(true);
  });
});
