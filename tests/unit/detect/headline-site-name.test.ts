import { describe, expect, it } from 'vitest';
import { headlineFeatures } from '@/lib/detect/headline-features';
import type { Ctx } from '@/lib/detect/context';
import { happyDoc } from './helpers';

const ctx = (html: string, pageUrl: string) => ({ doc: happyDoc(html), pageUrl }) as unknown as Ctx;

describe('the headline feature without the site name', () => {
  it('does not read a blog named with a negative word as a page of fines', () => {
    const blog = ctx(
      '<html lang="en"><head><title>Holiday shopping in Canada | Quite Fine Days</title></head>' +
        '<body><h1>Quite Fine Days</h1></body></html>',
      'https://quitefinedays.example/holiday-shopping',
    );
    expect(headlineFeatures(blog)).toEqual([0]);
  });
  it('drops the name the site gives itself even when the host spells it otherwise', () => {
    const blog = ctx(
      '<html lang="en"><head><title>Ten gifts – Fine Print</title>' +
        '<meta property="og:site_name" content="Fine Print"></head><body></body></html>',
      'https://www.fp-journal.example/ten-gifts',
    );
    expect(headlineFeatures(blog)).toEqual([0]);
  });
  it('still reads the negative word in the headline of the page itself', () => {
    const news = ctx(
      '<html lang="en"><head><title>Retailer hit with record fine | Quite Fine Days</title></head><body></body></html>',
      'https://quitefinedays.example/news',
    );
    expect(headlineFeatures(news)).toEqual([1]);
  });
});
