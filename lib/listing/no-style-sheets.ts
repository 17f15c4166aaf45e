/**
 * Stands in for linkedom's CSS parser (`cssomnom/parse`) in the extension build. linkedom parses a
 * `<style>` element's text only when something reads `.sheet`, and listing extraction never does,
 * yet the import alone put about a third of the background bundle's bytes into every worker start.
 * wxt.config.ts aliases the module to this one; Node (tests, CLI) keeps the real parser.
 */
export function parse(): { cssRules: never[] } {
  return { cssRules: [] };
}
