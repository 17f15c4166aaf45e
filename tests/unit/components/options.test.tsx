import { afterEach, describe, expect, it } from 'vitest';
import { Options } from '@/components/Options';
import { createMockApi } from '@/tests/support/mock-api';
import { DEFAULT_SETTINGS, parseSettings, type Settings, type SettingsStore } from '@/lib/settings';
import { byText, choose, cleanup, click, mount, settle, submit, text, typeInto } from './dom';

afterEach(cleanup);

function memoryStore(initial: Settings = DEFAULT_SETTINGS): SettingsStore & { value: Settings } {
  const subs = new Set<(s: Settings) => void>();
  const store = {
    value: initial,
    get: async () => store.value,
    async save(next: Settings) {
      store.value = parseSettings(next);
      subs.forEach((cb) => cb(store.value));
      return store.value;
    },
    watch(cb: (s: Settings) => void) {
      subs.add(cb);
      return () => subs.delete(cb);
    },
  };
  return store;
}

const checkbox = (root: HTMLElement, label: string) => byText(root, 'label', label).querySelector('input');

describe('Options', () => {
  it('turns detection and inline controls off everywhere', async () => {
    const store = memoryStore();
    const { root } = mount(<Options api={createMockApi()} store={store} />);
    await settle();
    choose(checkbox(root, 'Look for recommended products'), 'off');
    await settle();
    expect(store.value.detection).toBe(false);
    choose(checkbox(root, 'Show a small save button'), 'off');
    await settle();
    expect(store.value.inline).toBe(false);
    expect(text(root.querySelector('[role="status"]'))).toBe('Settings saved');
  });

  it('adds sites from a URL and removes them', async () => {
    const store = memoryStore();
    const { root } = mount(<Options api={createMockApi()} store={store} />);
    await settle();
    const input = root.querySelector('#inline-off-input');
    typeInto(input, 'https://www.elle.com/fashion/');
    submit(input?.closest('form'));
    await settle();
    expect(store.value.inlineOffSites).toEqual(['elle.com']);
    expect(text(root.querySelector('ul[aria-label="Sites without save buttons"]'))).toContain('elle.com');
    click(byText(root, 'button', 'Remove elle.com'));
    await settle();
    expect(store.value.inlineOffSites).toEqual([]);
  });

  it('explains a site it cannot read', async () => {
    const store = memoryStore();
    const { root } = mount(<Options api={createMockApi()} store={store} />);
    await settle();
    const input = root.querySelector('#detection-off-input');
    typeInto(input, 'not a site');
    submit(input?.closest('form'));
    await settle();
    expect(text(root.querySelector('#detection-off-error'))).toContain('Enter a site');
    expect(input?.getAttribute('aria-invalid')).toBe('true');
    expect(store.value.detectionOffSites).toEqual([]);
  });

  it('shows live price status and turns it on and off', async () => {
    const api = createMockApi();
    const { root } = mount(<Options api={api} store={memoryStore()} />);
    await settle();
    expect(text(root)).toContain('Off:');
    click(byText(root, 'button', 'Turn on live prices'));
    await settle();
    expect(api.livePricesGranted()).toBe(true);
    expect(text(root)).toContain('On:');
    click(byText(root, 'button', 'Turn off live prices'));
    await settle();
    expect(api.livePricesGranted()).toBe(false);
  });

  it('says so visibly when the browser’s request is declined', async () => {
    const api = createMockApi({ grantLivePrices: false });
    const { root } = mount(<Options api={api} store={memoryStore()} />);
    await settle();
    click(byText(root, 'button', 'Turn on live prices'));
    await settle();
    const status = root.querySelector('.status-line[role="status"]');
    expect(text(status)).toBe('Live prices stay off: the browser’s request was declined.');
    expect(status?.classList.contains('sr-only')).toBe(false);
  });

  it('follows changes made elsewhere', async () => {
    const store = memoryStore();
    const { root } = mount(<Options api={createMockApi()} store={store} />);
    await settle();
    await store.save({ ...store.value, detection: false });
    await settle();
    expect((checkbox(root, 'Look for recommended products') as HTMLInputElement).checked).toBe(false);
  });
});
