import { isShortener } from '../links/shorteners';
import { withRandCode } from './precheck-rand';
import { affiliateNetwork } from '../links/unwrap-affiliate';
import { colourways, creditLines, firstPerson, headingCredit, speaksOfRelease } from './precheck-credits';
import { hasMoney, intent, namesProduct, priceNearProductWord } from './precheck-text';
import { hostOf, ownHost, sameSite } from './precheck-hosts';
import { hasProductData, readableText } from './precheck-page';
import { wornList } from './precheck-worn';
import { forgetItemWords } from './precheck-lists';
import { CTA_ANYWHERE, CTA_LABEL } from './cta';

const MAX_LINKS = 3000;
/** A product page's path: a product slot (/product/, /p/, /dp/, /prd/, /item/, /shop/…). */
const PRODUCT_SLOT = /\/(?:products?|p|dp|prd|prod|item|items|shop|buy)(?:[/-]|$)/;
/** An item number in a path; news sites number their articles too, so it counts less than a slot. */
const ITEM_NUMBER = /[-_./]p?\d{6,}/;
/** Sites whose paths look like product slots (/p/ posts, numbered pins and statuses) and sell nothing. */
const SOCIAL = new RegExp(
  '(?:^|\\.)(?:instagram|facebook|twitter|x|pinterest|youtube|youtu|tiktok|linkedin|reddit|threads|t|wikipedia)' +
    '\\.[a-z.]+$',
);
/** Links to another site (or anywhere: a protocol-relative address); the rest have no host for hostOf to read. */
const OUTBOUND = 'a[href^="http" i], a[href^="//"]';
/**
 * Points from credit lines (2 each) and links to other sites' products (up to 2 each) that make a page worth
 * reading. 3 lets two linked product names through (labelled blog picks without a price or label); the detector,
 * not this test, decides whether such a pair is a recommendation.
 */
const ENOUGH = 3;
/** First-person words that make a page a personal post (a blog's voice, not a report of what someone wore). */
const VOICE = 2;

/**
 * Why a page can hold a recommendation, or null when it cannot: the cheap test run on every page before the
 * detector. Reasons: product structured data; a phrase of shopping intent (shop the look, add to cart, an
 * affiliate notice); an amount of money near a product word; a call-to-action, affiliate or shortener link; an
 * amount beside a link to another site; or enough credit lines ("Coat: Sézane") and links to other sites'
 * products together. Money alone (markets, news, recipes, property) and product words alone are not enough.
 */
export function precheckReason(root: Document | Element): string | null {
  try {
    return reasonOf(root);
  } finally {
    // Item-word answers are kept for one reading only: their keys are slices that would keep the page's text alive.
    forgetItemWords();
  }
}

/** precheckReason's reading of the page. */
function reasonOf(root: Document | Element): string | null {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  const top = root.nodeType === 9 ? (root as Document).documentElement : (root as Element);
  if (!top) return null;
  // The body: the head holds no reading matter, only the title and (often long) scripts and styles.
  const text = readableText((root.nodeType === 9 && (root as Document).body) || top);
  const low = text.toLowerCase();
  // Most pages with products pass on the first test, which stops at the first price beside a product word.
  const lowMoney = withRandCode(doc, low);
  const money = hasMoney(lowMoney);
  if (money && priceNearProductWord(lowMoney)) return 'price near product word';
  const notices = intent(low);
  if (notices === true) return 'intent';
  if (hasProductData(doc, top)) return 'product data';
  const credits = creditLines(text, low, 2);
  if (credits >= 2) return 'credit lines';
  // One credit in a blog's own voice or in the heading: a single pick ("my black pumps by Vince Camuto").
  if (credits === 1 && (firstPerson(text, low, VOICE) >= VOICE || headingCredit(doc))) return 'single credit';
  if (wornList(text, low)) return 'outfit list';
  const drops = colourways(text, low, 2);
  if (drops >= 2 || (drops === 1 && speaksOfRelease(low))) return 'release names';
  let points = 2 * credits;
  const here = ownHost(doc);
  // Labels are read only where they can count: a page's text without a call-to-action word or a notice has no link
  // labelled with one, and then only links to other sites are read (picked by the browser's selector engine: each
  // element the content script touches costs it a wrapper of its own).
  const labelsCount = notices.length > 0 || CTA_ANYWHERE.test(low);
  const links = labelsCount ? top.getElementsByTagName('a') : top.querySelectorAll(OUTBOUND);
  let noticeLabels = 0;
  // Menus, tags and "read more" repeat their labels: each label is tested for a call to action once.
  const labels = new Set<string>();
  for (let k = 0; k < links.length && k < MAX_LINKS; k++) {
    const a = links[k]!;
    let label: string | undefined;
    if (labelsCount) {
      label = (a.textContent ?? '').trim();
      if (!labels.has(label)) {
        if (CTA_LABEL.test(label)) return 'buy link';
        labels.add(label);
      }
      if (notices.length && notices.some((n) => label!.toLowerCase().includes(n))) noticeLabels++;
    }
    const href = a.getAttribute('href') ?? '';
    const host = hostOf(href);
    if (!host) continue;
    if (sameSite(host, here) || SOCIAL.test(host)) continue;
    // Affiliate links are shop links even without a price on the page (credits, linked picks). Checked on other
    // sites' links only: each check parses the URL, and most links of a page stay on its site.
    if (affiliateNetwork(href) || isShortener(href)) return 'affiliate link';
    // A price beside a link to another site: "$89 at Shop".
    if (money) {
      const block = a.parentElement?.parentElement ?? a.parentElement;
      if (block && hasMoney((block.textContent ?? '').slice(0, 2000).toLowerCase())) return 'price beside shop link';
    }
    // A link to another site's product: its path has a product slot or word, its text names a product.
    const path = href.slice(href.indexOf(host) + host.length).toLowerCase();
    const slot = PRODUCT_SLOT.test(path) ? 2 : ITEM_NUMBER.test(path) || namesProduct(path) ? 1 : 0;
    label ??= (a.textContent ?? '').trim();
    points += Math.min(2, slot + (namesProduct(label.toLowerCase()) ? 1 : 0));
    if (points >= ENOUGH) return 'credits and product links';
  }
  return notices.length > noticeLabels ? 'affiliate notice' : null;
}

/** A cheap test run on every page first: only a page that can hold a recommendation goes on to the detector. */
export function worthReading(root: Document | Element): boolean {
  return precheckReason(root) !== null;
}
