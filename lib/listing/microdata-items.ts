/**
 * Microdata item reading per the HTML spec: an itemprop belongs to the nearest itemscope above it,
 * nested itemscopes are values of their own, and the value comes from content/href/src/value/datetime
 * or the text, depending on the element.
 */

/** An itemscope element with its types and its properties (values in page order). */
export interface MicrodataItem {
  el: Element;
  /** itemtype URLs */
  types: string[];
  props: Map<string, MicrodataValue[]>;
}

/** A property value: text (from content/href/src/text) or a nested item. */
export type MicrodataValue = string | MicrodataItem;

const MAX_DEPTH = 6;
const MAX_PROPS = 2000;
const SRC_TAGS = new Set(['IMG', 'AUDIO', 'EMBED', 'IFRAME', 'SOURCE', 'TRACK', 'VIDEO']);
const HREF_TAGS = new Set(['A', 'AREA', 'LINK']);

/** Reads the item an itemscope element declares, with nested items as values. */
export function readItem(el: Element, depth = 0): MicrodataItem {
  const item: MicrodataItem = {
    el,
    types: (el.getAttribute('itemtype') ?? '').split(/\s+/).filter(Boolean),
    props: new Map(),
  };
  let count = 0;
  const add = (c: Element) => {
    const names = (c.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean);
    if (!names.length) return;
    const value: MicrodataValue =
      c.hasAttribute('itemscope') && depth < MAX_DEPTH ? readItem(c, depth + 1) : propertyValue(c);
    for (const n of names) {
      const list = item.props.get(n) ?? [];
      list.push(value);
      item.props.set(n, list);
    }
  };
  // iterative walk: an itemprop belongs to this item unless a nested itemscope sits in between
  const walk = (root: Element) => {
    const stack: Element[] = Array.from(root.children).reverse();
    while (stack.length) {
      const c = stack.pop()!;
      if (++count > MAX_PROPS) return;
      add(c);
      if (!c.hasAttribute('itemscope')) for (let k = c.lastElementChild; k; k = k.previousElementSibling) stack.push(k);
    }
  };
  walk(el);
  for (const id of (el.getAttribute('itemref') ?? '').split(/\s+/).filter(Boolean).slice(0, 20)) {
    const ref = el.ownerDocument.getElementById(id);
    if (ref && !ref.contains(el)) {
      add(ref);
      if (!ref.hasAttribute('itemscope')) walk(ref);
    }
  }
  return item;
}

/** The value of a non-item property element. */
export function propertyValue(el: Element): string {
  const tag = el.tagName.toUpperCase();
  const attr = (name: string) => el.getAttribute(name)?.trim() ?? '';
  if (el.hasAttribute('content')) return attr('content');
  if (SRC_TAGS.has(tag)) {
    const src = attr('src');
    // lazy-loaded images keep the real URL in data-src while src holds a placeholder
    return !src || src.startsWith('data:') ? attr('data-src') || attr('data-lazy-src') || src : src;
  }
  if (HREF_TAGS.has(tag)) return attr('href');
  if (tag === 'OBJECT') return attr('data');
  if (tag === 'DATA' || tag === 'METER') return attr('value');
  if (tag === 'TIME' && el.hasAttribute('datetime')) return attr('datetime');
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 2000);
}

/** The first string value of a property (an item's own "name" if the value is an item). */
export function firstText(item: MicrodataItem, name: string): string | null {
  for (const v of item.props.get(name) ?? []) {
    // an item without a name may still carry its value in content (<meta itemprop=brand itemscope content=...>)
    const s = typeof v === 'string' ? v : (firstText(v, 'name') ?? v.el.getAttribute('content')?.trim() ?? null);
    if (s) return s;
  }
  return null;
}

/** Item values of a property. */
export function itemsOf(item: MicrodataItem, name: string): MicrodataItem[] {
  return (item.props.get(name) ?? []).filter((v): v is MicrodataItem => typeof v !== 'string');
}

/** True when the item's type is one of `names` (schema.org, http or https, any case). */
export function hasType(item: MicrodataItem, names: string[]): boolean {
  return item.types.some((t) => names.includes(t.split(/[/#]/).pop()!.toLowerCase()));
}
