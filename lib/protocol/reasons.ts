/**
 * Every reason a reader may see on an `unavailable` mention, in plain words. One place, so the
 * popup, tests and translations agree.
 */
export const REASONS = {
  noPermission: 'Live price checks are off — allow Magpie to read shop pages to see current prices',
  unsafeUrl: 'The link points to an address Magpie does not open',
  redirectUnsafe: 'The link redirected to an address Magpie does not open',
  notFound: (status: number) => `The shop page could not be found (${status})`,
  notFoundPage: 'The shop says this product page no longer exists',
  blocked: 'The shop blocked the automatic check — open it to see the price',
  rateLimited: 'The shop asked Magpie to slow down — try again in a few minutes',
  serverError: (status: number) => `The shop’s site had an error (${status}) — try again later`,
  httpError: (status: number) => `The shop page answered with an error (${status})`,
  timeout: (ms: number) => `Timed out after ${Number((ms / 1000).toFixed(1))} s`,
  tooLarge: (maxBytes: number) => `The shop page is too large to check (over ${Math.round(maxBytes / 1024 / 1024)} MB)`,
  notAPage: 'The link does not lead to a web page',
  network: 'Could not reach the shop — check your connection',
  home: 'The link now leads to the shop’s home page',
  elsewhere: 'The link now leads to a different page of the shop, not this product',
  otherProduct: 'The shop page shows a different product',
  noProduct: 'The shop page shows no product Magpie can read',
  stopped: 'The check was stopped',
  tooMuchData: 'This page has more results than Magpie keeps per tab — open the product to see its price',
  budgetSpent: 'Magpie paused price checks: this page asked for too many shop requests — they resume within the hour',
  failed: 'The check failed unexpectedly',
} as const;

/**
 * Why a save from the popup or the page's control failed, in plain words: the background throws
 * them and the reply carries the message to the reader. Apart from REASONS, which are a mention's states.
 */
export const SAVE_ERRORS = {
  tabDropped: 'This page’s products were dropped to save memory — reload the page to see them again',
} as const;
