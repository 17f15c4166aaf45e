import { afterEach, describe, expect, it } from 'vitest';
import { createHost, isolateEvents, placeHost, sharedStyles } from '@/lib/inline/host';

/** A control host in the page with a span inside its closed root, and every event type the page saw bubble up. */
function control() {
  const { host, root } = createHost(document, sharedStyles(document));
  const inside = document.createElement('span');
  const field = document.createElement('button');
  root.append(inside, field);
  isolateEvents(root);
  placeHost(host, document.body, 'last');
  const seen: string[] = [];
  for (const type of ['mousedown', 'pointerdown', 'touchstart', 'keydown', 'click', 'pointerover', 'focusin'])
    document.addEventListener(type, () => seen.push(type));
  return { inside, field, seen };
}

const fire = (el: Element, e: Event) => el.dispatchEvent(e);
const opts = { bubbles: true, composed: true };

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a control’s events', () => {
  it('stop inside the control once the pointer came over it', () => {
    const { inside, seen } = control();
    fire(inside, new PointerEvent('pointerover', opts));
    fire(inside, new PointerEvent('pointerdown', opts));
    fire(inside, new MouseEvent('mousedown', opts));
    fire(inside, new MouseEvent('click', opts));
    expect(seen).toEqual(['pointerover']);
  });

  it('stop inside the control once focus moved into it', () => {
    const { field, seen } = control();
    fire(field, new FocusEvent('focusin', opts));
    fire(field, new KeyboardEvent('keydown', { ...opts, key: 'Enter' }));
    expect(seen).toEqual(['focusin']);
  });

  it('are left alone until then: a reader’s pointer or focus always comes first', () => {
    const { inside, seen } = control();
    // Nothing a reader does reaches a control without one of these first; a script's event does.
    fire(inside, new MouseEvent('mousedown', opts));
    expect(seen).toEqual(['mousedown']);
  });
});
