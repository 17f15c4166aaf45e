// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  MAX_ANSWER_TEXT,
  MAX_SEARCH_LINKS,
  parseFoundMentions,
  parseListingReply,
  parseSearchLinks,
  parseSearchLinksQuery,
  parseShopPage,
} from '@/lib/protocol/offscreen';
import { MAX_PAGE_MENTIONS, MAX_SHOP_HTML_CHARS } from '@/lib/protocol';

const mention = {
  brand: 'Acme',
  name: 'Moon Tote',
  price: { amount: 120, currency: 'USD' },
  retailer: null,
  url: null,
};
const listing = {
  title: 'Moon Tote',
  brand: 'Acme',
  price: 120,
  currency: 'USD',
  availability: 'InStock',
  image: null,
  url: 'https://shop.example/moon',
};

describe('the offscreen wire contract', () => {
  it('takes shop pages within the cap, from http(s) addresses only', () => {
    expect(parseShopPage({ html: '<p>', url: 'https://shop.example/p' })).toEqual({
      html: '<p>',
      url: 'https://shop.example/p',
    });
    expect(parseShopPage({ html: 'x'.repeat(MAX_SHOP_HTML_CHARS + 1), url: 'https://shop.example/p' })).toBeNull();
    expect(parseShopPage({ html: '<p>', url: 'file:///etc/passwd' })).toBeNull();
    expect(parseShopPage({ html: 7, url: 'https://shop.example/p' })).toBeNull();
  });

  it('takes search queries with a sane count of links', () => {
    const q = { html: '<p>', url: 'https://shop.example/s', brand: null, name: 'Bag', max: 3, extra: 1 };
    expect(parseSearchLinksQuery(q)).toEqual({
      html: '<p>',
      url: 'https://shop.example/s',
      brand: null,
      name: 'Bag',
      max: 3,
    });
    expect(parseSearchLinksQuery({ ...q, max: MAX_SEARCH_LINKS + 1 })).toBeNull();
    expect(parseSearchLinksQuery({ ...q, max: 1.5 })).toBeNull();
    expect(parseSearchLinksQuery({ ...q, brand: 3 })).toBeNull();
  });

  it('checks the document’s answers: mentions, listings and links', () => {
    expect(parseFoundMentions({ mentions: [mention], at: [4] })).toEqual({ mentions: [mention], at: [4] });
    expect(parseFoundMentions({ mentions: [mention], at: [4], ids: ['mabc'] })?.ids).toEqual(['mabc']);
    expect(parseFoundMentions({ mentions: [mention], at: [-1] })).toBeNull();
    expect(parseFoundMentions({ mentions: [mention], at: [] })).toBeNull();
    expect(parseFoundMentions({ mentions: [mention], at: [1], ids: ['<script>'] })).toBeNull();
    const many = Array.from({ length: MAX_PAGE_MENTIONS + 1 }, () => mention);
    expect(parseFoundMentions({ mentions: many, at: many.map((_m, i) => i) })).toBeNull();
    expect(parseListingReply(null)).toBeNull();
    expect(parseListingReply(listing)).toEqual(listing);
    // Shape and size only: values a stored listing would not keep still come back as the extractor read them.
    const odd = { ...listing, title: 'T'.repeat(1500), image: 'data:image/png;base64,AAAA' };
    expect(parseListingReply({ ...odd, extra: 1 })).toEqual(odd);
    expect(parseListingReply({ ...listing, price: 'cheap' })).toBeUndefined();
    expect(parseListingReply({ ...listing, availability: 'Maybe' })).toBeUndefined();
    expect(parseListingReply({ ...listing, title: 'T'.repeat(MAX_ANSWER_TEXT + 1) })).toBeUndefined();
    expect(parseListingReply('listing')).toBeUndefined();
    expect(parseSearchLinks(['https://shop.example/p/1'], 3)).toEqual(['https://shop.example/p/1']);
    expect(parseSearchLinks(['javascript:alert(1)'], 3)).toBeNull();
    expect(parseSearchLinks(['https://a.example/1', 'https://a.example/2'], 1)).toBeNull();
  });
});
