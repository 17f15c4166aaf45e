/**
 * How long start-up chores wait. A stopped MV3 worker is woken by an event (a message from the popup
 * or a page, an alarm, a tab closing); its chores (storage reads, opening the database, alarm checks)
 * would otherwise run first and queue ahead of the answer the reader is waiting for.
 */
export const CHORE_DELAY_MS = 150;

/** Runs a start-up chore once the event that woke the worker has had its turn. */
export function afterWakeUp(chore: () => unknown): void {
  setTimeout(() => void chore(), CHORE_DELAY_MS);
}
