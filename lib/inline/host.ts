import { INLINE_CSS } from './inline-css';

/** The tag of a control's host element in the page. */
export const HOST_TAG = 'magpie-save';

/** Events that stay inside the control, so page scripts never react to clicks and keys meant for it. */
const ISOLATED_EVENTS = [
  'click',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
  'keypress',
];

/**
 * How every control of a page gets its styles: one constructed stylesheet adopted by each shadow
 * root where the browser allows it (parsed once, shared by 200 roots), else a <style> per root
 * (Firefox refuses a content script's sheet for the page's roots in some versions).
 */
export interface SharedStyles {
  apply(root: ShadowRoot): void;
}

/** Styles for the controls of `doc`, with INLINE_CSS. */
export function sharedStyles(doc: Document): SharedStyles {
  let sheet: CSSStyleSheet | null = null;
  let adopt = true;
  let checked = false;
  const style = doc.createElement('style');
  style.textContent = INLINE_CSS;
  return {
    apply(root) {
      if (adopt) {
        try {
          const View = doc.defaultView as (Window & typeof globalThis) | null;
          sheet ??= (() => {
            const s = new (View?.CSSStyleSheet ?? CSSStyleSheet)();
            s.replaceSync(INLINE_CSS);
            return s;
          })();
          root.adoptedStyleSheets = [sheet];
          // Checked on the first root only: once the browser took the sheet it takes it for every root.
          if (checked || root.adoptedStyleSheets.length === 1) return void (checked = true);
        } catch {
          // Not here: fall through to a <style> element, for this root and every later one.
        }
        adopt = false;
      }
      root.append(style.cloneNode(true));
    },
  };
}

/** A control's host in the page and its closed shadow root. */
export interface Host {
  host: HTMLElement;
  root: ShadowRoot;
}

/**
 * Makes an empty control host for a mention of `doc`: a box of fixed size with a closed shadow root (the page gets no
 * handle on its insides: host.shadowRoot is null) and the shared styles, not yet in the page. The control is built
 * inside it first and `placeHost` puts it in the page afterwards, so the page takes in one finished subtree: every
 * node appended inside a root already in the document cost the page its own insertion and style work, 200 times over
 * on a long article. `isolateEvents` once the control is built inside it.
 */
export function createHost(doc: Document, styles: SharedStyles): Host {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-magpie-ui', '');
  const root = host.attachShadow({ mode: 'closed' });
  styles.apply(root);
  return { host, root };
}

/** Puts a built host in the page at `anchor`: as its last child or right after it. */
export function placeHost(host: HTMLElement, anchor: Element, append: 'last' | 'after'): void {
  if (append === 'after') anchor.after(host);
  else anchor.append(host);
}

const stop = (e: Event) => e.stopPropagation();

/**
 * What comes before any of ISOLATED_EVENTS: a pointer (mouse, pen or finger) coming over the control, or focus moving
 * into it (keys go only to a focused element). The button stops its own clicks, so a click an assistive tool makes
 * without either stays inside too.
 */
const ARMING_EVENTS = ['pointerover', 'focusin'];

/**
 * Clicks and keys inside the root stop there, so the page never sees them. The stops are added once the reader's
 * pointer or focus first enters the control: two listeners per control until then rather than eleven, which a
 * 200-product article paid for every control it built as the reader scrolled.
 */
export function isolateEvents(root: ShadowRoot): void {
  const arm = () => {
    for (const type of ARMING_EVENTS) root.removeEventListener(type, arm);
    for (const type of ISOLATED_EVENTS) root.addEventListener(type, stop);
  };
  for (const type of ARMING_EVENTS) root.addEventListener(type, arm);
}
