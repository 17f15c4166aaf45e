/**
 * Styles inside each control's shadow root. The host is a box of one fixed size whatever the
 * control shows (Save or Saved, a price or none, an error): a page can measure the host and the
 * text around it, so its size must not tell which products are saved or what they cost. `contain:
 * size` keeps the contents from sizing it; !important on :host wins over any page rule aimed at
 * our element, and `all: initial` first resets whatever the page's rules give every element.
 * The host neither clips nor contains layout or paint: each of those makes an element a paint layer
 * of its own, and Chromium then walks, layerizes and commits 200 more layers at every frame of a
 * reader scrolling a long article (about 60 ms of main-thread work over such an article). The
 * insides are laid out to fit the box instead (a fixed-width button, a price that shrinks).
 * Nothing inside is SVG: an SVG is its own layout and paint nodes, 200 times over.
 */
export const INLINE_CSS = `
:host {
  all: initial !important;
  display: inline-block !important;
  box-sizing: border-box !important;
  width: 164px !important;
  height: 18px !important;
  contain: size style !important;
  vertical-align: middle !important;
  margin: 0 0 0 6px !important;
  padding: 0 !important;
  line-height: 1 !important;
  white-space: nowrap !important;
  position: static !important;
  float: none !important;
  visibility: visible !important;
  opacity: 1 !important;
}
.mg {
  display: flex;
  align-items: center;
  gap: 4px;
  width: 164px;
  height: 18px;
  font: 500 11px/1 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: #3b2a91;
}
.mg-save {
  all: unset;
  flex: none;
  box-sizing: border-box;
  display: inline-flex;
  align-items: center;
  gap: 4px;
  width: 62px;
  height: 18px;
  padding: 0 7px;
  border-radius: 9px;
  border: 1px solid #b9adf0;
  background: #ffffff;
  color: #3b2a91;
  cursor: pointer;
  font: inherit;
}
.mg-save[aria-pressed='true'] { background: #5b3fd1; border-color: #5b3fd1; color: #ffffff; }
.mg-save[aria-disabled='true'] { opacity: 0.6; cursor: progress; }
.mg-save:focus-visible { outline: 2px solid #1a66ff; outline-offset: -2px; }
/* The bookmark: a box of borders whose transparent bottom border cuts the notch; pale until saved, then solid. */
.mg-i {
  flex: none; box-sizing: content-box; width: 0; height: 6px; margin: 0 2px;
  border: 4px solid #9d8ee6; border-top-width: 0; border-bottom-width: 3px; border-bottom-color: transparent;
}
.mg-save[aria-pressed='true'] .mg-i { border-color: currentColor currentColor transparent; }
[data-t]::before { content: attr(data-t); }
.mg-side {
  flex: 0 1 auto; min-width: 0; max-width: 98px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
  border-radius: 9px; padding: 3px 6px; box-sizing: border-box;
}
.mg-price { color: #1d1b22; background: #f1eefc; }
.mg-error { color: #b3261e; }
/* On a dark article (its computed background, not the system setting). */
.mg-dark, .mg-dark .mg-save { color: #d8cfff; }
.mg-dark .mg-save { background: #211d2e; border-color: #54479a; }
.mg-dark .mg-save[aria-pressed='true'] { background: #a995ff; border-color: #a995ff; color: #141218; }
.mg-dark .mg-price { color: #ecebf0; background: #2e2748; }
.mg-dark .mg-i { border-color: #7a6cc4 #7a6cc4 transparent; }
.mg-dark .mg-save[aria-pressed='true'] .mg-i { border-color: currentColor currentColor transparent; }
.mg-dark .mg-error { color: #ff8a80; }
`;
