/**
 * Clickjacking guard for the inline controls. A trusted click proves a reader clicked, not that the
 * reader saw what they clicked: a page can fade the article around our control (an ancestor's
 * opacity, which our `:host` rules cannot override) and lay its own decoy beneath or beside it, so a
 * reader aiming at the decoy saves a product they never chose. The control therefore acts only on
 * a click that landed on it as drawn: the host is the topmost element at the click's point, and the
 * host and its ancestors are rendered and not faded. Keyboard presses (no pointer position) pass the
 * point test, since the reader moved focus there themselves.
 */

/** Below this combined opacity of the host and its ancestors, the control is treated as hidden. */
export const MIN_SHOWN_OPACITY = 0.5;

/** How far up the tree the opacity walk goes; articles nest deep, but not this deep. */
const MAX_ANCESTORS = 64;

/**
 * Whether `e`, a trusted click on an element inside `host`'s shadow root, landed on the control as
 * the reader sees it. Reads a few computed styles, once per click.
 */
export function clickLandedOnControl(host: Element, e: MouseEvent): boolean {
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  if (!host.isConnected || !view) return false;
  if (typeof host.checkVisibility === 'function' && !host.checkVisibility({ visibilityProperty: true })) {
    return false;
  }
  let shown = 1;
  let el: Element | null = host;
  for (let i = 0; el && i < MAX_ANCESTORS; i++, el = el.parentElement) {
    const opacity = Number.parseFloat(view.getComputedStyle(el).opacity);
    if (Number.isFinite(opacity)) shown *= opacity;
    if (shown < MIN_SHOWN_OPACITY) return false;
  }
  // A pointer click carries where it landed; a keyboard press (detail 0) does not.
  if (e.detail > 0 && typeof doc.elementFromPoint === 'function') {
    // Hit testing stops at our shadow boundary, so a click on the control reports our host; asked
    // of the tree the host lives in (the document, or a page component's open shadow root).
    const scope = host.getRootNode() as Document | ShadowRoot;
    const top = (typeof scope.elementFromPoint === 'function' ? scope : doc).elementFromPoint(e.clientX, e.clientY);
    if (top !== null && top !== host) return false;
  }
  return true;
}
