import { describe, expect, it } from 'vitest';
import { splitBrand } from '@/lib/detect/brand';
import { clusters } from '@/lib/detect/clusters';
import type { Ctx, Line } from '@/lib/detect/context';
import { parseAround } from '@/lib/detect/segment';
import { retailerFromText, retailerFromUrl } from '@/lib/detect/retailer';

describe('splitBrand', () => {
  it.each([
    ['Cable-knit jumper by ARKET', { brand: 'Arket', name: 'Cable-knit jumper' }],
    ["Schultertasche von Marc O'Polo", { brand: "Marc O'Polo", name: 'Schultertasche' }],
    ['Blouse en soie, Maje', { brand: 'Maje', name: 'Blouse en soie' }],
    ['Common Projects / Original Achilles Low', { brand: 'Common Projects', name: 'Original Achilles Low' }],
    ['Mansur Gavriel Mini Mini Sun Bag', { brand: 'Mansur Gavriel', name: 'Mini Mini Sun Bag' }],
    ["Mulberry's Mini Bayswater", { brand: 'Mulberry', name: 'Mini Bayswater' }],
    ['ZYXWV Capri Triple White', { brand: 'ZYXWV', name: 'Capri Triple White' }],
    ['Le manteau long en laine Sézane', { brand: 'Sézane', name: 'Le manteau long en laine' }],
    ['Satin slip dress', { brand: null, name: 'Satin slip dress' }],
  ])('%s', (text, want) => expect(splitBrand(text)).toEqual(want));

  it('takes an everyday-word brand only with evidence', () => {
    expect(splitBrand('Coach bag').brand).toBeNull();
    expect(splitBrand('Mango Bamboo Coffer Bag').brand).toBe('Mango');
    expect(splitBrand('The Whistles slip dress', null, 'https://www.whistles.com/x').brand).toBe('Whistles');
  });

  it('reads an unknown brand from a bold lead or a product URL segment', () => {
    expect(splitBrand('Zyzzyva Studio Day Bag', [0, 14])).toEqual({ brand: 'Zyzzyva Studio', name: 'Day Bag' });
    expect(splitBrand('Zyzzyva Day Bag', null, 'https://www.ssense.com/en-us/women/product/zyzzyva/day-bag/1')).toEqual(
      {
        brand: 'Zyzzyva',
        name: 'Day Bag',
      },
    );
  });
});

describe('parseAround', () => {
  const ctx = { currency: 'USD', pageUrl: 'https://x.com/', host: 'x.com' } as Ctx;
  const read = (text: string) => {
    const line: Line = { i: 0, text, el: null as unknown as Element, links: [], bold: [], h: 0, cap: false };
    const c = clusters(ctx, line)[0];
    const p = c ? parseAround(line, c, 0, text.length) : null;
    return p && { name: p.name, amount: p.price.amount, currency: p.price.currency, retailer: p.retailer };
  };

  it.each([
    [
      'Post Small Satin Pouch, $165 at Net-a-Porter',
      { name: 'Post Small Satin Pouch', amount: 165, currency: 'USD', retailer: 'Net-a-Porter' },
    ],
    ['Sac Mini, 295 €, chez Sézane', { name: 'Sac Mini', amount: 295, currency: 'EUR', retailer: 'Sézane' }],
    [
      'Juliette Dress ($278, reformation.com)',
      { name: 'Juliette Dress', amount: 278, currency: 'USD', retailer: 'reformation.com' },
    ],
    ['Shop it: $225, Jenni Kayne', { name: '', amount: 225, currency: 'USD', retailer: 'Jenni Kayne' }],
    ['Parka, $1,595 ($1,116.50) at Simons', { name: 'Parka', amount: 1116.5, currency: 'USD', retailer: 'Simons' }],
  ])('reads %s', (text, want) => expect(read(text)).toEqual(want));

  it.each([
    "A diamond Birkin sold for £300,000 at Christie's in London",
    'Shares in the company fell 6% to €701.40 in Paris',
    'A $5 bottle of wine from the corner shop is perfect',
    'The retailer was fined $5 million on Thursday',
    'Expect denim from $49 and handbags from $59 at the sale',
    'About 200,000 orders, averaging $45 each, are affected.',
  ])('leaves prose alone: %s', (text) => expect(read(text)).toBeNull());
});

describe('retailer names', () => {
  it('reads shops from text and from unwrapped affiliate links', () => {
    expect(retailerFromText('at Net-a-Porter')).toBe('Net-a-Porter');
    expect(retailerFromText('the sale')).toBeNull();
    expect(retailerFromText('modaoperandi.com')).toBe('Moda Operandi');
    expect(retailerFromUrl('https://go.skimresources.com/?id=1&url=https%3A%2F%2Fwww.shopbop.com%2Fx')).toBe('Shopbop');
    expect(retailerFromUrl('https://shop.example-mag.com/redirect?url=https%3A%2F%2Fwww.ssense.com%2Fx')).toBe(
      'SSENSE',
    );
    expect(retailerFromUrl('https://www.sezane.com/fr/product/x', 'Sézane')).toBe('Sézane');
    expect(retailerFromUrl('https://unknown-shop.example/x')).toBeNull();
  });
});
