import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe-check';
import { inControl, waitForControls } from './closed-controls';
import { openArticle, openExtensionPage, openPopup, startUxSession, type UxSession } from './ux-session';

// Needs `npm run build:test` first. The store build's first run: live prices off until the reader allows them.

let s: UxSession;
let tabId: number;

beforeAll(async () => {
  s = await startUxSession({ livePrices: false });
  tabId = await openArticle(s);
});
afterAll(async () => s?.close());

describe('the popup with live prices off (Chromium)', () => {
  it('shows each product with the article’s price, shop and picture, under one calm note', async () => {
    const popup = await openPopup(s, tabId);
    const first = popup.locator('li.card').first();
    // Theory's pouch: $165 at Net-a-Porter in the article, pictured beside it.
    await expect.poll(() => first.locator('.state').innerText()).toContain('In the article: $165.00');
    expect(await first.locator('.retailer').innerText()).toBe('Net-a-Porter');
    const src = await first.locator('.thumb img').getAttribute('src');
    expect(src).toBe(new URL('/assets/micro-purses/micro-purses-01-theory.svg', s.server.url).href);
    expect(await first.locator('h3 a').getAttribute('href')).toContain('net-a-porter.com');

    const cards = await popup.locator('li.card').count();
    expect(cards).toBe(19);
    // Every card with an article price shows it; none shows the old red failure line.
    expect(await popup.locator('li.card .price').count()).toBeGreaterThanOrEqual(15);
    expect(await popup.locator('li.card img').count()).toBeGreaterThanOrEqual(15);
    expect(await popup.getByText('Live price checks are off').count()).toBe(0);
    expect(await popup.locator('.banner').count()).toBe(1);
    expect(await popup.getByRole('button', { name: 'Turn on live prices' }).count()).toBe(1);

    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      const found = await axeViolations(popup);
      expect(found.map((f) => `${colorScheme}: ${f.id} ${f.targets[0]}`)).toEqual([]);
    }
    await popup.close();
  });

  it('saves with the article’s picture, so the wishlist shows it without live prices', async () => {
    const popup = await openPopup(s, tabId);
    const save = popup.locator('li.card').first().locator('button.save');
    await save.click();
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('true');
    await popup.close();
    const page = await openExtensionPage(s, 'wishlist.html', 'light');
    const img = page.locator('article.item .thumb img');
    await img.first().waitFor();
    expect(await img.first().getAttribute('src')).toBe(
      new URL('/assets/micro-purses/micro-purses-01-theory.svg', s.server.url).href,
    );
    await page.close();
  });

  it('keeps keyboard focus on Save while it saves, and after', async () => {
    const popup = await openPopup(s, tabId);
    const save = popup.locator('li.card').nth(2).locator('button.save');
    await save.focus();
    const focusedIsSave = () =>
      popup.evaluate(
        () =>
          document.activeElement?.classList.contains('save') === true &&
          document.activeElement.closest('li') === document.querySelectorAll('li.card')[2],
      );
    await popup.keyboard.press('Enter');
    expect(await focusedIsSave()).toBe(true);
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('true');
    expect(await focusedIsSave()).toBe(true);
    // The name does not change with the state; pressed says it.
    await expect.poll(() => save.getAttribute('aria-disabled')).toBeNull();
    expect((await save.locator('.sr-only').innerText()).startsWith('Save ')).toBe(true);
    await popup.keyboard.press('Enter');
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('false');
    expect(await focusedIsSave()).toBe(true);
    await popup.close();
  });

  it('keeps focus on the article’s own Save button while it saves', async () => {
    await waitForControls(s.article);
    const pressed = () =>
      inControl<string | null>(
        s.article,
        1,
        `function () { return this.querySelector('button').getAttribute('aria-pressed'); }`,
      );
    // The closed root: focus the button from inside it (a reader would Tab to it).
    await inControl(s.article, 1, `function () { this.querySelector('button').focus(); return true; }`);
    await s.article.keyboard.press('Enter');
    // The page sees only that focus is in Magpie's host; inside, it is on the button.
    const focusedInControl = async () =>
      (await s.article.evaluate(() => document.activeElement?.hasAttribute('data-magpie-ui') === true)) &&
      (await inControl<boolean>(
        s.article,
        1,
        `function () { return this.activeElement === this.querySelector('button'); }`,
      ));
    expect(await focusedInControl()).toBe(true);
    await expect.poll(pressed).toBe('true');
    expect(await focusedInControl()).toBe(true);
  });
});
