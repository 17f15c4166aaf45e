import { browserSection } from './browser-section';
import { bundleSection } from './bundle-section';
import { dbSection } from './db-section';
import { detectSection } from './detect-section';
import { inlineSection } from './inline-section';
import { listingSection } from './listing-section';
import { popupSection } from './popup-section';
import { priceSection } from './price-section';
import type { Section } from './section';
import { streamSection } from './stream-section';

/** Every section, in the order `npm run bench` runs them. */
export const SECTIONS: readonly Section[] = [detectSection, priceSection, listingSection, dbSection, bundleSection, browserSection,
  inlineSection, streamSection, popupSection];
