import type { Page, Worker } from 'playwright-core';
import type { Mention } from '../../lib/detect/types';
import { readWishlist } from './extension-state';

/**
 * Saves a mention the way a reader does on the article: a real click on the save button of the
 * control Magpie put beside it. The control's shadow root is closed, so nothing outside Magpie can
 * look inside: the control is found by its place among the page's controls (they follow the
 * order of the tab's mentions, `index`), the button sits at its left, and the save is confirmed
 * in the wishlist the background keeps.
 */
export async function saveOnArticle(
  page: Page,
  worker: Worker,
  mention: Mention,
  index: number,
  timeoutMs = 15_000,
): Promise<void> {
  // Magpie builds a control only when its mention nears the viewport (lib/inline/slots.ts), and a tab behind the
  // popup's tab is not rendered: the article comes to the front and is read down, a screen at a time, until the
  // control is there, as a reader scrolls to the product.
  await page.bringToFront();
  const control = page.locator('magpie-save').nth(index);
  for (let k = 0; k < 100 && (await control.count()) === 0; k++) {
    await page.evaluate(() => window.scrollBy(0, window.innerHeight * 0.8));
    await page.waitForTimeout(120);
  }
  await control.scrollIntoViewIfNeeded({ timeout: timeoutMs });
  await control.click({ position: { x: 12, y: 9 }, timeout: timeoutMs });
  const deadline = Date.now() + timeoutMs;
  while (!(await readWishlist(worker)).some((item) => item.name === mention.name)) {
    if (Date.now() > deadline) throw new Error(`“${mention.name}” was not saved within ${timeoutMs} ms of the click`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/**
 * Screenshots the article's shopping list: its heading and the first `rows` rows of product
 * cards with Magpie's controls beside them, plus a margin. Waits for the pictures in view.
 */
export async function screenshotShoppingList(
  page: Page,
  path: string,
  opts: { list: string; heading: string; rows?: number },
): Promise<void> {
  await page.bringToFront();
  const heading = page.locator(opts.heading).first();
  await heading.scrollIntoViewIfNeeded();
  const box = await page.evaluate(
    ({ list, heading, rows }) => {
      const h = document.querySelector(heading);
      const items = Array.from(document.querySelectorAll(`${list} > li`));
      if (!h || items.length === 0) return null;
      const tops = [...new Set(items.map((li) => Math.round(li.getBoundingClientRect().top)))].sort((a, b) => a - b);
      const lastTop = tops[Math.min(rows, tops.length) - 1] ?? tops[0];
      const shown = items.filter((li) => Math.round(li.getBoundingClientRect().top) <= (lastTop ?? 0));
      const head = h.getBoundingClientRect();
      const listBox = (document.querySelector(list) ?? h).getBoundingClientRect();
      const bottom = Math.max(...shown.map((li) => li.getBoundingClientRect().bottom));
      // Less room above and below than at the sides: the next row of cards starts close below.
      const side = 32;
      const edge = 16;
      return {
        x: Math.max(0, listBox.left + scrollX - side),
        y: Math.max(0, head.top + scrollY - edge),
        width: listBox.width + 2 * side,
        height: bottom - head.top + 2 * edge,
      };
    },
    { list: opts.list, heading: opts.heading, rows: opts.rows ?? 2 },
  );
  if (!box) throw new Error(`The article has no ${opts.list} under ${opts.heading} to screenshot`);
  // Pictures are lazy-loaded: give the ones in the region a moment to arrive.
  await page
    .waitForFunction(
      ({ top, bottom }) =>
        Array.from(document.images).every((img) => {
          const r = img.getBoundingClientRect();
          const y = r.top + scrollY;
          return y > bottom || y + r.height < top || (img.complete && img.naturalWidth > 0);
        }),
      { top: box.y, bottom: box.y + box.height },
      { timeout: 5_000 },
    )
    .catch(() => {});
  await page.screenshot({ path, fullPage: true, clip: box });
}
