/**
 * The detector's inputs: a product article from the fixtures and no-product pages grown to the
 * same size, so the comparison is of content, not of length; and two generated 2 MB pages.
 */
import { articleInner, articlePage, fillTo, fixtureNames, readRepoFile } from './pages';

export interface BenchPage {
  label: string;
  html: string;
  url: string;
}

const PROSE =
  '<p>Quiet luxury is the trend that refuses to die; the look needs no logo and no explanation, ' +
  'only good cloth and a long coat.</p>';
const RELATED = (k: number) => `<p>Related: <a href="/style/story-${k}">how the capsule wardrobe came back</a></p>`;

/** The fixture article with a shopping list (brand, "Name, $P at Retailer" lines). */
export function productArticle(): BenchPage {
  const meta = JSON.parse(readRepoFile('tests/fixtures/articles/micro-purses-2018.expected.json')) as {
    pageUrl: string;
  };
  return {
    label: 'products: micro-purses-2018 fixture',
    html: readRepoFile('tests/fixtures/articles/micro-purses-2018.html'),
    url: meta.pageUrl,
  };
}

/** Prose with no currency sign, buy link or product markup: the pre-check's exit. */
export function quietPage(chars: number): BenchPage {
  const inner = fillTo(chars, (k) => (k % 8 === 7 ? RELATED(k) : PROSE));
  return {
    label: 'no products, no money (pre-check exit)',
    html: articlePage('The long coat, again', inner),
    url: 'https://news.example.com/style/long-coat',
  };
}

/** The plain news fixture (council budget in £) repeated: money, but nothing to buy. */
export function newsPage(chars: number): BenchPage {
  const inner = articleInner(readRepoFile('tests/fixtures/plain/no-products.html'));
  return {
    label: 'no products, £ amounts (plain fixture)',
    html: articlePage(
      'Library reopens',
      fillTo(chars, () => inner),
      'en-GB',
    ),
    url: 'https://news.example.co.uk/local/library',
  };
}

/** The negative fixtures (brand prose, share prices, auctions, recipes…) one after another. */
export function negativePage(chars: number): BenchPage {
  const inners = fixtureNames('tests/fixtures/negative').map((f) =>
    articleInner(readRepoFile(`tests/fixtures/negative/${f}`)),
  );
  const inner = fillTo(chars, (k) => inners[k % inners.length]!);
  return {
    label: 'no products, brands + prices (negative fixtures)',
    html: articlePage('This week in fashion business', inner),
    url: 'https://news.example.com/business/week',
  };
}

/** A long article with a product line ("Zara Item k, $P at Zara") after every ten paragraphs. */
export function bigProductArticle(chars: number): BenchPage {
  const inner = fillTo(
    chars,
    (k) =>
      `${PROSE.repeat(10)}<p>Zara Item ${k}, $${(k % 90) + 10} at <a href="https://www.zara.com/p${k}">Zara</a></p>`,
  );
  return {
    label: 'products: generated article',
    html: articlePage('Everything we are buying this year', inner),
    url: 'https://news.example.com/style/buying',
  };
}
