import { afterEach, describe, expect, it, vi } from 'vitest';
import { clickLandedOnControl } from '@/lib/inline/click-guard';

/** A control host in the page, as mounted, inside `parent` (the article by default). */
function hostIn(parent: Element = document.body): HTMLElement {
  const host = document.createElement('span');
  parent.append(host);
  host.attachShadow({ mode: 'closed' }).append(document.createElement('button'));
  return host;
}

const pointer = (x = 10, y = 10) => new MouseEvent('click', { detail: 1, clientX: x, clientY: y });
const keyboard = () => new MouseEvent('click', { detail: 0 });

describe('the clickjacking guard', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it('lets through a pointer click that landed on the control as drawn, and a keyboard press', () => {
    const host = hostIn();
    vi.spyOn(document, 'elementFromPoint').mockReturnValue(host);
    expect(clickLandedOnControl(host, pointer())).toBe(true);
    expect(clickLandedOnControl(host, keyboard())).toBe(true);
  });

  it('refuses a click whose point the page covered with its own element', () => {
    const host = hostIn();
    const decoy = document.createElement('div');
    document.body.append(decoy);
    vi.spyOn(document, 'elementFromPoint').mockReturnValue(decoy);
    expect(clickLandedOnControl(host, pointer())).toBe(false);
  });

  it('refuses a control inside an article the page faded out, however the fading is split', () => {
    const outer = document.createElement('section');
    const inner = document.createElement('p');
    outer.append(inner);
    document.body.append(outer);
    const host = hostIn(inner);
    outer.style.opacity = '0.6';
    inner.style.opacity = '0.6';
    // 0.6 × 0.6 = 0.36: too faint to have been seen.
    expect(clickLandedOnControl(host, keyboard())).toBe(false);
    inner.style.opacity = '1';
    expect(clickLandedOnControl(host, keyboard())).toBe(true);
  });

  it('refuses a host no longer in the page', () => {
    const host = hostIn();
    host.remove();
    expect(clickLandedOnControl(host, keyboard())).toBe(false);
  });
});
