/** Save controls beside the products of an article, in isolated shadow roots. */
export { mountInlineControls } from './mount';
export { createContentInlineApi } from './content-api';
export { placementFor } from './placement';
export { inlineEntries } from './entries';
export type { InlineApi, InlineControls, InlineEntry } from './types';
