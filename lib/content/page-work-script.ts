/**
 * The file of the content script's second part in the built extension (entrypoints/content-work.ts), which
 * lib/content/stage.ts imports and wxt.config.ts lists as a web-accessible resource. Its own module, free of imports,
 * so the build's config can read it.
 */
export const PAGE_WORK_SCRIPT = 'content-work.js';
