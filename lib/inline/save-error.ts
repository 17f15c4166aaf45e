import { NoReceiverError } from '../protocol/messaging';
import { SAVE_ERRORS } from '../protocol/reasons';

/**
 * The few words a control shows when a save or removal fails. Two failures have a cure the reader
 * can apply, so they name it instead of a bare "Not saved": the background dropped this tab's
 * products to save memory, or nobody answers (the extension was updated or reloaded, and this
 * page's content script is left from the old one). Both are cured by reloading the page.
 */
export function saveErrorText(err: unknown, save: boolean): string {
  const reloadCures =
    err instanceof NoReceiverError || (err instanceof Error && err.message === SAVE_ERRORS.tabDropped);
  if (reloadCures) return save ? 'Reload to save' : 'Reload page';
  return save ? 'Not saved' : 'Not removed';
}
