import type { CDPSession, Page } from 'playwright-core';
import { readThrough } from './read-through';

/**
 * Magpie's inline controls live in closed shadow roots, which no page script (and no Playwright
 * locator) can enter. The tests reach them the way DevTools does: CDP's DOM domain lists closed
 * roots when asked to pierce, and a root resolved to a remote object can run a function with the
 * root as `this`. Chromium only.
 */

interface DomNode {
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: Array<DomNode & { shadowRootType?: string }>;
  contentDocument?: DomNode;
}

async function cdpOf(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

/** The closed shadow roots of the page's Magpie controls, in document order. */
async function controlRoots(cdp: CDPSession): Promise<number[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const found: number[] = [];
  const walk = (n: DomNode) => {
    const attrs = n.attributes ?? [];
    const isHost = attrs.some((a, i) => i % 2 === 0 && a === 'data-magpie-ui');
    for (const sr of n.shadowRoots ?? []) {
      if (isHost && sr.shadowRootType === 'closed') found.push(sr.backendNodeId);
      walk(sr);
    }
    for (const c of n.children ?? []) walk(c);
  };
  walk(root);
  return found;
}

/** How many Magpie controls with a closed root the page holds. */
export async function countClosedControls(page: Page): Promise<number> {
  const cdp = await cdpOf(page);
  try {
    return (await controlRoots(cdp)).length;
  } finally {
    await cdp.detach();
  }
}

/**
 * Runs `fn` (a function source, `this` = the control's closed ShadowRoot) in control `index` and
 * returns its JSON result.
 */
export async function inControl<T>(page: Page, index: number, fn: string): Promise<T> {
  const cdp = await cdpOf(page);
  try {
    const roots = await controlRoots(cdp);
    const backendNodeId = roots[index];
    if (backendNodeId === undefined) throw new Error(`no Magpie control #${index} (found ${roots.length})`);
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId })) as { object: { objectId: string } };
    const { result, exceptionDetails } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string } };
    if (exceptionDetails) throw new Error(`in control #${index}: ${exceptionDetails.text}`);
    return result.value;
  } finally {
    await cdp.detach();
  }
}

const BUILT = `function () { return this.querySelector('.mg') !== null; }`;

/**
 * Polls until the page holds at least one Magpie control, reading the page through meanwhile
 * (controls are made only when their products near the viewport, as a reader scrolls), then
 * scrolls the first into view and waits until it is built.
 */
export async function waitForControls(page: Page, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while ((await countClosedControls(page)) === 0) {
    if (Date.now() > until) throw new Error('no Magpie control appeared');
    await readThrough((js) => page.evaluate(js));
    await page.waitForTimeout(200);
  }
  await builtInView(page, 0);
}

/** Scrolls control `index` into view and waits until its insides are built. */
export async function builtInView(page: Page, index: number): Promise<void> {
  await inControl(page, index, `function () { this.host.scrollIntoView({ block: 'center' }); return true; }`);
  const until = Date.now() + 10_000;
  while (!(await inControl<boolean>(page, index, BUILT))) {
    if (Date.now() > until) throw new Error(`Magpie control #${index} was not built in view`);
    await page.waitForTimeout(100);
  }
}

/**
 * Puts an open-root copy of the first `max` controls (their markup and styles, cloned from the
 * closed roots) right after each original, marked `data-magpie-axe-copy`, so axe-core — which
 * cannot enter closed roots either — checks exactly what Magpie rendered, in the article's own
 * surroundings (each control scrolled into view first, so its insides are built). `removeAxeCopies`
 * takes them away again.
 */
export async function exposeControlCopies(page: Page, max = 5): Promise<number> {
  const n = Math.min(max, await countClosedControls(page));
  for (let i = 0; i < n; i++) {
    await builtInView(page, i);
    await inControl(
      page,
      i,
      `function () {
        const host = this.host;
        const copy = document.createElement(host.localName);
        copy.setAttribute('data-magpie-axe-copy', '');
        const root = copy.attachShadow({ mode: 'open' });
        // The controls share one adopted stylesheet (where the browser allows): the copy takes it too.
        root.adoptedStyleSheets = [...this.adoptedStyleSheets];
        for (const child of this.childNodes) root.appendChild(child.cloneNode(true));
        host.after(copy);
        return true;
      }`,
    );
  }
  return n;
}

/** Removes what `exposeControlCopies` added. */
export async function removeAxeCopies(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('[data-magpie-axe-copy]').forEach((e) => e.remove()));
}
