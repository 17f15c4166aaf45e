/** DOM helpers that work the same on linkedom (service worker) and a live browser document. */
import { scopedMemo } from './dom-index';

const SILENT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT']);
const NAME_ATTRS = ['class', 'id', 'itemprop', 'data-test', 'data-testid', 'data-qa'];

/** Text a reader sees in an element: no script, style, svg or template text; whitespace collapsed. */
export function visibleText(el: Element, max = 2000): string {
  const text = textParts(el, max, (e) => SILENT_TAGS.has(e.tagName)).join(' ');
  return text
    .replace(/[\s\u00a0\u200b\u202f]+/g, ' ')
    .trim()
    .slice(0, max);
}

/**
 * The text nodes under `el` in document order, skipping elements `skip` rejects, until about `max`
 * characters. Iterative: hostile pages nest tens of thousands of levels deep.
 */
export function textParts(el: Element, max: number, skip: (e: Element) => boolean): string[] {
  const parts: string[] = [];
  let length = 0;
  // a node budget too: a deep chain of empty wrappers must not be walked to its end
  let budget = Math.max(1000, max * 20);
  const stack: Node[] = [];
  for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length && length < max && budget-- > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      parts.push(t);
      length += t.length;
    } else if (node.nodeType === 1 && !skip(node as Element)) {
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return parts;
}

/** Class, id, itemprop and test-id attributes of an element as one lower-case string, for name matching. */
export function attrNames(el: Element): string {
  const memo = scopedMemo('names', () => new WeakMap<Element, string>());
  const known = memo?.get(el);
  if (known !== undefined) return known;
  let s = '';
  if (el.hasAttributes()) {
    for (const a of NAME_ATTRS) {
      const v = el.getAttribute(a);
      if (v) s += (s ? ' ' : '') + v;
    }
    s = s.toLowerCase();
  }
  memo?.set(el, s);
  return s;
}

/**
 * Hidden by markup: the hidden attribute, a hiding class or inline style, or a template. (aria-hidden
 * is not hiding: shops put it on the visible copy of a price or gallery.)
 */
export function isHidden(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden')) return true;
    const tag = e.tagName;
    if (tag === 'TEMPLATE' || tag === 'NOSCRIPT' || tag === 'SCRIPT' || tag === 'STYLE') return true;
    if (/(^|\s)(hide|hidden|d-none|is-hidden|invisible)(\s|$)/i.test(e.getAttribute('class') ?? '')) return true;
    const style = e.getAttribute('style');
    if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  }
  return false;
}

/** Tree distance between two elements: steps up from each to their closest common ancestor. */
export function treeDistance(a: Element, b: Element): number {
  const ancestors = new Map<Element, number>();
  let i = 0;
  for (let e: Element | null = a; e; e = e.parentElement) ancestors.set(e, i++);
  let j = 0;
  for (let e: Element | null = b; e; e = e.parentElement, j++) {
    const up = ancestors.get(e);
    if (up !== undefined) return up + j;
  }
  return Number.POSITIVE_INFINITY;
}
