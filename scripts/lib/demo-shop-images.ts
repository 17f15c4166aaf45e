import type { BrowserContext } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { ARTICLE_CURRENT } from '../../tests/fixtures/retail-web/article-pages';

const PICTURES_DIR = fileURLToPath(new URL('../../tests/fixtures/assets/micro-purses/', import.meta.url));

/** The article's own picture of each of its 19 products, in article order (as ARTICLE_CURRENT is). */
const PICTURES = [
  '01-theory',
  '02-mango',
  '03-simon-miller',
  '04-zara',
  '05-sensi-studio',
  '06-faith',
  '07-mackage',
  '08-topshop',
  '09-shrimps',
  '10-free-people',
  '11-hayward',
  '12-zara',
  '13-zac-zac-posen',
  '14-cult-gaia',
  '15-mansur-gavriel',
  '16-furla',
  '19-sophie-hulme',
  '20-little-liffner',
  '21-brother-vellies',
].map((name) => `${PICTURES_DIR}micro-purses-${name}.svg`);

/**
 * The fixture shops' listings name product images on the real shops' CDNs, which the demo's
 * offline browser cannot reach. Answer those exact URLs with the article's local pictures of the
 * same products, so the popup and the wishlist page show what a reader would see. Any other
 * request is left alone.
 */
export async function serveShopImages(context: BrowserContext): Promise<void> {
  if (PICTURES.length !== ARTICLE_CURRENT.length) {
    throw new Error(`Expected a picture for each of the ${ARTICLE_CURRENT.length} listings, have ${PICTURES.length}`);
  }
  const pictureOf = new Map(ARTICLE_CURRENT.map((listing, i) => [listing.image, PICTURES[i] ?? '']));
  await context.route(
    (url) => pictureOf.has(url.href),
    (route) => route.fulfill({ path: pictureOf.get(route.request().url()), contentType: 'image/svg+xml' }),
  );
}
