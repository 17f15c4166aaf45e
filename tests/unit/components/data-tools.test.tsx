import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { DataTools } from '@/components/DataTools';
import { createMockApi } from '@/tests/support/mock-api';
import { byText, cleanup, click, mount, settle, text } from './dom';
import { fourItems } from './wishlist-helpers';

let downloads: { name: string; blob: Blob }[];
const blobs = new Map<string, Blob>();

beforeEach(() => {
  downloads = [];
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, b as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function pickFile(input: HTMLInputElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('DataTools', () => {
  it('downloads the wishlist as JSON through a Blob and a download link', async () => {
    const api = createMockApi({ items: fourItems() });
    const { root } = mount(<DataTools api={api} />);
    click(byText(root, 'button', 'Export JSON'));
    await settle();
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toMatch(/^magpie-wishlist-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(await downloads[0]!.blob.text());
    expect(doc.format).toBe('magpie-wishlist');
    expect(doc.items).toHaveLength(4);
    expect(text(root.querySelector('[role="status"]'))).toContain('Exported');
  });

  it('downloads CSV', async () => {
    const api = createMockApi({ items: fourItems() });
    const { root } = mount(<DataTools api={api} />);
    click(byText(root, 'button', 'Export CSV'));
    await settle();
    expect(downloads[0]!.name).toMatch(/\.csv$/);
    expect(downloads[0]!.blob.type).toBe('text/csv');
    expect((await downloads[0]!.blob.text()).split('\r\n')[0]).toBe('brand,name,retailer');
  });

  it('imports a JSON export and shows the summary', async () => {
    const source = createMockApi({ items: fourItems() });
    const exported = await source.exportJson();
    const target = createMockApi({ items: fourItems().slice(0, 1) });
    const { root } = mount(<DataTools api={target} />);
    pickFile(
      root.querySelector('input[type="file"]') as HTMLInputElement,
      new File([exported], 'w.json', { type: 'application/json' }),
    );
    await settle();
    expect(text(root.querySelector('[role="status"]'))).toBe('3 items added, 1 already on the wishlist.');
    expect(target.items()).toHaveLength(4);
  });

  it('shows a clear error for a file that is not an export, and changes nothing', async () => {
    const api = createMockApi({ items: fourItems() });
    const { root } = mount(<DataTools api={api} />);
    pickFile(root.querySelector('input[type="file"]') as HTMLInputElement, new File(['{"hello": 1'], 'bad.json'));
    await settle();
    const alert = root.querySelector('[role="alert"]');
    expect(text(alert)).toMatch(/^Import failed: .+/);
    expect(api.items()).toHaveLength(4);
  });

  it('reports a failed export', async () => {
    const api = createMockApi({ items: fourItems(), failing: { exportCsv: 'disk full' } });
    const { root } = mount(<DataTools api={api} />);
    click(byText(root, 'button', 'Export CSV'));
    await settle();
    expect(text(root.querySelector('[role="alert"]'))).toBe('disk full');
    expect(downloads).toHaveLength(0);
  });

  it('opens the file picker from a real button (the input stays out of the tab order)', () => {
    const { root } = mount(<DataTools api={createMockApi()} />);
    const input = root.querySelector('input[type="file"]') as HTMLInputElement;
    expect(input.tabIndex).toBe(-1);
    const opened = vi.spyOn(input, 'click').mockImplementation(() => {});
    click(byText(root, 'button', 'Import…'));
    expect(opened).toHaveBeenCalled();
  });
});
