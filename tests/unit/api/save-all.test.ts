// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBrowserApi } from '@/lib/api/browser-api';
import { sampleTabView } from '@/tests/support/mock-data';
import { mentionIdOf } from '@/lib/mention-id';
import { onMessage } from '@/lib/protocol';

const stops: (() => void)[] = [];
beforeEach(() => fakeBrowser.reset());
afterEach(() => stops.splice(0).forEach((s) => s()));

describe('saveAll', () => {
  it('goes on past a product that fails and says how many were saved', async () => {
    const view = sampleTabView();
    view.savedIds = view.mentions.map(() => null);
    const ids = view.mentions.map((m) => mentionIdOf(m));
    const tried: string[] = [];
    stops.push(onMessage('getTabView', () => view));
    stops.push(
      onMessage('saveMention', ({ data }) => {
        tried.push(data.mentionId);
        if (data.mentionId === ids[0]) throw new Error('listingUrl must be an absolute http(s) URL');
        return `id-${data.mentionId}`;
      }),
    );
    const api = createBrowserApi();
    const n = view.mentions.length;
    await expect(api.saveAll(1)).rejects.toThrow(`saved ${n - 1} of ${n}; 1 could not be saved (listingUrl must be`);
    expect(tried).toEqual(ids);
  });

  it('returns the count when every save works', async () => {
    const view = sampleTabView();
    view.savedIds = view.mentions.map((_, i) => (i === 0 ? 'kept' : null));
    stops.push(onMessage('getTabView', () => view));
    stops.push(onMessage('saveMention', ({ data }) => `id-${data.mentionId}`));
    expect(await createBrowserApi().saveAll(1)).toBe(view.mentions.length - 1);
  });
});
