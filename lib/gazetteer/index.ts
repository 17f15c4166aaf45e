/**
 * Magpie's brand and retailer gazetteer: pure, decoded on first use from data installed with
 * installGazetteerData (the content script gets it from the background; see ./bundled), and tolerant of case, accents
 * and punctuation. The background-only search
 * data lives in ./search so the content bundle never carries it.
 */
export { lookupBrand, matchBrandPrefix, findBrands, allBrandNames } from './brands';
export { lookupRetailer, retailerForHost, allRetailers } from './retailers';
export { installGazetteerData, hasGazetteerData, isGazetteerData, GazetteerNotLoadedError } from './data-source';
export type { GazetteerData } from './data-source';
export { registrableDomain } from './public-suffix';
export { nameKey } from './normalize';
export type { BrandHit, BrandPrefix, BrandOccurrence, Retailer, RetailerSearchInfo } from './types';
