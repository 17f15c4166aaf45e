import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { showMenuOutcome } from '@/lib/background/context-menu-feedback';
import { saveTabMentions } from '@/lib/background/tab-mentions';

const mention = { brand: 'Theory', name: 'Pouch', price: null, retailer: null, url: null };

describe('showMenuOutcome', () => {
  const calls: { text?: string; title?: string; color?: string }[] = [];
  beforeEach(() => {
    fakeBrowser.reset();
    calls.length = 0;
    vi.useFakeTimers();
    // The fake browser has no action API: record what Magpie would show.
    (browser as unknown as { action: object }).action = {
      setBadgeText: async ({ text }: { text: string }) => void calls.push({ text }),
      setBadgeBackgroundColor: async ({ color }: { color: string }) => void calls.push({ color }),
      setTitle: async ({ title }: { title: string }) => void calls.push({ title }),
    };
  });
  afterEach(() => vi.useRealTimers());

  it('flashes a tick and names the saved product, then shows the page’s count again', async () => {
    await saveTabMentions(4, { pageUrl: 'https://m.example/', pageTitle: 't', mentions: [mention, mention] });
    await showMenuOutcome(4, { saved: true, id: 'x', name: 'Theory Pouch' }, 1000);
    expect(calls).toContainEqual({ text: '✓' });
    expect(calls).toContainEqual({ title: 'Magpie: saved Theory Pouch' });
    await vi.advanceTimersByTimeAsync(1100);
    expect(calls.at(-2)).toEqual({ text: '2' });
  });

  it('says why nothing was saved', async () => {
    await showMenuOutcome(4, { saved: false, reason: 'Magpie found no product at this link.' }, 1000);
    expect(calls).toContainEqual({ text: '–' });
    expect(calls).toContainEqual({ title: 'Magpie: nothing saved. Magpie found no product at this link.' });
    await vi.advanceTimersByTimeAsync(1100);
    expect(calls.at(-1)).toEqual({ text: '' });
  });
});
