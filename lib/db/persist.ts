/**
 * Asks the browser to keep Magpie's storage when disk runs low. With unlimitedStorage Firefox
 * grants it without a prompt, but only once asked; Chrome answers from its own heuristics.
 * Window-only API: extension pages call it, the service worker cannot.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!storage?.persist) return false;
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
