import { BRAND_DATA, LEXICON_DATA, RETAILER_DATA } from './generated/content-data';
import { installGazetteerData, type GazetteerData } from './data-source';

/** The data as built into this bundle (background, CLI, tests; never the content script). */
export const BUNDLED_GAZETTEER: GazetteerData = { brands: BRAND_DATA, retailers: RETAILER_DATA, lexicon: LEXICON_DATA };

/** Installs the bundled data for lookups in this context. */
export function installBundledGazetteer(): void {
  installGazetteerData(BUNDLED_GAZETTEER);
}
