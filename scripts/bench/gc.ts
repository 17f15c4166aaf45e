/**
 * A handle on V8's collector without a command-line flag (npm run bench runs plain `tsx`): the flag
 * is set at run time, and a fresh context then carries the `gc` global.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');

/** Runs a full, synchronous garbage collection. */
export const gc = runInNewContext('gc') as () => void;
