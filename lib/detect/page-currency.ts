import { retailerForHost } from '../gazetteer';
import { pageCurrency as currencyFromHints } from '../price';

/**
 * What a bare "$" (or a bare number) means on an article: lib/price's pageCurrency, the one the
 * listing reader uses too, fed with the hints this document carries; USD when nothing says.
 */
const MAX_LINKS = 400;

function urlOf(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The page's currency for unmarked amounts and a bare "$". */
export function pageCurrency(doc: Document, pageUrl: string): string {
  const url = urlOf(pageUrl);
  const host = url?.hostname.toLowerCase() ?? '';
  const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content') ?? '';
  const links = doc.getElementsByTagName('a');
  const linkedHosts: string[] = [];
  for (let k = 0; k < links.length && k < MAX_LINKS; k++) {
    const h = urlOf(links[k]!.getAttribute('href') ?? '')?.hostname;
    if (h) linkedHosts.push(h);
  }
  const currency = currencyFromHints(host, doc.documentElement?.getAttribute('lang'), {
    locales: [meta('meta[property="og:locale"]'), meta('meta[http-equiv="content-language" i]')],
    path: url?.pathname,
    shopHosts: host ? retailerForHost(host)?.domains : undefined,
    linkedHosts,
    text: doc.body?.textContent ?? '',
  });
  return currency ?? 'USD';
}
