/**
 * Cheap readings of a fetched page that say it is not a product page: a bot wall, a "not found"
 * page, a redirect to the home page or elsewhere. Only consulted once extraction found no
 * matching product, so a product page that loads a captcha script for its newsletter is safe.
 */

const MAX_SCAN = 200_000;

function firstText(html: string, tag: string): string {
  const m = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]{0,500}?)</${tag}>`, 'i').exec(html.slice(0, MAX_SCAN));
  return (m?.[1] ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Challenge pages of the common bot managers (Cloudflare, DataDome, PerimeterX, Imperva). Form
// captchas (reCAPTCHA on a newsletter box) are not listed: they appear on ordinary pages too.
const WALL_MARKUP = /cf-chl-|\/cdn-cgi\/challenge-platform|captcha-delivery\.com|px-captcha|_Incapsula_Resource/i;
const WALL_WORDS = new RegExp(
  [
    'access denied',
    'just a moment',
    'attention required',
    'are you a (ro)?bot',
    'robot or human',
    'verify (that )?you are (a )?human',
    'pardon our interruption',
    'request unsuccessful',
    'security check',
    'checking your browser',
    'unusual traffic',
    'captcha',
  ].join('|'),
  'i',
);

/** Whether the page is a bot wall rather than the shop's page. */
export function isBotWall(html: string): boolean {
  const head = `${firstText(html, 'title')} ${firstText(html, 'h1')}`;
  return WALL_WORDS.test(head) || WALL_MARKUP.test(html.slice(0, MAX_SCAN));
}

const NOT_FOUND_WORDS = new RegExp(
  [
    '\\b404\\b',
    'not found',
    'no longer (available|exists)',
    "can[’']?t be found",
    'cannot be found',
    'could not be found',
    "couldn[’']?t find",
    "doesn[’']?t exist",
    'does not exist',
    'page is missing',
    'nicht gefunden',
    'introuvable',
    'non trovata',
    'no encontrada',
  ].join('|'),
  'i',
);

/** Whether the page says the product or page does not exist (a "soft 404"). */
export function isNotFoundPage(html: string): boolean {
  return NOT_FOUND_WORDS.test(`${firstText(html, 'title')} ${firstText(html, 'h1')}`);
}

// A locale or country prefix is still the home page: /, /en-us/, /us/en/, /gb/, /fr-fr.
const HOME_PATH = /^\/(([a-z]{2}([-_][a-z]{2})?|[a-z]{2}\/[a-z]{2})\/?)?(index\.html?)?$/i;

/** Where a link landed compared with where it pointed: the home page, another page, or the same page. */
export function landing(requested: string, final: string): 'home' | 'elsewhere' | 'same' {
  let a: URL;
  let b: URL;
  try {
    a = new URL(requested);
    b = new URL(final);
  } catch {
    return 'same';
  }
  const path = (u: URL) => u.pathname.replace(/\/+$/, '') || '/';
  if (path(a) === path(b) && a.hostname.replace(/^www\./, '') === b.hostname.replace(/^www\./, '')) return 'same';
  if (HOME_PATH.test(b.pathname) && !HOME_PATH.test(a.pathname)) return 'home';
  return 'elsewhere';
}

const META_REFRESH = /<meta\b[^>]*http-equiv\s*=\s*["']?refresh["']?[^>]*>/i;
const CONTENT = /content\s*=\s*(["'])(.*?)\1/i;

/**
 * The target of a `<meta http-equiv="refresh" content="0; url=…">` in the first part of a page,
 * absolute; null when there is none. Interstitials of link services redirect this way.
 */
export function metaRefreshTarget(html: string, pageUrl: string): string | null {
  const tag = META_REFRESH.exec(html.slice(0, 20_000))?.[0];
  if (!tag) return null;
  const content = CONTENT.exec(tag)?.[2] ?? '';
  const m = /^\s*\d*(\.\d+)?\s*[;,]\s*url\s*=\s*(['"]?)(.+?)\2\s*$/i.exec(content.replace(/&amp;/g, '&'));
  if (!m?.[3]) return null;
  try {
    return new URL(m[3], pageUrl).href;
  } catch {
    return null;
  }
}
