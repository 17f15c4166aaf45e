/** Tag and class signature of an element: records of one list or grid share it. */
export const signature = (e: Element): string =>
  `${e.tagName}.${(e.getAttribute('class') ?? '').trim().split(/\s+/).sort().join('.')}`;

// Counted once per parent, so a grid of thousands of records costs one pass.
let counts = new WeakMap<Element, Map<string, number>>();

/** How many children of the element's parent (itself included) share its signature. */
export function sameSiblings(e: Element): number {
  const p = e.parentElement;
  if (!p) return 1;
  let m = counts.get(p);
  if (!m) {
    m = new Map();
    for (const s of p.children) {
      const k = signature(s);
      m.set(k, (m.get(k) ?? 0) + 1);
    }
    counts.set(p, m);
  }
  return m.get(signature(e)) ?? 1;
}

/** Forgets counts (the DOM may have changed between detections). */
export function resetSiblings(): void {
  counts = new WeakMap();
}
