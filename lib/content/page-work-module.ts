/** The content script's second part as one module: what its script provides (entrypoints/content-work.ts). */
export { createPageWork } from './page-work';
export { startPageWork } from './page-start';
