import { BRAND_DATA, LEXICON_DATA, RETAILER_DATA } from './generated/content-data';
import type { GazetteerData } from './data-source';

/**
 * The data as built into this bundle. A function, not a constant, so that Chromium's worker can
 * load the data's script on the first lookup (lib/background/worker-modules.ts).
 */
export function bundledGazetteerData(): GazetteerData {
  return { brands: BRAND_DATA, retailers: RETAILER_DATA, lexicon: LEXICON_DATA };
}
