/**
 * Styles inside each control's shadow root. The host is a box of one fixed size whatever the
 * control shows (Save or Saved, a price or none, an error): a page can measure the host and the
 * text around it, so its size must not tell which products are saved or what they cost. `contain:
 * strict` keeps the contents from sizing it; !important on :host wins over any page rule aimed at
 * our element, and `all: initial` first resets whatever the page's rules give every element.
 * Inside, nothing clips but the host and nothing is SVG: a clip is a paint property node per control,
 * an SVG its own layout and nodes, and with 200 controls the page's layout, compositing and painting paid for each.
 */
export const INLINE_CSS = `
:host {
  all: initial !important;
  display: inline-block !important;
  box-sizing: border-box !important;
  width: 164px !important;
  height: 18px !important;
  overflow: hidden !important;
  contain: strict !important;
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
  display: inline-flex;
  align-items: center;
  gap: 4px;
  height: 18px;
  font: 500 11px/1 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: #3b2a91;
}
.mg-save {
  all: unset;
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
  max-width: 100px; overflow: hidden; text-overflow: ellipsis;
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
