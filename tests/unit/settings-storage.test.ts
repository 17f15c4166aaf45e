import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  getSettings,
  saveSettings,
  updateSettings,
  watchSettings,
  type Settings,
} from '@/lib/settings';

beforeEach(() => fakeBrowser.reset());

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('settings in storage.local', () => {
  it('read what WXT’s "local:settings" item stored (earlier versions wrote them that way)', async () => {
    await storage.setItem('local:settings', { ...DEFAULT_SETTINGS, inline: false, detectionOffSites: ['vogue.com'] });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, inline: false, detectionOffSites: ['vogue.com'] });
  });

  it('are stored where WXT’s item reads them, validated', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, detectionOffSites: ['https://www.Elle.com/x', 'not a site'] });
    expect(await storage.getItem('local:settings')).toEqual({ ...DEFAULT_SETTINGS, detectionOffSites: ['elle.com'] });
  });

  it('update from the stored value', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, inlineOffSites: ['elle.com'] });
    const next = await updateSettings((s) => ({ ...s, inlineOffSites: [...s.inlineOffSites, 'vogue.com'] }));
    expect(next.inlineOffSites).toEqual(['elle.com', 'vogue.com']);
    expect(await getSettings()).toEqual(next);
  });
});

describe('watchSettings', () => {
  it('reports validated changes of the settings key only, and stops', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.session.set({ settings: { detection: false } });
    expect(seen).toEqual([]);
    await fakeBrowser.storage.local.set({
      settings: { detection: false, detectionOffSites: 'vogue.com', extra: '<b>' },
    });
    await flush();
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, detection: false }]);
    stop();
    await saveSettings(DEFAULT_SETTINGS);
    expect(seen).toHaveLength(1);
  });

  it('skips writes that change nothing the settings mean', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, inline: false });
    const seen: boolean[] = [];
    const stop = watchSettings((s) => seen.push(s.inline));
    await saveSettings({ ...DEFAULT_SETTINGS, inline: false });
    await saveSettings({ ...DEFAULT_SETTINGS, inline: true });
    await flush();
    expect(seen).toEqual([true]);
    stop();
  });

  it('reads a removed value as the defaults', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, detection: false });
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await fakeBrowser.storage.local.remove('settings');
    await flush();
    expect(seen).toEqual([DEFAULT_SETTINGS]);
    stop();
  });
});
