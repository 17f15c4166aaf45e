/**
 * Real shop pages nest a few dozen elements deep; a hostile one can nest thousands (`<div>` ×5,000,
 * never closed), and every descendant selector and `closest()` the extractors run then walks thousands
 * of ancestors per element: a 5,000-deep page took the listing reader over 20 s. Browsers bound their
 * parsers' nesting for the same reason (Chromium at 512); the background's parser does not, so the
 * tree is bounded here, before any extractor reads it.
 */
export const MAX_DEPTH = 160;

/**
 * Flattens whatever sits deeper than `max` levels under the root element: the contents of each element
 * at depth `max` are laid out flat beneath it, in document order (elements emptied of their children,
 * text kept in place), much as a browser's parser places elements past its own limit. Text, attributes
 * and order survive; only nesting past the limit is lost. Returns how many elements were flattened.
 */
export function capDepth(doc: Document, max = MAX_DEPTH): number {
  const root = doc.documentElement;
  if (!root) return 0;
  const deep: Element[] = [];
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth === max) {
      if (el.firstElementChild) deep.push(el);
      continue;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push([c, depth + 1]);
  }
  let moved = 0;
  for (const el of deep) {
    const flat: Node[] = [];
    // Pre-order, without recursion: each node is listed before its children, which are then detached from it.
    const todo: Node[] = [...el.childNodes].reverse();
    while (todo.length) {
      const n = todo.pop()!;
      flat.push(n);
      const kids = [...n.childNodes];
      for (let k = kids.length - 1; k >= 0; k--) todo.push(kids[k]!);
    }
    for (const n of flat) n.parentNode?.removeChild(n);
    for (const n of flat) {
      el.appendChild(n);
      if (n.nodeType === 1) moved++;
    }
  }
  return moved;
}
