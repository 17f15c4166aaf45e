/**
 * The wire contract between Magpie's contexts: the typed message map and its transport, the
 * validators every receiver runs, the limits both sides enforce and every extension-storage key.
 */
export * from './messages';
export * from './limits';
export * from './storage-keys';
export { REASONS, SAVE_ERRORS } from './reasons';
export { isListingValue, isResolveState, storableState, type ResolveState } from './resolve-state';
export { parsePageSnapshot } from './page-snapshot';
export { parseTabMentions } from './tab-mentions';
export { isTabView } from './tab-view';
export { subscribeTabViews, type Unsubscribe } from './tab-view-hub';
