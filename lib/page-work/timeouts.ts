/** Longest the detector may run on one snapshot before it is given up (in the worker or the offscreen document). */
export const DETECT_TIMEOUT_MS = 10_000;
/** Longest Chromium's worker waits for the offscreen document to read a shop page (listing or search links). */
export const READ_TIMEOUT_MS = 15_000;
/** How much longer than the detector's own limit the worker waits for the document's answer to a detection. */
export const ANSWER_MARGIN_MS = 2_000;
/** Longest the worker waits for the offscreen document to be created and loaded. */
export const CREATE_TIMEOUT_MS = 10_000;
