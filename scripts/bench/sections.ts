import { browserSection } from './browser-section';
import { bundleSection } from './bundle-section';
import { contentSection } from './content-section';
import { dbSection } from './db-section';
import { detectSection } from './detect-section';
import { gazetteerSection } from './gazetteer-section';
import { inlineSection } from './inline-section';
import { listingSection } from './listing-section';
import { popupSection } from './popup-section';
import { precheckSection } from './precheck-section';
import { priceSection } from './price-section';
import { workerSection } from './browser-worker';
import type { Section } from './section';
import { streamSection } from './stream-section';

/** Every section, in the order `npm run bench` runs them. */
export const SECTIONS: readonly Section[] = [
  detectSection,
  precheckSection,
  gazetteerSection,
  priceSection,
  listingSection,
  dbSection,
  bundleSection,
  contentSection,
  browserSection,
  workerSection,
  inlineSection,
  streamSection,
  popupSection,
];
