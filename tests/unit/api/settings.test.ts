import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  detectionEnabledFor,
  getSettings,
  inlineEnabledFor,
  normalizeSite,
  parseSettings,
  saveSettings,
  watchSettings,
} from '@/lib/settings';
import { hasLivePrices, requestLivePrices, revokeLivePrices, takeLivePricesAnswer } from '@/lib/api/live-prices';

beforeEach(() => fakeBrowser.reset());

describe('normalizeSite', () => {
  it('reduces URLs and host names to a bare host', () => {
    expect(normalizeSite('https://www.Vogue.com/fashion/x?y=1')).toBe('vogue.com');
    expect(normalizeSite(' vogue.co.uk ')).toBe('vogue.co.uk');
    expect(normalizeSite('shop.example.com/path')).toBe('shop.example.com');
  });
  it('rejects what is not a host', () => {
    expect(normalizeSite('')).toBeNull();
    expect(normalizeSite('not a site')).toBeNull();
    expect(normalizeSite('javascript:alert(1)')).toBeNull();
  });
});

describe('parseSettings', () => {
  it('fills defaults and drops bad values', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(
      parseSettings({
        detection: 'yes',
        inline: false,
        detectionOffSites: ['WWW.A.com', 'a.com', 7, 'bad site'],
        livePrices: 'on',
        extra: 1,
      }),
    ).toEqual({
      detection: true,
      detectionOffSites: ['a.com'],
      inline: false,
      inlineOffSites: [],
      livePrices: DEFAULT_SETTINGS.livePrices,
    });
    expect(parseSettings({ livePrices: false }).livePrices).toBe(false);
  });
});

describe('enabled checks', () => {
  const s = { ...DEFAULT_SETTINGS, detectionOffSites: ['vogue.com'], inlineOffSites: ['elle.com'] };
  it('turns detection off for listed sites and their subdomains', () => {
    expect(detectionEnabledFor(s, 'www.vogue.com')).toBe(false);
    expect(detectionEnabledFor(s, 'uk.vogue.com')).toBe(false);
    expect(detectionEnabledFor(s, 'notvogue.com')).toBe(true);
    expect(detectionEnabledFor({ ...s, detection: false }, 'elle.com')).toBe(false);
  });
  it('turns inline controls off per site, everywhere, and wherever detection is off', () => {
    expect(inlineEnabledFor(s, 'elle.com')).toBe(false);
    expect(inlineEnabledFor(s, 'harpersbazaar.com')).toBe(true);
    expect(inlineEnabledFor({ ...s, inline: false }, 'harpersbazaar.com')).toBe(false);
    expect(inlineEnabledFor(s, 'vogue.com')).toBe(false);
  });
});

describe('stored settings', () => {
  it('reads defaults, stores validated values and reports changes', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    const seen: boolean[] = [];
    const stop = watchSettings((s) => seen.push(s.inline));
    const stored = await saveSettings({
      ...DEFAULT_SETTINGS,
      inline: false,
      inlineOffSites: ['https://www.elle.com/x'],
    });
    expect(stored.inlineOffSites).toEqual(['elle.com']);
    expect(await getSettings()).toEqual(stored);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([false]);
    stop();
  });

  it('reads a corrupted stored value as defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('live prices', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are on only when the reader chose them and the host permission is granted', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    try {
      await saveSettings({ ...DEFAULT_SETTINGS, livePrices: false });
      // Firefox grants the content script's hosts at install: that alone turns nothing on.
      expect(await hasLivePrices()).toBe(false);
      expect(await requestLivePrices()).toBe(true);
      expect(request).toHaveBeenCalledOnce();
      expect(await hasLivePrices()).toBe(true);
      await revokeLivePrices();
      expect((await getSettings()).livePrices).toBe(false);
      expect(await hasLivePrices()).toBe(false);
      contains.mockResolvedValue(false);
      await saveSettings({ ...DEFAULT_SETTINGS, livePrices: true });
      expect(await hasLivePrices()).toBe(false);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('stay off when the reader declines the browser prompt', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    try {
      await saveSettings({ ...DEFAULT_SETTINGS, livePrices: false });
      expect(await requestLivePrices()).toBe(false);
      expect((await getSettings()).livePrices).toBe(false);
    } finally {
      vi.restoreAllMocks();
    }
  });
});

describe('the answer to a live-price request when the popup closed meanwhile', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is kept for the next popup, once, when the asking page never saw it', async () => {
    // The prompt never answers in the page that asked (Chromium closed the popup).
    vi.spyOn(fakeBrowser.permissions, 'request').mockReturnValue(new Promise(() => {}));
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    try {
      await saveSettings({ ...DEFAULT_SETTINGS, livePrices: false });
      void requestLivePrices();
      await new Promise((r) => setTimeout(r, 0));
      expect(await takeLivePricesAnswer()).toBe(false);
      expect(await takeLivePricesAnswer()).toBeNull();
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('is not kept when the asking page got the answer itself', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    try {
      await requestLivePrices();
      expect(await takeLivePricesAnswer()).toBeNull();
    } finally {
      vi.restoreAllMocks();
    }
  });
});
