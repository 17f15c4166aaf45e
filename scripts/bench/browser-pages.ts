/**
 * Pages for the real-browser section: the kinds of page Magpie meets, generated to the sizes the
 * performance issue measured (element counts, not bytes, since layout and DOM walks scale with them).
 * Every page is written here; nothing is fetched.
 */
import { readRepoFile } from './pages';
import { ms } from './report';

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

const NAV = (n: number): string =>
  `<header><nav>` +
  Array.from({ length: n }, (_, k) => `<a href="/section/${k}">Section ${k}</a>`).join('') +
  `</nav></header>`;

/** About `elements` elements of prose, lists and links, with no amount of money anywhere. */
function quietBody(elements: number): string {
  const parts: string[] = [NAV(60), '<main><article><h1>The long coat, again</h1>'];
  let count = 70;
  for (let k = 0; count < elements; k++) {
    parts.push(
      `<section><h2>Part ${k}</h2><p>Quiet luxury refuses to die: <em>no logo</em>, ` +
        `only <a href="/story/${k}">good cloth</a> and a long coat.</p>` +
        `<ul><li>Wool</li><li>Cashmere</li><li>Linen</li></ul></section>`,
    );
    count += 9;
  }
  parts.push('</article></main><footer><a href="/about">About</a></footer>');
  return parts.join('');
}

/** A markets page: share prices, earnings and budgets in every paragraph, and nothing to buy. */
function newsBody(elements: number): string {
  const parts: string[] = [NAV(80), '<main><article><h1>Markets close higher as retailers report</h1>'];
  let count = 90;
  for (let k = 0; count < elements; k++) {
    const p = (k % 400) + 12;
    parts.push(
      `<section><h2>Company ${k} results</h2>` +
        `<p>Shares of <a href="/markets/co-${k}">Company ${k}</a> rose to <b>$${p}.20</b> ` +
        `after revenue of $${p}.4 billion, up from $${p - 3}.1 billion; analysts expect $${p + 2}.75 per share.</p>` +
        `<table><tr><td>Open</td><td>$${p}.05</td></tr><tr><td>Close</td><td>$${p}.20</td></tr></table></section>`,
    );
    count += 12;
  }
  parts.push('</article></main><footer><a href="/about">About</a></footer>');
  return parts.join('');
}

const BRANDS = ['Zara', 'Mango', 'Gucci', 'Prada', 'Ganni', 'Nike', 'Adidas', 'Toteme', 'Khaite', 'Staud'];
const SHOPS: Array<[string, string]> = [
  ['Nordstrom', 'https://www.nordstrom.com/s/item-'],
  ['Net-a-Porter', 'https://www.net-a-porter.com/en-us/shop/product/'],
  ['Shopbop', 'https://www.shopbop.com/prod-'],
  ['Ssense', 'https://www.ssense.com/en-us/women/product/'],
];

/** A round-up with `n` products: heading, price line and a buy link per product, prose between. */
function productsBody(n: number): string {
  const parts: string[] = [NAV(40), '<main><article><h1>Everything we are buying this season</h1>'];
  for (let k = 0; k < n; k++) {
    const brand = BRANDS[k % BRANDS.length]!;
    const [shop, base] = SHOPS[k % SHOPS.length]!;
    parts.push(
      `<p>A piece that works from desk to dinner, in a cloth that holds its shape.</p>` +
        `<h3>${brand} Pleated Midi Skirt ${k}</h3>` +
        `<p>$${(k % 300) + 40} at <a href="${base}${1000 + k}">${shop}</a></p>`,
    );
  }
  parts.push('</article></main><footer><a href="/about">About</a></footer>');
  return parts.join('');
}

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
