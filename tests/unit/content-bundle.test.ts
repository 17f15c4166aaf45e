import { beforeAll, describe, expect, it } from 'vitest';
import { bundleInputs } from './bundle-inputs';
import { CONTENT_BROWSER } from '../../wxt.config';

/**
 * Every file esbuild pulls into a content-script bundle, with `wxt/browser` resolved as the content build does, for
 * Chromium (Firefox's content script carries its second part itself).
 */
const contentBundleInputs = (entry: string) =>
  bundleInputs(entry, {
    aliases: { 'wxt/browser': CONTENT_BROWSER },
    define: { 'import.meta.env.FIREFOX': 'false' },
  });

let inputs: string[] = [];
/** The second part, loaded only on a page that passed the pre-check (lib/content/stage.ts). */
let workInputs: string[] = [];
beforeAll(async () => {
  inputs = await contentBundleInputs('lib/content/index.ts');
  workInputs = await contentBundleInputs('lib/content/page-work.ts');
});

// The content script runs on every page: these keep what the design says stays out of it, out.
describe('content script bundle', () => {
  it('carries no detector, gazetteer, price finder, database, fetcher or HTML parser', () => {
    // Detection runs in the background on a snapshot of the page (lib/content/snapshot.ts); the content
    // script keeps the pre-check (with its patterns, generated from its word tables) and the validators of what
    // crosses the message boundary.
    expect(inputs.some((f) => f.endsWith('lib/detect/precheck.ts'))).toBe(true);
    expect(workInputs.some((f) => f.endsWith('lib/content/snapshot.ts'))).toBe(true);
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
    expect(workInputs.filter((f) => forbidden.some((re) => re.test(f)))).toEqual([]);
  });

  it('runs only the settings, the pre-check and the runner on every page: the rest is its second part', () => {
    // Compiling costs a page in proportion to the script's size, and most pages fail the pre-check.
    const secondOnly = [/lib\/content\/(snapshot|found|report|mention-image|page-work)\.ts$/, /lib\/inline\//];
    expect(inputs.filter((f) => secondOnly.some((re) => re.test(f)))).toEqual([]);
    expect(inputs.some((f) => f.endsWith('lib/protocol/messaging.ts'))).toBe(false);
    expect(workInputs.some((f) => f.endsWith('lib/inline/mount.ts'))).toBe(true);
    // The second part does not carry the pre-check a second time.
    expect(workInputs.some((f) => f.endsWith('lib/detect/precheck.ts'))).toBe(false);
  });

  it('sends messages and reads settings with the browser’s own API: no messaging, storage or polyfill library', () => {
    // The in-repo lib/protocol/messaging.ts and plain storage calls in lib/settings.ts replace these; the
    // content build swaps webextension-polyfill for lib/native-browser.ts (wxt.config.ts).
    const heavy = [/@webext-core\/messaging\//, /serialize-error\//, /@wxt-dev\/storage\//, /superlock\//, /polyfill/];
    expect([...inputs, ...workInputs].filter((f) => heavy.some((re) => re.test(f)))).toEqual([]);
    expect(inputs.some((f) => f.endsWith('lib/native-browser.ts'))).toBe(true);
  });
});
