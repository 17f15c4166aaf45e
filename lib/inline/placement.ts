/** Elements that cannot hold our control as a child (void, replaced, or with a strict content model). */
const PLACE_AFTER = new Set([
  'IMG',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SVG',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'BR',
  'HR',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'UL',
  'OL',
  'DL',
  'OPTION',
]);

/** Interactive ancestors: a button inside them would click them too (a link would navigate). */
const INTERACTIVE = 'a[href], button, label, summary, [role="link"], [role="button"]';

/** Text containers a control may sit at the end of, on the same line as their last words. */
const TEXT_BLOCKS = new Set([
  'P',
  'DIV',
  'SPAN',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'DD',
  'DT',
  'TD',
  'TH',
  'STRONG',
  'B',
  'EM',
  'I',
  'SMALL',
  'FIGCAPTION',
]);
const MAX_DEPTH = 6;

function hasTextAfter(node: Element): boolean {
  for (let n = node.nextSibling; n; n = n.nextSibling)
    if (n.nodeType === 3 && (n.textContent ?? '').trim()) return true;
  return false;
}

/**
 * The innermost element whose text ends the mention: a product card's last paragraph rather
 * than the card, so the control joins that line instead of adding a line below the card.
 */
function lastTextBlock(el: Element): Element {
  let cur = el;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const last = cur.lastElementChild;
    if (!last || hasTextAfter(last) || !TEXT_BLOCKS.has(last.tagName.toUpperCase()) || !(last.textContent ?? '').trim())
      break;
    cur = last;
  }
  return cur;
}

/**
 * Where a mention's control goes: at the end of the mention's last line of text, or right
 * after the element (or its enclosing link/button) when a child control would be invalid or
 * would trigger the page's own link.
 */
export function placementFor(el: Element): { anchor: Element; append: 'last' | 'after' } {
  const interactive = el.closest(INTERACTIVE);
  if (interactive) return { anchor: interactive, append: 'after' };
  if (PLACE_AFTER.has(el.tagName.toUpperCase())) return { anchor: el, append: 'after' };
  return { anchor: lastTextBlock(el), append: 'last' };
}
