import type { ResolveState } from '../protocol/resolve-state';
import { formatPrice } from '../price/format';
import { clickLandedOnControl } from './click-guard';

/** What one control shows; `paintControl` turns it into attributes. */
export interface ControlProps {
  /** "Brand Name", for the button's accessible name. */
  label: string;
  state: ResolveState | undefined;
  saved: boolean;
  busy: boolean;
  error: string | null;
  /** Just removed here: the button reads "Undo" and pressing it saves the item back, notes and all. */
  undo: boolean;
  /** The article's own background behind the control: the pill's colours follow it. */
  tone: 'light' | 'dark';
}

/** The elements of one control, kept so a repaint only sets the attributes that changed. */
export interface ControlParts {
  wrap: HTMLSpanElement;
  button: HTMLButtonElement;
  word: HTMLSpanElement;
  side: HTMLSpanElement;
}

/** The control's elements with their fixed attributes, made once per document and cloned for each control. */
const templates = new WeakMap<Document, HTMLSpanElement>();

function template(doc: Document): HTMLSpanElement {
  const known = templates.get(doc);
  if (known) return known;
  const wrap = doc.createElement('span');
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'mg-save';
  // The bookmark is drawn by CSS borders (inline-css.ts): an SVG per control cost the page its own layout and
  // paint nodes 200 times over on a long article.
  const icon = doc.createElement('span');
  icon.className = 'mg-i';
  icon.setAttribute('aria-hidden', 'true');
  const word = doc.createElement('span');
  word.className = 'mg-t';
  word.setAttribute('aria-hidden', 'true');
  // The first paint of most controls (light, unsaved) then only reads these: fewer writes per control.
  wrap.className = 'mg mg-light';
  button.setAttribute('aria-pressed', 'false');
  button.title = 'Save to your Magpie wishlist';
  word.setAttribute('data-t', 'Save');
  button.append(icon, word);
  wrap.append(button, doc.createElement('span'));
  templates.set(doc, wrap);
  return wrap;
}

/**
 * Builds the control beside a mention: a save toggle and, once the shop answered, today's price.
 * Plain elements, no framework: the control is four elements whose attributes change, and a
 * render root per control was most of what controls cost a 200-product page. Each control is one
 * native clone of a template rather than some twenty element and attribute calls. Only trusted
 * (reader-made) clicks call `onToggle`, and the page never sees the click.
 */
export function buildControl(doc: Document, onToggle: () => void): ControlParts {
  const wrap = template(doc).cloneNode(true) as HTMLSpanElement;
  const button = wrap.firstChild as HTMLButtonElement;
  const side = wrap.lastChild as HTMLSpanElement;
  side.remove();
  const word = button.lastChild as HTMLSpanElement;
  button.addEventListener('click', (e) => {
    // The page must not see the click: some articles navigate on any click inside a product block.
    e.preventDefault();
    e.stopPropagation();
    // Only the reader may save or remove: a click a script made (element.click(), dispatchEvent) is not trusted.
    if (!e.isTrusted) return;
    // Nor a click the page steered onto a control it had faded out or covered (clickjacking).
    const host = (button.getRootNode() as Partial<ShadowRoot>).host;
    if (!host || !clickLandedOnControl(host, e)) return;
    onToggle();
  });
  return { wrap, button, word, side };
}

function set(el: Element, name: string, value: string | null): void {
  if (el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/**
 * Shows `p` in the control. Words that depend on the wishlist ("Saved", the price, an error) are
 * drawn by CSS from a data attribute (`::before { content: attr(data-t) }`) rather than written as
 * text: a page can search the text of closed shadow roots (window.find), but not generated
 * content. Screen readers still get them, from the button's aria-label and the generated text.
 */
export function paintControl(parts: ControlParts, p: ControlProps): void {
  const { wrap, button, word, side } = parts;
  const listing = p.state?.status === 'resolved' ? p.state.listing : null;
  const price = listing?.price != null && listing.currency ? formatPrice(listing.price, listing.currency) : null;
  const sideText = p.error ?? (price ? `now ${price}` : null);
  set(wrap, 'class', `mg mg-${p.tone}`);
  set(button, 'aria-pressed', String(p.saved));
  // One name whatever the state (aria-pressed says saved or not, once); aria-disabled rather than
  // disabled so focus stays on the button while it works.
  set(button, 'aria-label', `Save ${p.label} to Magpie`.replace(/\s+/g, ' '));
  set(button, 'aria-disabled', p.busy ? 'true' : null);
  const title = p.saved
    ? 'Saved to your Magpie wishlist'
    : p.undo
      ? 'Removed — press to put it back with its notes'
      : 'Save to your Magpie wishlist';
  set(button, 'title', title);
  set(word, 'data-t', p.saved ? 'Saved' : p.undo ? 'Undo' : 'Save');
  if (!sideText) {
    side.remove();
    return;
  }
  set(side, 'class', p.error ? 'mg-side mg-error' : 'mg-side mg-price');
  set(side, 'role', p.error ? 'status' : null);
  set(side, 'title', p.error ? null : 'Today’s price at the shop');
  set(side, 'data-t', sideText);
  if (side.parentNode !== wrap) wrap.append(side);
}
