import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '@/components/Popup';
import { Wishlist } from '@/components/Wishlist';
import { Sparkline, historyText } from '@/components/Sparkline';
import { totalsByCurrency } from '@/components/CurrencyTotals';
import { createMockApi } from '@/tests/support/mock-api';
import { sampleTabView } from '@/tests/support/mock-data';
import type { HistoryRow } from '@/lib/db/types';
import { byText, cleanup, click, mount, settle, text } from './dom';
import { fourItems, item } from './wishlist-helpers';

afterEach(cleanup);

const DEC6 = Date.UTC(2026, 11, 6, 12);
const DEC9 = Date.UTC(2026, 11, 9, 12);
const rows: HistoryRow[] = [
  { id: 1, itemId: 'x', time: DEC6, price: 195, currency: 'USD', availability: 'InStock' },
  { id: 2, itemId: 'x', time: DEC9, price: 149, currency: 'USD', availability: 'InStock' },
];
const day = (t: number) => new Date(t).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });

describe('price history chart', () => {
  it('draws an SVG sparkline labelled with the same words it prints', () => {
    expect(
      historyText(
        [
          { time: DEC6, price: 195 },
          { time: DEC9, price: 149 },
        ],
        'USD',
      ),
    ).toBe(`$195 on ${day(DEC6)}, $149 on ${day(DEC9)}`);
    const { root } = mount(<Sparkline rows={rows} currency="USD" />);
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(`Price history: $195 on ${day(DEC6)}, $149 on ${day(DEC9)}`);
    expect(svg.querySelectorAll('circle')).toHaveLength(2);
    // currentColor: the theme's colour in light and dark alike.
    expect(svg.querySelector('path')?.getAttribute('stroke')).toBe('currentColor');
    expect(text(root.querySelector('figcaption'))).toContain('$149 on');
  });

  it('the wishlist row shows change since saved, lowest seen, a changed marker, and opens the chart', async () => {
    const pouch = item(9, {
      id: 'x',
      brand: 'Theory',
      name: 'Post pouch',
      currentPrice: 149,
      currency: 'USD',
      firstPrice: 195,
      lowestPrice: 149,
      changedAt: DEC9,
      createdAt: DEC6,
    });
    const api = createMockApi({ items: [pouch], history: rows, seenAt: DEC6 });
    const { root } = mount(<Wishlist api={api} layout="page" searchDelayMs={0} />);
    await settle();
    const row = byText(root, 'article.item', 'Post pouch');
    expect(text(row.querySelector('.since-saved'))).toBe('−$46 (−24%) since saved');
    expect(row.querySelector('.badge-changed')).not.toBeNull();
    click(byText(row, 'button', 'Price history'));
    await settle();
    const dialog = root.querySelector('dialog.history-dialog')!;
    expect(text(dialog.querySelector('.history-facts'))).toContain('Down $46 (24%) since saved · lowest seen $149');
    expect(dialog.querySelector('svg[role="img"]')).not.toBeNull();
    expect(dialog.querySelectorAll('.history-rows li')).toHaveLength(2);
    click(byText(dialog as HTMLElement, 'button', 'Close'));
    await settle();
    expect(root.querySelector('dialog.history-dialog')).toBeNull();
  });

  it('no marker for a change the reader saw on an earlier visit', async () => {
    const pouch = item(9, { name: 'Post pouch', currentPrice: 149, currency: 'USD', changedAt: DEC6 });
    const { root } = mount(
      <Wishlist api={createMockApi({ items: [pouch], seenAt: DEC9 })} layout="page" searchDelayMs={0} />,
    );
    await settle();
    expect(root.querySelector('.badge-changed')).toBeNull();
  });
});

describe('totals and live prices note', () => {
  it('totals per currency, never one sum across currencies', async () => {
    expect(totalsByCurrency(fourItems())).toEqual([
      { currency: 'GBP', total: 1020, count: 2 },
      { currency: 'USD', total: 385, count: 2 },
    ]);
    const { root } = mount(
      <Wishlist api={createMockApi({ items: fourItems(), livePrices: false })} layout="page" searchDelayMs={0} />,
    );
    await settle();
    expect(text(root.querySelector('.totals'))).toContain('£1,020.00');
    expect(text(root.querySelector('.totals'))).toContain('$385.00');
    expect(text(root.querySelector('.prices-as-saved'))).toContain('Prices are as saved');
  });

  it('says nothing about saved prices when live prices are on', async () => {
    const { root } = mount(
      <Wishlist api={createMockApi({ items: fourItems(), livePrices: true })} layout="page" searchDelayMs={0} />,
    );
    await settle();
    expect(root.querySelector('.prices-as-saved')).toBeNull();
  });
});

describe('undo from the popup', () => {
  it('removing a saved product offers Undo, which brings it back with its notes', async () => {
    const api = createMockApi({ tab: { tabId: 7, view: sampleTabView() } });
    const { root } = mount(<Popup api={api} />);
    await settle();
    const save = () => byText(root, 'li.card', 'Le Chiquito').querySelector('button.save') as HTMLButtonElement;
    click(save());
    await settle();
    const id = api.items()[0]!.id;
    await api.setNotes(id, 'size S');
    click(save());
    await settle();
    expect(api.items()).toHaveLength(0);
    click(byText(root, '.undo-remove', 'Removed').querySelector('button')!);
    await settle();
    expect(api.items().map((i) => i.notes)).toEqual(['size S']);
    expect(save().getAttribute('aria-pressed')).toBe('true');
  });
});
