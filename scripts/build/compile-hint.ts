import type { Plugin } from 'vite';

/** V8's explicit compile hint: compile every function of the script as it is loaded, not at its first call. */
export const ALL_FUNCTIONS_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Puts V8's compile hint at the top of `fileName` once it is minified. For the content script's second part
 * (entrypoints/content-work.ts), which Chromium fetches by import() and so compiles off the page's main thread as it
 * streams in: nearly all its functions run on every page that passed the pre-check, and each compiled lazily at its
 * first call cost the page's main thread. Not for the content script itself, which the browser injects as a string
 * and compiles on the main thread, where compiling everything up front would only add work.
 */
export function compileHint(fileName: string): Plugin {
  return {
    name: 'magpie-compile-hint',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunk = bundle[fileName];
      if (chunk?.type === 'chunk' && !chunk.code.startsWith(ALL_FUNCTIONS_HINT))
        chunk.code = ALL_FUNCTIONS_HINT + chunk.code;
    },
  };
}
