import { describe, expect, it } from 'vitest';
import { parseMentionImages } from '@/lib/links/mention-images';
import { parseTabMentions } from '@/lib/protocol';
import { saveInputForMention } from '@/lib/background/save-input';
import { isTabView } from '@/lib/protocol/tab-view';
import { sampleTabView } from '@/tests/support/mock-data';

describe('mention pictures across the boundary', () => {
  it('keeps http(s) pictures, nulls anything else, and drops a list of the wrong length', () => {
    expect(parseMentionImages(['https://a.example/x.jpg', 'javascript:alert(1)', null, 5], 4)).toEqual([
      'https://a.example/x.jpg',
      null,
      null,
      null,
    ]);
    expect(parseMentionImages(['https://a.example/x.jpg'], 2)).toBeUndefined();
    expect(parseMentionImages('nope', 1)).toBeUndefined();
  });

  it('survives a report, and a bad picture list never costs the mentions', () => {
    const mention = { brand: 'Theory', name: 'Pouch', price: null, retailer: null, url: null };
    expect(
      parseTabMentions({
        pageUrl: 'https://m.example/',
        pageTitle: 't',
        mentions: [mention],
        images: ['https://m.example/p.jpg'],
      })?.images,
    ).toEqual(['https://m.example/p.jpg']);
    const bad = parseTabMentions({
      pageUrl: 'https://m.example/',
      pageTitle: 't',
      mentions: [mention],
      images: [1, 2],
    });
    expect(bad?.mentions).toHaveLength(1);
    expect(bad?.images).toBeUndefined();
  });

  it('is saved with the mention when the shop gave no picture, and checked in a pushed view', () => {
    const view = { ...sampleTabView(), images: [null, null, null, null, 'https://m.example/rennie.jpg'] };
    expect(isTabView(view)).toBe(true);
    expect(isTabView({ ...view, images: ['file:///etc/passwd', null, null, null, null] })).toBe(false);
    expect(saveInputForMention(view, 4)?.image).toBe('https://m.example/rennie.jpg');
    // The shop's own picture wins when the listing was read.
    view.images[0] = 'https://m.example/article.jpg';
    expect(saveInputForMention(view, 0)?.image).toBe(
      'https://www.net-a-porter.com/variants/images/1234/in/w920_q60.jpg',
    );
  });
});
