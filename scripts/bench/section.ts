import type { Out } from './report';

/** One part of `npm run bench`: builds its inputs, times them side by side, prints a table and ratio lines. */
export interface Section {
  /** Short name to run it alone: `npm run bench -- <name>`. */
  name: string;
  title: string;
  run(out: Out): void | Promise<void>;
}
