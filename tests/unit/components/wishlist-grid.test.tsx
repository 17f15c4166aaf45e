import { afterEach, describe, expect, it } from 'vitest';
import { groupItems } from '@/components/WishlistGrid';
import { WishlistPage } from '@/components/WishlistPage';
import { createMockApi } from '@/tests/support/mock-api';
import { choose, cleanup, click, key, mount, settle, text } from './dom';
import { fourItems, item } from './wishlist-helpers';

afterEach(cleanup);

describe('groupItems', () => {
  it('groups by shop in list order, case aside, with unknown shops last', () => {
    const items = [
      ...fourItems(),
      item(9, { name: 'Loose', retailer: null }),
      item(10, { name: 'Other', retailer: 'shopbop' }),
    ];
    const groups = groupItems(items, 'shop');
    expect(groups.map((g) => [g.label, g.items.map((i) => i.name)])).toEqual([
      ['Shopbop', ['Shirley Bag', 'Silk Scarf', 'Other']],
      ['Net-a-Porter', ['Ribbed Cardigan']],
      ['SSENSE', ['Wool Coat']],
      ['Shop not known', ['Loose']],
    ]);
  });

  it('groups by article title, and keeps one group when not grouping', () => {
    const items = [
      item(1, { articleTitle: 'Minis' }),
      item(2, { articleTitle: null, articleUrl: null }),
      item(3, { articleTitle: 'Minis' }),
    ];
    expect(groupItems(items, 'article').map((g) => [g.label, g.items.length])).toEqual([
      ['Minis', 2],
      ['Not from an article', 1],
    ]);
    expect(groupItems(items, 'none')).toHaveLength(1);
  });
});

describe('the wishlist page', () => {
  it('shows cards with pictures, and headings per shop when grouped', async () => {
    const { root } = mount(<WishlistPage api={createMockApi({ items: fourItems() })} />);
    await settle();
    expect(root.querySelectorAll('.item-grid > li article.item')).toHaveLength(4);
    expect(root.querySelectorAll('h2.group-title')).toHaveLength(0);
    choose(root.querySelector('.wishlist-bar select'), 'shop');
    await settle();
    expect([...root.querySelectorAll('h2.group-title')].map((h) => text(h))).toEqual([
      'Shopbop (2)',
      'Net-a-Porter (1)',
      'SSENSE (1)',
    ]);
    expect(root.querySelectorAll('main')).toHaveLength(1);
  });
});

describe('the wishlist page after a removal', () => {
  it('hands focus back to the list when the toast closes', async () => {
    const { root } = mount(<WishlistPage api={createMockApi({ items: fourItems() })} />);
    await settle();
    click([...root.querySelectorAll('button')].find((b) => text(b).startsWith('Remove Staud')));
    await settle();
    expect(text(document.activeElement)).toBe('Undo');
    key(root.querySelector('.toast'), 'Escape');
    await settle();
    expect(document.activeElement).toBe(root.querySelector('[role="region"][aria-label="Saved items"]'));
  });
});
