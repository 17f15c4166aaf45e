import { useState } from 'preact/hooks';
import type { MagpieApi } from '../lib/api/types';
import { messageOf } from './errors';

interface Props {
  api: MagpieApi;
  tabId: number | null;
  /** The site the reader switched Magpie off for; null when it is off everywhere. */
  host: string | null;
}

/** Instead of "No products found" where the reader switched Magpie off: says so, with a one-click switch back on. */
export function SwitchedOff({ api, tabId, host }: Props) {
  const [note, setNote] = useState<string | null>(null);
  function turnOn() {
    if (tabId === null) return;
    setNote(null);
    api.turnOnDetection(tabId, host).then(
      () => setNote('Magpie is on again. Reloading the page to read it…'),
      (err) => setNote(`Magpie couldn’t switch itself on: ${messageOf(err)}`),
    );
  }
  return (
    <div class="placeholder">
      <p class="placeholder-title">{host ? `Magpie is switched off on ${host}` : 'Magpie is switched off'}</p>
      <p>
        {host
          ? 'You asked Magpie not to read pages on this site.'
          : 'You asked Magpie not to look for products on any page.'}
      </p>
      {tabId !== null && (
        <button type="button" class="btn btn-primary" onClick={turnOn}>
          {host ? `Turn on for ${host}` : 'Turn Magpie on'}
        </button>
      )}
      <p role="status">{note}</p>
    </div>
  );
}
