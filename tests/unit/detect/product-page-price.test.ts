import { describe, expect, it } from 'vitest';
import { detectMentions } from '@/lib/detect';
import { displayedPrice } from '@/lib/detect/shown-price';
import { happyDoc } from './helpers';

const URL = 'https://www.small-pottery.example/shop/stoneware-mug';
const page = (main: string) =>
  happyDoc(
    `<!DOCTYPE html><html lang="en-GB"><head><title>Stoneware Mug | Hollow Kiln</title>` +
      `<meta property="og:site_name" content="Hollow Kiln">` +
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Stoneware Mug"}</script>` +
      `</head><body><main>${main}</main></body></html>`,
  );

describe('a product page whose structured data has no offer', () => {
  it('reads the price shown under the title, and the shop as the maker of its own goods', () => {
    const doc = page(
      `<h1>Stoneware Mug</h1><p class="price">£24.00 <small>inc. VAT</small></p>` +
        `<form><button type="submit">Add to basket</button></form><p>Thrown by hand; 300 ml.</p>`,
    );
    expect(
      detectMentions(doc, URL).map(({ brand, name, price, retailer }) => ({ brand, name, price, retailer })),
    ).toEqual([
      { brand: 'Hollow Kiln', name: 'Stoneware Mug', price: { amount: 24, currency: 'GBP' }, retailer: 'Hollow Kiln' },
    ]);
  });

  it('takes the sale price, not the struck-through regular price', () => {
    const doc = page(
      `<h1>Stoneware Mug</h1><div class="price"><span>Regular price</span><s>£30.00</s>` +
        `<span>Sale price</span><span class="price-item--sale">£24.00</span></div>`,
    );
    expect(displayedPrice(doc.querySelector('h1')!, 'GBP')).toEqual({ amount: 24, currency: 'GBP' });
  });

  it('does not read a price out of a sentence or past the buy form', () => {
    const doc = page(
      `<h1>Stoneware Mug</h1><p>Orders over £50.00 ship free to anywhere in the country.</p>` +
        `<form><button>Add to basket</button></form><p class="price">£24.00</p>`,
    );
    expect(displayedPrice(doc.querySelector('h1')!, 'GBP')).toBeNull();
  });
});
