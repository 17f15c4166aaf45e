/**
 * The bodies of the real-browser section's generated pages (scripts/bench/browser-pages.ts): a quiet
 * page, a money-heavy news page and a shopping round-up, written here, nothing fetched.
 */
const NAV = (n: number): string =>
  `<header><nav>` +
  Array.from({ length: n }, (_, k) => `<a href="/section/${k}">Section ${k}</a>`).join('') +
  `</nav></header>`;

/** About `elements` elements of prose, lists and links, with no amount of money anywhere. */
export function quietBody(elements: number): string {
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
export function newsBody(elements: number): string {
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

const DESCRIPTIONS = [
  'A piece that works from <em>desk to dinner</em>, in a cloth that holds its shape through a long day.',
  'Cut a little fuller than last year, it sits well with a flat shoe and a knit; ' +
    'see <a href="/story/fit">our fit notes</a>.',
  'The colour runs warmer in daylight than on screen, and the lining is a proper one, not an afterthought.',
  'We wore it for a week of commutes: it creased less than we feared and washed at thirty without fuss.',
];

/** Images the fixture server already serves (the seed's drawings), cycled through the products. */
const IMAGES = [
  'micro-purses-06-faith',
  'micro-purses-07-mackage',
  'micro-purses-08-topshop',
  'micro-purses-10-free-people',
  'micro-purses-12-zara',
  'micro-purses-14-cult-gaia',
  'micro-purses-16-furla',
  'micro-purses-19-sophie-hulme',
];

/** Publisher chrome around a shopping article: cookie layer, trending rail, related cards, long footer. */
function chrome(part: 'top' | 'bottom'): string {
  if (part === 'top') {
    return (
      `<div class="cookie" role="dialog"><p>We and our partners use cookies to measure and improve this site.</p>` +
      `<button>Accept</button><button>Settings</button></div>` +
      NAV(40) +
      `<aside class="trending"><h2>Trending</h2><ol>` +
      Array.from({ length: 20 }, (_, k) => `<li><a href="/story/t${k}">Trending story number ${k}</a></li>`).join('') +
      `</ol></aside>`
    );
  }
  return (
    `<section class="related"><h2>More to read</h2>` +
    Array.from(
      { length: 12 },
      (_, k) =>
        `<div class="card"><img src="/assets/micro-purses/${IMAGES[k % IMAGES.length]}.svg" width="320" ` +
        `height="200" alt=""><h4><a href="/story/r${k}">Related story ${k}</a></h4><p>Five minutes read.</p></div>`,
    ).join('') +
    `</section><footer>` +
    Array.from({ length: 60 }, (_, k) => `<a href="/page/${k}">Footer link ${k}</a>`).join(' ') +
    `</footer>`
  );
}

/**
 * A round-up with `n` products as publishers build them: per product a figure with its photo and
 * caption, a heading, a paragraph of description and a price line with the buy link, inside the
 * site's chrome. The issue measured ~460 ms of the page's own main-thread work for its 200-product
 * article; a page of bare headings and price lines costs a seventh of that and would make any fixed
 * cost of Magpie's look seven times larger than on a real round-up.
 */
export function productsBody(n: number): string {
  const parts: string[] = [chrome('top'), '<main><article><h1>Everything we are buying this season</h1>'];
  for (let k = 0; k < n; k++) {
    const brand = BRANDS[k % BRANDS.length]!;
    const [shop, base] = SHOPS[k % SHOPS.length]!;
    parts.push(
      `<section class="product"><figure><img src="/assets/micro-purses/${IMAGES[k % IMAGES.length]}.svg" ` +
        `width="640" height="800" alt="" loading="lazy" decoding="async">` +
        `<figcaption>Photo courtesy of the label</figcaption></figure>` +
        `<h3>${brand} Pleated Midi Skirt ${k}</h3>` +
        `<p>${DESCRIPTIONS[k % DESCRIPTIONS.length]}</p>` +
        `<p>$${(k % 300) + 40} at <a href="${base}${1000 + k}">${shop}</a></p></section>`,
    );
  }
  parts.push('</article></main>', chrome('bottom'));
  return parts.join('');
}
