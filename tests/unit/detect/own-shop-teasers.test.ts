import { describe, expect, it } from 'vitest';
import { ownShop } from '@/lib/detect/anchors/own-shop';
import type { Ctx, Line } from '@/lib/detect/context';
import { collectLines } from '@/lib/detect/lines';
import { setPageLanguage } from '@/lib/detect/lexicon';
import { happyDoc } from './helpers';

/** A page of a site that names itself, with links back into the site in its body. */
function page(site: string, host: string, lang: string, links: [string, string][]): Ctx {
  const body = links.map(([path, text]) => `<li><a href="https://${host}${path}">${text}</a></li>`).join('');
  const doc = happyDoc(
    `<!DOCTYPE html><html lang="${lang}"><head><meta property="og:site_name" content="${site}"></head>` +
      `<body><main><article><p>Text of the story.</p></article><aside><ul>${body}</ul></aside></main></body></html>`,
  );
  setPageLanguage(lang);
  const lines: Line[] = [];
  const it = collectLines(doc, lines);
  while (!it.next().done);
  return { root: doc, doc, pageUrl: `https://${host}/markets/story-1`, host, currency: 'EUR', lines };
}

describe("links back into the page's own site", () => {
  it('reads a link to its own product slot as the shop’s piece', () => {
    const got = ownShop.detect(
      page('Harbour Linen', 'harbourlinen.example', 'en', [['/products/linen-shirt', 'Linen Shirt']]),
    );
    expect(got.map((c) => [c.brand, c.name])).toContainEqual(['Harbour Linen', 'Linen Shirt']);
  });

  it('reads no teaser that asks or exclaims as a piece, in any language', () => {
    const teasers: [string, string, string][] = [
      ['pl', '/krem-nawilzajacy-czy-warto-2041', 'Krem nawilżający – czy warto?'],
      ['en', '/products/the-linen-shirt-is-back', 'The linen shirt is back!'],
      ['de', '/jacke-fuer-den-winter-lohnt-sich-das-2042', 'Jacke für den Winter: lohnt sich das?'],
      ['ja', '/products/coat-2043', 'このコート、買うべき？'],
    ];
    for (const [lang, path, text] of teasers)
      expect(ownShop.detect(page('Rynek Dnia', 'rynekdnia.example', lang, [[path, text]]))).toEqual([]);
  });

  it("reads a blog's dated posts and its static about page as no pieces", () => {
    const links: [string, string][] = [
      ['/2014/09/linen-shirt-and-jeans.html', 'Linen Shirt + Jeans'],
      ['/2019/03/12/the-wool-coat/', 'The Wool Coat'],
      ['/p/about.html', 'About'],
    ];
    expect(ownShop.detect(page('Westie Style', 'westiestyle.example', 'en', links))).toEqual([]);
    // A product slot without a date still reads.
    const shop = page('Westie Style', 'westiestyle.example', 'en', [['/p/linen-shirt-2014', 'Linen Shirt']]);
    expect(ownShop.detect(shop).map((c) => c.name)).toContain('Linen Shirt');
  });
});
