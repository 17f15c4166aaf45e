import { isShortener } from '../links/shorteners';
import { affiliateNetwork } from '../links/unwrap-affiliate';
import { CTA } from './text';

const MONEY = /[$£€¥₹₩₽]|\b(?:usd|eur|gbp|chf|cad|aud|inr|hkd|sgd|rs\.?|euros?|kr|zł|yen)\b/i;
const MAX_LINKS = 3000;
// Lists of bare product links under "Shop the look:" carry no price.
const LOOK = /\b(?:shop|get|steal) (?:the|this|my) (?:look|outfit|post|style)/i;

/**
 * A cheap test run on every page first: without a currency marker, a buy or affiliate link, or product markup
 * there is nothing to find.
 */
export function worthReading(root: Document | Element): boolean {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  const top = root.nodeType === 9 ? (root as Document).documentElement : root;
  if (!top) return false;
  const text = top.textContent ?? '';
  if (MONEY.test(text) || LOOK.test(text)) return true;
  if (doc?.querySelector('meta[property="og:type"][content="product"], script[type="application/ld+json"]')) return true;
  const links = top.getElementsByTagName('a');
  for (let k = 0; k < links.length && k < MAX_LINKS; k++) {
    if (CTA.test((links[k]!.textContent ?? '').trim())) return true;
    // Affiliate links are shop links even without a price on the page (credits, linked picks).
    const href = links[k]!.getAttribute('href') ?? '';
    if (/^https?:/i.test(href) && (affiliateNetwork(href) || isShortener(href))) return true;
  }
  return false;
}
