/**
 * Limits both sides of the wire enforce: the sender trims to them, the receiver rejects what
 * exceeds them, so one constant keeps the two from drifting apart.
 */

/** The most mentions one report (and one tab view) may carry. */
export const MAX_REPORTED_MENTIONS = 200;
/** A page title is cut to this many characters. */
export const MAX_PAGE_TITLE = 300;
/** A longer page URL makes a report invalid. */
export const MAX_PAGE_URL = 4096;

/**
 * Shop requests (each fetcher call, retries included) one tab may cause in a sliding hour, and
 * all tabs together: a page that keeps changing its product list cannot drive Magpie's requests
 * without end. Enough for a 200-product article checked twice.
 */
export const SHOP_REQUESTS_PER_TAB_HOUR = 400;
export const SHOP_REQUESTS_PER_HOUR = 1500;

/**
 * storage.session budgets (Chrome allows an extension 10 MB there in all): one tab's mentions and
 * its resolve states are each capped, and the oldest tabs are evicted when all tabs together pass
 * the total, so a few heavy pages cannot leave later tabs with nothing.
 */
export const TAB_MENTIONS_MAX_BYTES = 768 * 1024;
export const TAB_STATES_MAX_BYTES = 256 * 1024;
// Chrome counts a value's in-memory size, about a tenth more than its JSON: 7 MB of JSON stays clear of 10 MB.
export const SESSION_TOTAL_MAX_BYTES = 7 * 1024 * 1024;
/** How many evicted tabs storage.session remembers (the newest), so a save on one can say why it failed. */
export const MAX_EVICTED_TABS = 100;

/** Most characters of a shop page's HTML read for a listing or search links; the rest is cut (the data sits early). */
export const MAX_SHOP_HTML_CHARS = 12_000_000;
