/**
 * What the extension pages need of the database's rules (field caps, what counts as in stock), so
 * components never import lib/db's code themselves. A module of its own, free of browser calls,
 * so Node scripts that format like the pages (the demo) can load it.
 */
export { LIMITS } from '../db/limits';
export { IN_STOCK, isPlainList } from '../db/match-sort';
