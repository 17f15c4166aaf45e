import { attrNames, isHidden, visibleText } from '../dom';
import { docIndex, elementsByTag } from '../dom-index';
import { isOutsideMainProduct } from '../other-products';
import type { Availability } from '../types';

/** Add-to-cart wording (several languages) and the usual ids/classes of that button. */
const BUY = new RegExp(
  [
    String.raw`add[\s_-]*to[\s_-]*(your[\s_-]*)?(cart|bag|basket|trolley)|addto(cart|bag|basket|trolley)|buy[\s_-]*now`,
    'in den (warenkorb|einkaufswagen)|ajouter au panier|a[ñn]adir a la (cesta|bolsa)|a[ñn]adir al carrito',
    'agregar al carrito|aggiungi al carrello|toevoegen aan (winkelwagen|winkelmand)|in winkelwagen',
    'lisa ostukorvi|pievienot grozam|į krepšelį|dodaj do koszyka|lägg i (varukorgen|kundvagnen)',
    'læg i (kurv|indkøbskurv)|legg i handlekurv|lisää ostoskoriin|adicionar ao (carrinho|saco)',
    'sepete ekle|satın al|в корзину|купить|добавить в корзину|у кошик|купити',
    'أضف إلى (حقيبة|السلة)|اشتر(ي)? الآن|הוסף לסל|קנה עכשיו',
    'dodaj u košaricu|u košaricu|v košarico|dodaj v košarico|kupi odmah|do košíka|do košíku|vložit do košíku',
    'kosárba|pridėti į krepšelį|lisää koriin|kjøp nå|köp nu|køb nu|jetzt kaufen|sofort kaufen',
    'acheter maintenant|comprar ahora|compra ora|acquista ora',
    '加入購物車|加入购物车|放入購物車|立即購買|立即购买|直接購買|馬上購買|马上购买|立即結帳|カートに入れる|今すぐ買う',
    String.raw`장바구니( 담기)?|바로\s?구매|구매하기`,
    'see all buying (choices|options)|other buying options|opzioni di acquisto|options d.achat|kaufoptionen',
    'opciones de compra',
  ].join('|'),
  'i',
);
/** A one-word buy control ("Kupi", "Buy", "Kaufen"), matched against the whole label only. */
const BUY_WORDS = [
  'buy|kaufen|acheter|comprar|compra|acquista|kopen|köp|kjøp|køb|osta',
  'kup|kupi|kupić|koupit|kúpiť|vásárlás|cumpără|αγορά|купи|購買|购买|구매',
];
const BUY_WORD = new RegExp(String.raw`^\s*(${BUY_WORDS.join('|')})\s*$`, 'i');
/** "Out of stock" wording near the buy box. */
const OUT = new RegExp(
  [
    String.raw`\b(out of stock|sold out|currently unavailable|temporarily unavailable|no longer available|` +
      String.raw`not available|unavailable)\b`,
    'ausverkauft|nicht (mehr )?(verfügbar|lieferbar)|épuisé|rupture de stock|indisponible',
    'agotado|sin stock|no disponible|esaurito|non disponibile|uitverkocht|niet (meer )?leverbaar',
    'slutsåld|utsolgt|udsolgt|loppuunmyyty|wyprzedane|niedostępny|нет в наличии|esgotado|indisponível|نفذت الكمية',
  ].join('|'),
  'i',
);
/** The same words about a way of getting it (delivery, store pickup) or one size, not the product. */
const NOT_PRODUCT = new RegExp(
  [
    String.raw`deliver|shipping|dispatch|pick-?up|collect|in[-\s]?store|store|click|size`,
    'despacho|retiro|tienda|envío|livraison|retrait|magasin|lieferung|versand|abholung|filiale|größe|taille|talla',
    'for this item|in your area|image|photo|picture|colou?r',
  ].join('|'),
  'i',
);
const DISCONTINUED = /no longer available|nicht mehr (verfügbar|lieferbar)|niet meer leverbaar/i;
const MAX_ELEMENTS = 3000;

/** What the buy box says about stock, and what showed it. */
export interface VisibleAvailability {
  availability: Availability | null;
  evidence?: 'buy-button' | 'message';
}

/**
 * What the buy box shows: an enabled add-to-cart button for this product (buttons in recommendation
 * tiles, headers and dialogs do not count), else an "out of stock" notice.
 */
export function readVisibleAvailability(doc: Document): VisibleAvailability {
  const { all, tags } = docIndex(doc);
  const controls = all.filter((e, i) => {
    const tag = tags[i];
    if (tag === 'BUTTON') return true;
    if (tag === 'INPUT') return /^(submit|button|image)$/i.test(e.getAttribute('type') ?? '');
    if ((tag === 'A' || tag === 'DIV' || tag === 'SPAN') && e.hasAttributes() && e.getAttribute('role') === 'button')
      return true;
    // a link that runs the shop's script rather than going to a page: "javascript:buy(...)", onclick
    return tag === 'A' && isActionLink(e);
  });
  let buyButton = false;
  for (const el of controls.slice(0, MAX_ELEMENTS)) {
    if (isOutsideMainProduct(el)) continue;
    const label = [
      visibleText(el, 80),
      el.getAttribute('value'),
      el.getAttribute('aria-label'),
      el.getAttribute('title'),
      attrNames(el),
      el.getAttribute('name'),
    ]
      .filter(Boolean)
      .join(' ');
    if (!(BUY.test(label) || BUY_WORD.test(visibleText(el, 40))) || isDisabled(el) || isHidden(el)) continue;
    buyButton = true;
    break;
  }
  // an enabled buy button outweighs a notice: shops keep "sold out" labels in the page, hidden by CSS
  if (buyButton) return { availability: 'InStock', evidence: 'buy-button' };
  const notice = outOfStockNotice(doc);
  if (notice) return { availability: DISCONTINUED.test(notice) ? 'Discontinued' : 'OutOfStock', evidence: 'message' };
  return { availability: null };
}

function isActionLink(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  return /^\s*(javascript:|#)/i.test(href) || a.hasAttribute('onclick');
}

function isDisabled(el: Element): boolean {
  return (
    el.hasAttribute('disabled') ||
    el.getAttribute('aria-disabled') === 'true' ||
    /(^|[\s_-])(is-)?disabled([\s_-]|$)/.test((el.getAttribute('class') ?? '').toLowerCase())
  );
}

/** A short, visible "out of stock" text for the product as a whole (not one size in a picker). */
function outOfStockNotice(doc: Document): string | null {
  const els = elementsByTag(
    doc,
    'P',
    'SPAN',
    'DIV',
    'STRONG',
    'B',
    'EM',
    'BUTTON',
    'H2',
    'H3',
    'H4',
    'LABEL',
    'A',
    'DD',
  );
  for (const el of els.slice(0, 20 * MAX_ELEMENTS)) {
    // test the element's own words first: cheap, and keeps the scan linear on deep pages
    if (!OUT.test(ownText(el)) || isOutsideMainProduct(el)) continue;
    const text = visibleText(el, 120);
    if (text.length < 4 || text.length > 50 || NOT_PRODUCT.test(text)) continue;
    const m = OUT.exec(text);
    // the notice is the whole message ("Sorry, this item is sold out"), not a word in a sentence
    if (
      !m ||
      text
        .replace(m[0], ' ')
        .split(/\s+/)
        .filter((w) => /\p{L}/u.test(w)).length > 4
    )
      continue;
    if (isHidden(el) || inOptionPicker(el)) continue;
    return text;
  }
  return null;
}

/** The text directly inside an element (not in its child elements). */
function ownText(el: Element): string {
  let t = '';
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) t += c.nodeValue ?? '';
  return t;
}

/** Inside a size/colour picker or a delivery-options block, where "sold out" is about one option only. */
function inOptionPicker(el: Element): boolean {
  for (let e: Element | null = el; e && e.tagName !== 'BODY'; e = e.parentElement) {
    if (e.tagName === 'SELECT' || e.tagName === 'OPTION' || e.tagName === 'LI') return true;
    if (/size|swatch|variant|option|picker|dropdown|deliver|shipping|pickup|collect|fulfil/.test(attrNames(e)))
      return true;
  }
  return false;
}
