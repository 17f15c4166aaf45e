import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, type AxeFinding } from './axe-check';
import { exposeControlCopies, inControl, removeAxeCopies, waitForControls } from './closed-controls';
import { openArticle, openExtensionPage, openPopup, startUxSession, type UxSession } from './ux-session';

// Needs `npm run build:test` first. axe-core checks every view of Magpie, light and dark, for any violation.

let s: UxSession;
let tabId: number;

beforeAll(async () => {
  s = await startUxSession({ livePrices: true });
  tabId = await openArticle(s);
});
afterAll(async () => s?.close());

const report = (found: AxeFinding[]) =>
  found.map((f) => `${f.impact} ${f.id}: ${f.help} at ${f.targets.slice(0, 3).join(' ')}`).join('\n');

const SCHEMES = ['light', 'dark'] as const;

describe('axe-core in Chromium, before anything is saved', () => {
  it.each(SCHEMES)('the wishlist page, empty (%s)', async (scheme) => {
    const page = await openExtensionPage(s, 'wishlist.html', scheme);
    await page.getByText('Your wishlist is empty').waitFor();
    const found = await axeViolations(page);
    await page.close();
    expect(found, report(found)).toEqual([]);
  });
});

describe.each(SCHEMES)('axe-core in Chromium (%s)', (scheme) => {
  it('the options page', async () => {
    const page = await openExtensionPage(s, 'options.html', scheme, 900);
    await page.locator('input[type="checkbox"]').first().waitFor();
    const found = await axeViolations(page);
    await page.close();
    expect(found, report(found)).toEqual([]);
  });

  it('the article’s inline controls', async () => {
    await s.article.emulateMedia({ colorScheme: scheme });
    await waitForControls(s.article);
    // The sample article is white: its pills stay light even when the system is dark.
    expect(
      await inControl(s.article, 0, `function () { return this.querySelector('.mg')?.getAttribute('class'); }`),
    ).toBe('mg mg-light');
    expect(await exposeControlCopies(s.article)).toBeGreaterThan(0);
    const found = await axeViolations(s.article, '[data-magpie-axe-copy]');
    await removeAxeCopies(s.article);
    expect(found, report(found)).toEqual([]);
  });

  it('the inline controls on a dark article take its dark colours', async () => {
    const page = await s.chromium.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(s.server.url + '/themed/dark-article.html');
    await waitForControls(page);
    // Dark because the article is, in both system settings.
    expect(await inControl(page, 0, `function () { return this.querySelector('.mg')?.getAttribute('class'); }`)).toBe(
      'mg mg-dark',
    );
    expect(await exposeControlCopies(page)).toBeGreaterThan(0);
    const found = await axeViolations(page, '[data-magpie-axe-copy]');
    await page.close();
    expect(found, report(found)).toEqual([]);
  });

  it('the popup, both tabs, and the wishlist page with items', async () => {
    const popup = await openPopup(s, tabId, scheme);
    await popup.locator('[role="progressbar"]').waitFor({ state: 'detached', timeout: 60_000 });
    const onPage = await axeViolations(popup);
    expect(onPage, report(onPage)).toEqual([]);

    for (const i of [0, 3]) {
      const save = popup.locator('li.card').nth(i).locator('button.save');
      if ((await save.getAttribute('aria-pressed')) === 'false') await save.click();
      await expect.poll(() => save.getAttribute('aria-pressed')).toBe('true');
    }
    await popup.getByRole('tab', { name: 'Wishlist' }).click();
    await popup.locator('article.item').nth(1).waitFor();
    const wishlistTab = await axeViolations(popup);
    expect(wishlistTab, report(wishlistTab)).toEqual([]);
    await popup.close();

    const page = await openExtensionPage(s, 'wishlist.html', scheme);
    await page.locator('article.item').nth(1).waitFor();
    const full = await axeViolations(page);
    expect(full, report(full)).toEqual([]);
    await page.locator('.wishlist-bar select').selectOption('shop');
    await page.locator('h2.group-title').first().waitFor();
    const grouped = await axeViolations(page);
    await page.close();
    expect(grouped, report(grouped)).toEqual([]);
  });
});
