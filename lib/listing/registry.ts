import { datalayerExtractor } from './datalayer';
import type { ListingExtractor } from './extractor';
import { jsonldExtractor } from './jsonld';
import { microdataExtractor } from './microdata';
import { opengraphExtractor } from './opengraph';
import { pageStateExtractor } from './page-state';
import { visiblePageExtractor } from './sources/visible-page';

/** Every listing source, each read independently; the merge step decides which one each field comes from. */
export const LISTING_EXTRACTORS: readonly ListingExtractor[] = [
  jsonldExtractor,
  microdataExtractor,
  opengraphExtractor,
  datalayerExtractor,
  pageStateExtractor,
  visiblePageExtractor,
];
