import { browserSection } from './browser-section';
import { bundleSection } from './bundle-section';
import { dbSection } from './db-section';
import { detectSection } from './detect-section';
import { listingSection } from './listing-section';
import { precheckSection } from './precheck-section';
import { priceSection } from './price-section';
import type { Section } from './section';

/** Every section, in the order `npm run bench` runs them. */
export const SECTIONS: readonly Section[] = [
  detectSection, precheckSection, priceSection, listingSection, dbSection, bundleSection, browserSection,
];
