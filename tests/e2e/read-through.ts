/**
 * Magpie makes an inline control only when its mention nears the viewport, as a reader scrolls. A
 * test that needs every control on the page reads the page through first, the way a reader would:
 * down a screen at a time to the end, then back to the top.
 */

const STEP =
  '(() => { window.scrollBy(0, window.innerHeight * 0.8); ' +
  'return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2; })()';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Scrolls the page to its end and back to the top. `evaluate` runs a script expression in the page
 * (Playwright's and Puppeteer's `page.evaluate` both take one as a string).
 */
export async function readThrough(evaluate: (js: string) => Promise<unknown>): Promise<void> {
  for (let k = 0; k < 200; k++) {
    const atEnd = await evaluate(STEP);
    // A few frames for the browser to report what came near.
    await pause(120);
    if (atEnd === true) break;
  }
  await evaluate('window.scrollTo(0, 0)');
  await pause(120);
}
