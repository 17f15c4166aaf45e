import type { Page } from 'playwright-core';
import type { Mention } from '../../lib/detect/types';

/** The accessible name part Magpie's inline control gives its button: "Save <brand> <name> to Magpie". */
const controlName = (m: Mention) => `${[m.brand, m.name].filter(Boolean).join(' ')} to Magpie`;

/**
 * Saves a mention the way a reader does on the article: a click on the save control Magpie put
 * beside it (inside its open shadow root). Resolves once the control shows it saved.
 */
export async function saveOnArticle(page: Page, mention: Mention, timeoutMs = 15_000): Promise<void> {
  const button = page.getByRole('button', { name: controlName(mention) });
  await button.scrollIntoViewIfNeeded({ timeout: timeoutMs });
  await button.click({ timeout: timeoutMs });
  await page.waitForFunction(
    (el) => el?.getAttribute('aria-pressed') === 'true',
    await button.elementHandle({ timeout: timeoutMs }),
    { timeout: timeoutMs },
  );
}

/**
 * Screenshots the article's shopping list: its heading and the first `rows` rows of product
 * cards with Magpie's controls beside them, plus a margin. Waits for the pictures in view.
 */
export async function screenshotShoppingList(page: Page, path: string, opts: { list: string; heading: string; rows?: number }): Promise<void> {
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
