/**
 * Pages for the real-browser section: the kinds of page Magpie meets, generated to the sizes the
 * performance issue measured (element counts, not bytes, since layout and DOM walks scale with them).
 * Every page is written here; nothing is fetched.
 */
import { readRepoFile } from './pages';
import { ms } from './report';
import { newsBody, productsBody, quietBody } from './browser-page-bodies';

export interface BrowserBenchPage {
  /** Short id, also the served file name. */
  id: string;
  label: string;
  html: string;
  /** Budget for the main-thread work Magpie may add, as a share of the page's own work or in ms. */
  budget: { share?: number; ms?: number };
  /**
   * Rounds as a multiple of the section's (MAGPIE_BENCH_ROUNDS, default 5): a small page loads in a few
   * milliseconds, so its added work is a small difference of noisy loads and needs more pairs to settle.
   */
  rounds?: number;
}

/** Magpie's added work against the page's budget, with the verdict. */
export function budgetCell(p: BrowserBenchPage, added: number, own: number): string {
  if (p.budget.share !== undefined) {
    const share = added / own;
    const verdict = share <= p.budget.share ? 'ok' : 'OVER';
    return `${(share * 100).toFixed(1)}% (≤ ${(p.budget.share * 100).toFixed(0)}%) ${verdict}`;
  }
  const limit = p.budget.ms ?? Infinity;
  return `${ms(added)} (≤ ${ms(limit)}) ${added <= limit ? 'ok' : 'OVER'}`;
}

const shell = (title: string, body: string, lang = 'en'): string =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>` +
  `<style>body{font:16px/1.5 Georgia,serif;max-width:60rem;margin:auto}nav a{margin-right:.5rem}</style></head>` +
  `<body>${body}</body></html>`;

/** The pages of the section, with the budgets; `only` ("tiny,seed") keeps just those ids. */
export function browserBenchPages(only = ''): BrowserBenchPage[] {
  const ids = only.split(',').filter(Boolean);
  return allPages().filter((p) => !ids.length || ids.includes(p.id));
}

function allPages(): BrowserBenchPage[] {
  return [
    {
      id: 'quiet',
      label: '11,700 elements, no prices',
      html: shell('The long coat', quietBody(11_662)),
      budget: { share: 0.01 },
    },
    {
      id: 'news',
      label: 'news, 10,500 elements, money, no product',
      html: shell('Markets', newsBody(10_540)),
      budget: { share: 0.02 },
    },
    {
      id: 'products-200',
      label: 'article with 200 products',
      html: shell('Buying', productsBody(200)),
      budget: { share: 0.1 },
    },
    {
      id: 'seed',
      label: 'the seed article (19 products)',
      html: readRepoFile('tests/fixtures/articles/micro-purses-2018.html'),
      budget: { ms: 15 },
      rounds: 2,
    },
    {
      id: 'tiny',
      label: 'a 17-element page',
      html: shell('Hello', '<main><h1>Hello</h1><p>A short note with <a href="/x">a link</a>.</p></main>'),
      budget: { ms: 3 },
      rounds: 3,
    },
  ];
}
