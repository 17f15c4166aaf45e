import { isShortener } from '../links/shorteners';
import { affiliateNetwork } from '../links/unwrap-affiliate';
import { CTA } from './text';

/** A currency sign or code: an amount of money somewhere. Global, for walking every amount of a text. */
const MONEY = new RegExp(
  String.raw`[$£€¥₹₩₽]|\b(?:usd|eur|gbp|chf|cad|aud|inr|hkd|sgd|rs\.?|euros?|kr|zł|yen|zl|sek|nok|dkk|pln|brl|` +
    String.raw`krw|jpy|zar)\b|[円원元]|\bR\$?(?=\d)`,
  'gi',
);
const MAX_LINKS = 3000;
/** How far (characters of page text) a product word may sit from an amount and still describe it. */
const NEAR = 160;
// Lists of bare product links under "Shop the look:" carry no price.
const LOOK = /\b(?:shop|get|steal) (?:the|this|my) (?:look|outfit|post|style)/i;
/** An affiliate disclosure: the page says its links earn it money, so it links to products. */
const DISCLOSURE = new RegExp(
  String.raw`(?:earns?|receive|get|make)\b[^.]{0,40}\b(?:commission|share of sales)|affiliate (?:link|` +
    String.raw`commission|partner)|prowizj|수수료|アフィリエイト|provision (?:erhalten|bekommen)|provisionslink|` +
    String.raw`commissione|comisi[oó]n|une commission|affiliatelink|affiliate-link`,
  'i',
);
/**
 * Product words of the languages Magpie reads: stems of garments, shoes, bags, jewellery, beauty, home and tech goods.
 * Stems, not the lexicon's full list, so the content script carries a few hundred bytes; a miss only costs a run of
 * the detector.
 */
const PRODUCT = new RegExp(
  String.raw`(?:shop\b|buy\b|clothes|clothing|kleidung|vêtements|ropa\b|dress|skirt|shirt|blouse|sweater|` +
    String.raw`jumper|cardigan|hoodie|jacket|coat|blazer|trouser|pants|jeans|denim|shorts|legging|jumpsuit|shoe|` +
    String.raw`sneaker|trainer|boot|sandal|heel|loafer|mule|bag|purse|tote|clutch|backpack|wallet|belt|hat\b|` +
    String.raw`scarf|glove|sunglass|watch|earring|necklace|bracelet|ring\b|pendant|bikini|swim|lingerie|bra\b|` +
    String.raw`pyjama|pajama|socks|lipstick|mascara|serum|cream|moistur|cleanser|sunscreen|perfume|fragrance|` +
    String.raw`parfum|shampoo|lotion|candle|lamp|headphone|earbud|speaker|laptop|tablet|camera|kleid|rock\b|` +
    String.raw`hose|jacke|mantel|schuh|stiefel|tasche|robe|jupe|chemise|pantalon|veste|manteau|chaussure|botte|` +
    String.raw`sac\b|vestido|falda|camisa|chaqueta|abrigo|zapat|bolso|vestito|gonna|giacca|cappotto|scarpe|` +
    String.raw`borsa|jurk|rok\b|broek|jas\b|schoen|tas\b|sukienk|spódnic|kurtk|płaszcz|buty|torebk|klänning|` +
    String.raw`kjol|jacka|väska|skor|ドレス|スカート|バッグ|シューズ|スニーカー|ニット|コート|カーディガン|ジャケット|ダウン|ブーツ|サンダル|パンプス|シャツ|パンツ|デニム|` +
    String.raw`財布|時計|ネックレス|ピアス|リップ|クリーム|美容液|化粧水|香水|가방|백팩|토트|코트|니트|가디건|카디건|스니커즈|슈즈|원피스|재킷|자켓|laukku|takki|mekko|` +
    String.raw`kengät)`,
  'i',
);
/** The path of a product page: a product slot (/product/, /p/, /dp/, /prod…, an item number) or a product word. */
const SHOP_PATH = new RegExp(
  `^(?:[/?].*)?(?:/products?/|/p/|/dp/|/prod|/item|/shop/|[-_./]p?\\d{6,}|${PRODUCT.source.slice(3, -1)})`,
  'i',
);
/** Schema.org types that describe something for sale. */
const PRODUCT_TYPE = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:Product|ProductGroup|IndividualProduct|Offer|AggregateOffer)"/;

/** Product structured data: og:type product, schema.org microdata or JSON-LD of a Product or Offer. */
function hasProductData(doc: Document | null, top: Element): boolean {
  if (doc?.querySelector('meta[property="og:type"][content="product" i], meta[property="product:price:amount"]'))
    return true;
  if (top.querySelector('[itemtype*="schema.org/Product" i], [itemtype*="schema.org/Offer" i]')) return true;
  for (const s of Array.from((doc ?? top).querySelectorAll('script[type="application/ld+json"]'))) {
    if (PRODUCT_TYPE.test(s.textContent ?? '')) return true;
  }
  return false;
}

/** An amount of money with a product word within NEAR characters of it. */
function priceNearProductWord(text: string): boolean {
  MONEY.lastIndex = 0;
  let checkedTo = 0;
  for (let m = MONEY.exec(text); m; m = MONEY.exec(text)) {
    const from = Math.max(m.index - NEAR, checkedTo);
    const to = m.index + NEAR;
    // Windows of neighbouring amounts overlap: read each stretch of text once.
    if (to > from && PRODUCT.test(text.slice(from, to))) return true;
    checkedTo = Math.max(checkedTo, to - 40);
  }
  return false;
}

const hostOf = (href: string): string | null => {
  const m = /^https?:\/\/([^/?#:]+)/i.exec(href);
  return m ? m[1]!.toLowerCase().replace(/^www\./, '') : null;
};

/**
 * A cheap test run on every page first: only a page that can hold a recommendation goes on to the detector.
 * It can when it has a buy link (a call to action, an affiliate wrapper or shortener, a "shop the look" list, a link
 * to another site's product page), an affiliate disclosure,
 * product structured data, or an amount of money next to a product word or next to a link to another site (a shop).
 * Money alone (markets, news, recipes, property) is not enough.
 */
export function worthReading(root: Document | Element): boolean {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  const top = root.nodeType === 9 ? (root as Document).documentElement : root;
  if (!top) return false;
  const text = top.textContent ?? '';
  if (LOOK.test(text) || DISCLOSURE.test(text)) return true;
  MONEY.lastIndex = 0;
  const money = MONEY.test(text);
  if (money && priceNearProductWord(text)) return true;
  if (hasProductData(doc, top as Element)) return true;
  let here: string | null = null;
  try {
    here = doc?.location?.hostname?.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    here = null;
  }
  const links = top.getElementsByTagName('a');
  let shopLinks = 0;
  for (let k = 0; k < links.length && k < MAX_LINKS; k++) {
    const a = links[k]!;
    if (CTA.test((a.textContent ?? '').trim())) return true;
    const href = a.getAttribute('href') ?? '';
    const host = hostOf(href);
    if (!host) continue;
    // Affiliate links are shop links even without a price on the page (credits, linked picks).
    if (affiliateNetwork(href) || isShortener(href)) return true;
    if (host === here) continue;
    // A link to another site's product page (its path names a product or a product slot): a credit or a pick.
    // Two could be "related" links; three make a list of picks.
    if (SHOP_PATH.test(href.slice(href.indexOf(host) + host.length)) && ++shopLinks >= 3) return true;
    // A price beside a link to another site: "$89 at Shop".
    if (money) {
      const block = a.parentElement?.parentElement ?? a.parentElement;
      MONEY.lastIndex = 0;
      if (block && MONEY.test((block.textContent ?? '').slice(0, 2000))) return true;
    }
  }
  return false;
}
