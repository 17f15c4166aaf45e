/**
 * Stands in for lib/detect/precheck.ts in Chromium's detector script (entrypoints/worker-detector.ts, swapped in by
 * scripts/build/lazy-worker-modules.ts). That script reads snapshots only, and a tab sends one only after its own
 * pre-check passed (findInSnapshot asks the detector not to test again), so the pre-check's word tables and scans
 * would be bytes handed to every worker start for nothing.
 */

/** Never called in the worker's detector script; says so loudly if a change starts calling it there. */
export function worthReading(): boolean {
  throw new Error('the worker’s detector does not pre-check: a snapshot comes from a tab whose pre-check passed');
}
