/** Mark every element Magpie adds to a page with this attribute so its own changes never trigger detection. */
export const MAGPIE_UI_ATTR = 'data-magpie-ui';

// Nodes that never hold readable product text.
const INERT_TAGS = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'IMG', 'BR']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** True for an element Magpie put on the page: marked with MAGPIE_UI_ATTR or a `<magpie-…>` custom element. */
export function isMagpieUi(node: Node): boolean {
  if (node.nodeType !== ELEMENT_NODE) return false;
  const el = node as Element;
  return el.tagName.startsWith('MAGPIE-') || el.hasAttribute(MAGPIE_UI_ATTR);
}

function isInsideMagpieUi(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (isMagpieUi(n)) return true;
  return false;
}

function isContentNode(node: Node): boolean {
  if (node.nodeType === TEXT_NODE) return (node.nodeValue ?? '').trim() !== '';
  if (node.nodeType !== ELEMENT_NODE) return false;
  return !INERT_TAGS.has((node as Element).tagName.toUpperCase()) && !isMagpieUi(node);
}

function hasContentNode(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    if (n && isContentNode(n)) return true;
  }
  return false;
}

/**
 * True when a mutation could change what the detector finds: page content added or removed,
 * outside Magpie's own UI. Scripts, styles and whitespace (ad and analytics churn) do not count.
 */
export function isRelevantMutation(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  if (!hasContentNode(record.addedNodes) && !hasContentNode(record.removedNodes)) return false;
  return !isInsideMagpieUi(record.target);
}
