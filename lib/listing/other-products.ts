import { attrNames } from './dom';
import { scopedMemo } from './dom-index';

/** Containers that only ever hold other products: recommendation rails, "you may also like". */
const OTHER_PRODUCTS = new RegExp(
  [
    'recommend|related|similar|comparison|upsell|up-sell|cross-?sell',
    String.raw`also[-_]?(bought|viewed|like)|you[-_]?may|complete[-_]?the[-_]?look|recently`,
    String.raw`(^|[\s_-])recs?([\s_-]|$)|mini-?cart|minibasket`,
  ].join('|'),
);
/** Names used for tiles in a list, but also by some shops for the main product block. */
const TILE_NAMES = /tile|card|grid|carousel|slider|swiper|slick|product[-_]?list|(^|[\s_-])item([\s_-]|$)/;
/** Repeated blocks that are slides of the product's own gallery, not other products. */
const GALLERY_NAMES = /gallery|slide|thumb|zoom|media|image|photo|picture/;

/**
 * True when the element sits in a list of other products (a recommendation rail, or one of several
 * repeated tiles), in the site's header, footer or navigation, or in a dialog.
 */
export function isOutsideMainProduct(el: Element): boolean {
  // thousands of tiles share their ancestors: remember each ancestor's answer for this extraction
  const memo = scopedMemo('outside', () => new WeakMap<Element, boolean>());
  const path: Element[] = [];
  let result = false;
  for (let e: Element | null = el; e && e.tagName !== 'BODY'; e = e.parentElement) {
    const known = memo?.get(e);
    if (known !== undefined) {
      result = known;
      break;
    }
    path.push(e);
    if (marksOtherProducts(e)) {
      result = true;
      break;
    }
  }
  // everything below an outside container is outside; what was walked without a hit is inside
  if (memo) for (const e of path) memo.set(e, result);
  return result;
}

function marksOtherProducts(e: Element): boolean {
  const tag = e.tagName;
  if (tag === 'NAV' || tag === 'DIALOG' || e.getAttribute('role') === 'dialog') return true;
  // the site's header and footer, not a <header> inside the product's own section
  if ((tag === 'HEADER' || tag === 'FOOTER') && !e.parentElement?.closest('main, article, section, [role="main"]'))
    return true;
  const names = attrNames(e);
  if (!names) return false;
  if (OTHER_PRODUCTS.test(names)) return true;
  return TILE_NAMES.test(names) && !GALLERY_NAMES.test(names) && isRepeated(e);
}

/** One of three or more neighbouring siblings with the same tag and class: an entry of a list. */
function isRepeated(el: Element): boolean {
  const cls = el.getAttribute('class');
  if (!cls) return false;
  const same = (s: Element | null) => !!s && s.tagName === el.tagName && s.getAttribute('class') === cls;
  let count = 1;
  for (let s = el.previousElementSibling, i = 0; s && i < 2; s = s.previousElementSibling, i++) if (same(s)) count++;
  for (let s = el.nextElementSibling, i = 0; s && i < 2; s = s.nextElementSibling, i++) if (same(s)) count++;
  return count >= 3;
}
