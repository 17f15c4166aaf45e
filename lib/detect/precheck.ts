import { isShortener } from '../links/shorteners';
import { affiliateNetwork } from '../links/unwrap-affiliate';
import {
  AFFILIATE_WORDS, CODES_AFTER, CODES_BEFORE, DISCLOSURE_CONTEXT, DISCLOSURE_NOUNS, INTENT_PHRASES, PRODUCT_STEMS,
} from './precheck-words';
import { CTA } from './text';

/**
 * A word's left edge where a table writes `\b`: no letter before, but a digit may be, since textContent runs
 * neighbouring elements together ("501 ’93" + "SHOP" reads "93shop").
 */
const LEFT_EDGE = '(?<![a-z])';

/**
 * One regex alternation from a word table, grouped by first letter: irregexp tries the branches of an alternation
 * one after another at every position, so 300 stems cost 300 tries a character, 40 groups about 40.
 */
function alternation(table: string): string {
  const groups = new Map<string, string[]>();
  for (const entry of table.trim().split(/\s+/)) {
    const word = entry.replace(/_/g, ' ');
    // A lookbehind stays whole; `\b` stays with the letter after it.
    const cut = word.startsWith('(') ? word.length : word.startsWith('\\b') ? 3 : 1;
    const head = word.slice(0, cut);
    groups.set(head, [...(groups.get(head) ?? []), word.slice(cut)]);
  }
  return [...groups]
    .map(([head, tails]) => (tails.length === 1 ? head + tails[0] : `${head}(?:${tails.join('|')})`))
    .join('|')
    .replace(/\\b(?=[a-z])/g, LEFT_EDGE);
}

/** A product noun anywhere in a short stretch of lower-case text. */
const PRODUCT = new RegExp(alternation(PRODUCT_STEMS));
/** Shopping intent on its own (group 1), an affiliate notice (group 2), a notice's noun that needs context (3). */
const CUES = new RegExp(
  `(${alternation(INTENT_PHRASES)})|(${alternation(AFFILIATE_WORDS)})|(${alternation(DISCLOSURE_NOUNS)})`,
  'g',
);
const DISCLOSURE_NEAR = new RegExp(alternation(DISCLOSURE_CONTEXT));
const NUMBER_WORD = '(?:ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)';
/**
 * An amount of money in lower-case text: a sign, a code glued to or spaced from digits on either side, yen and won
 * after digits or their myriads, an amount in words ("forty pounds"). Global, for walking every amount.
 */
const MONEY = new RegExp(
  `[$£€¥₹₩₽₺₱฿₫₪]|[\\d万千萬만천]\\s?[円원元]|\\b(?:${alternation(CODES_BEFORE)})\\s?(?=\\d)` +
    `|\\d\\s?(?:${alternation(CODES_AFTER)})(?![a-zà-ÿ])|\\b${NUMBER_WORD}[\\s-]+(?:\\w+[\\s-]+)?(?:pounds|dollars|euros|quid|bucks)\\b`,
  'g',
);
/**
 * The joint of a credit line: "Coat: Sézane", "Płaszcz – Pull&Bear", "Mantel von Barbara Schwarzer",
 * "Klänningen är från American Apparel", "A / B / C". The name after it is checked apart (capital, & or CJK).
 */
const JOINT = /[:：|]|\s(?:[–—-]|\/\/?|von|by|de|di|da|del|van|från|fra|af|od|from)\s/g;
/** Where a credit's item label starts: after the previous line, sentence or joint. */
const LABEL_START = /[.!?;:：|/–—()\n]/;
/** How far (characters) a credit's item label reaches back from its joint. */
const LABEL_REACH = 40;
/** How far (characters of page text) a product word may sit from an amount and still describe it. */
const NEAR = 160;
const MAX_LINKS = 3000;
/** Inline scripts and styles shorter than this are left in the text: cutting them costs more than reading them. */
const LONG_SCRIPT = 200;
/** A product page's path: a product slot (/product/, /p/, /dp/, /prd/, /item/, /shop/…). */
const PRODUCT_SLOT = /\/(?:products?|p|dp|prd|prod|item|items|shop|buy)(?:[/-]|$)/;
/** An item number in a path; news sites number their articles too, so it counts less than a slot. */
const ITEM_NUMBER = /[-_./]p?\d{6,}/;
/** Sites whose paths look like product slots (/p/ posts, numbered pins and statuses) and sell nothing. */
const SOCIAL = /(?:^|\.)(?:instagram|facebook|twitter|x|pinterest|youtube|youtu|tiktok|linkedin|reddit|threads|t|wikipedia)\.[a-z.]+$/;
/** Schema.org types that describe something for sale. */
const PRODUCT_TYPE = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:Product|ProductGroup|IndividualProduct|Offer|AggregateOffer)"/;
/** Points from credit lines and links to other sites' products that make a page worth reading. */
const ENOUGH = 3;

/** Product structured data: og:type product, schema.org microdata or JSON-LD of a Product or Offer. */
function hasProductData(doc: Document | null, top: Element): boolean {
  if (doc?.querySelector('meta[property="og:type"][content="product" i], meta[property="product:price:amount"]')) return true;
  if (top.querySelector('[itemtype*="schema.org/Product" i], [itemtype*="schema.org/Offer" i]')) return true;
  for (const s of Array.from((doc ?? top).querySelectorAll('script[type="application/ld+json"]'))) {
    if (PRODUCT_TYPE.test(s.textContent ?? '')) return true;
  }
  return false;
}

/** The page's text without its long inline scripts and styles (app state, JSON, CSS), which nobody reads. */
function readableText(top: Element): string {
  const text = top.textContent ?? '';
  const parts: string[] = [];
  let from = 0;
  for (const el of Array.from(top.querySelectorAll('script, style, noscript'))) {
    const own = el.textContent ?? '';
    if (own.length < LONG_SCRIPT) continue;
    // In document order, so each search starts where the last cut ended: one pass over the text in all.
    const at = text.indexOf(own, from);
    if (at < 0) continue;
    parts.push(text.slice(from, at));
    from = at + own.length;
  }
  return from ? parts.join(' ') + text.slice(from) : text;
}

/**
 * True for a phrase of shopping intent; else the words of affiliate notices found (a notice's noun only with a
 * link or earn word nearby), which count once the links show they are not just link labels.
 */
function intent(low: string): true | string[] {
  const notices: string[] = [];
  CUES.lastIndex = 0;
  for (let m = CUES.exec(low); m; m = CUES.exec(low)) {
    if (m[1]) return true;
    if (m[2] || DISCLOSURE_NEAR.test(low.slice(Math.max(0, m.index - 100), m.index + 100))) notices.push(m[0]);
  }
  return notices;
}

/** An amount of money with a product word within NEAR characters of it. */
function priceNearProductWord(low: string): boolean {
  MONEY.lastIndex = 0;
  let checkedTo = 0;
  for (let m = MONEY.exec(low); m; m = MONEY.exec(low)) {
    const from = Math.max(m.index - NEAR, checkedTo);
    const to = m.index + NEAR;
    // Windows of neighbouring amounts overlap: read each stretch of text once.
    if (to > from && PRODUCT.test(low.slice(from, to))) return true;
    checkedTo = Math.max(checkedTo, to - 40);
  }
  return false;
}

/** Whether a name starts at `k`: a capital, "&", a digitless CJK word, after "c/o" or an opening quote. */
function nameStarts(text: string, low: string, k: number): boolean {
  if (low.startsWith('c/o ', k)) k += 4;
  if (/["“„«'(]/.test(low[k] ?? '')) k++;
  const c = text[k] ?? '';
  return c === '&' || c !== low[k] || /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(c);
}

/** Credit lines: an item label with a product word, a joint, then a name ("Shirt: Gap", "Mantel von Jil Sander"). */
function creditLines(text: string, low: string, enough: number): number {
  // Lower-casing changes the length of a few characters (İ); then capitals cannot be told by position.
  if (text.length !== low.length) text = low;
  let found = 0;
  JOINT.lastIndex = 0;
  for (let m = JOINT.exec(low); m && found < enough; m = JOINT.exec(low)) {
    let k = m.index + m[0].length;
    while (low[k] === ' ') k++;
    if (!nameStarts(text, low, k)) continue;
    let from = m.index;
    while (from > 0 && m.index - from < LABEL_REACH && !LABEL_START.test(low[from - 1]!)) from--;
    const label = low.slice(from, m.index);
    // A quoted name before "by": a release's colourway ('Dunk Low "Sequoia" by Nike').
    if (PRODUCT.test(label) || (/[a-z]/.test(m[0]) && /[”"»]\s*$/.test(label))) found++;
  }
  return found;
}

const hostOf = (href: string): string | null => {
  const m = /^(?:https?:)?\/\/([^/?#:]+)/i.exec(href);
  return m ? m[1]!.toLowerCase().replace(/^www\./, '') : null;
};

/** The page's own host: the tab's location, or (a parsed document has none) its canonical or og:url address. */
function ownHost(doc: Document | null): string | null {
  let here: string | null = null;
  try {
    here = doc?.location?.hostname?.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    here = null;
  }
  if (here || !doc) return here;
  const meta = doc.querySelector('link[rel="canonical"][href], meta[property="og:url"][content]');
  return hostOf(meta?.getAttribute('href') ?? meta?.getAttribute('content') ?? '');
}

const sameSite = (a: string, b: string | null): boolean => !!b && (a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`));

/**
 * Why a page can hold a recommendation, or null when it cannot: the cheap test run on every page before the
 * detector. Reasons: product structured data; a phrase of shopping intent (shop the look, add to cart, an
 * affiliate notice); an amount of money near a product word; a call-to-action, affiliate or shortener link; an
 * amount beside a link to another site; or enough credit lines ("Coat: Sézane") and links to other sites'
 * products together. Money alone (markets, news, recipes, property) and product words alone are not enough.
 */
export function precheckReason(root: Document | Element): string | null {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  const top = root.nodeType === 9 ? (root as Document).documentElement : (root as Element);
  if (!top) return null;
  if (hasProductData(doc, top)) return 'product data';
  // The body: the head holds no reading matter, only the title and (often long) scripts and styles.
  const text = readableText((root.nodeType === 9 && (root as Document).body) || top);
  const low = text.toLowerCase();
  const notices = intent(low);
  if (notices === true) return 'intent';
  MONEY.lastIndex = 0;
  const money = MONEY.test(low);
  if (money && priceNearProductWord(low)) return 'price near product word';
  let points = 2 * creditLines(text, low, 2);
  if (points >= 2 * 2) return 'credit lines';
  const here = ownHost(doc);
  const links = top.getElementsByTagName('a');
  let noticeLabels = 0;
  for (let k = 0; k < links.length && k < MAX_LINKS; k++) {
    const a = links[k]!;
    const label = (a.textContent ?? '').trim();
    if (CTA.test(label)) return 'buy link';
    if (notices.length && notices.some((n) => label.toLowerCase().includes(n))) noticeLabels++;
    const href = a.getAttribute('href') ?? '';
    const host = hostOf(href);
    if (!host) continue;
    // Affiliate links are shop links even without a price on the page (credits, linked picks).
    if (affiliateNetwork(href) || isShortener(href)) return 'affiliate link';
    if (sameSite(host, here) || SOCIAL.test(host)) continue;
    // A price beside a link to another site: "$89 at Shop".
    if (money) {
      const block = a.parentElement?.parentElement ?? a.parentElement;
      MONEY.lastIndex = 0;
      if (block && MONEY.test((block.textContent ?? '').slice(0, 2000).toLowerCase())) return 'price beside shop link';
    }
    // A link to another site's product: its path has a product slot or word, its text names a product.
    const path = href.slice(href.indexOf(host) + host.length).toLowerCase();
    const slot = PRODUCT_SLOT.test(path) ? 2 : ITEM_NUMBER.test(path) || PRODUCT.test(path) ? 1 : 0;
    points += Math.min(2, slot + (PRODUCT.test(label.toLowerCase()) ? 1 : 0));
    if (points >= ENOUGH) return 'credits and product links';
  }
  return notices.length > noticeLabels ? 'affiliate notice' : null;
}

/** A cheap test run on every page first: only a page that can hold a recommendation goes on to the detector. */
export function worthReading(root: Document | Element): boolean {
  return precheckReason(root) !== null;
}
