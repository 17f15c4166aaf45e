/**
 * Writes the pre-check's regex sources (lib/detect/precheck-patterns.ts) to lib/detect/generated/precheck-patterns.ts.
 * Run after changing a word table of the pre-check; a unit test fails while the generated file is stale.
 * Usage: npm run precheck:patterns
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { precheckPatternsFile } from '../lib/detect/precheck-patterns';

const out = join(import.meta.dirname, '../lib/detect/generated/precheck-patterns.ts');
writeFileSync(out, precheckPatternsFile());
console.log(`wrote ${out}`);
