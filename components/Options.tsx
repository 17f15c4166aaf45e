import { useEffect, useState } from 'preact/hooks';
import type { MagpieApi } from '../lib/api/types';
import type { Settings, SettingsStore } from '../lib/settings';
import { SiteList } from './SiteList';
import { TrackingOptions } from './TrackingOptions';
import { messageOf } from './errors';
import { useLivePrices } from './use-live-prices';

interface Props {
  api: MagpieApi;
  store: SettingsStore;
}

/** The settings page: where Magpie looks for products, where it shows save buttons, and live prices. */
export function Options({ api, store }: Props) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [live, setLive] = useLivePrices(api);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    store.get().then(
      (s) => alive && setSettings(s),
      (err) => alive && setProblem(`Could not read the settings: ${messageOf(err)}`),
    );
    const stop = store.watch((s) => alive && setSettings(s));
    return () => {
      alive = false;
      stop();
    };
  }, [store]);

  async function change(next: Settings) {
    setSettings(next);
    setProblem(null);
    try {
      setSettings(await store.save(next));
      setStatus('Settings saved');
    } catch (err) {
      setProblem(`Could not save the settings: ${messageOf(err)}`);
    }
  }

  function toggleLive() {
    // The permission request must run straight from the click.
    const task = live ? api.revokeLivePrices() : api.requestLivePrices();
    const asked = !live;
    task.then(
      async () => {
        const now = await api.hasLivePrices();
        setLive(now);
        // Every answer to the browser's prompt gets a visible reply, a refusal included.
        setStatus(
          now
            ? 'Live prices are on.'
            : asked
              ? 'Live prices stay off: the browser’s request was declined.'
              : 'Live prices are off.',
        );
      },
      (err) => setProblem(messageOf(err)),
    );
  }

  if (!settings) {
    return (
      <main class="options">
        <h1>Magpie settings</h1>
        {problem ? <p role="alert">{problem}</p> : <p aria-busy="true">Loading…</p>}
      </main>
    );
  }
  const check = (e: Event) => (e.currentTarget as HTMLInputElement).checked;

  return (
    <main class="options">
      <h1>Magpie settings</h1>
      <fieldset>
        <legend>Finding products</legend>
        <label class="check">
          <input
            type="checkbox"
            checked={settings.detection}
            onChange={(e) => void change({ ...settings, detection: check(e) })}
          />
          <span>Look for recommended products on the pages I read</span>
        </label>
        <p class="hint">Pages are read on your device. Sites listed here are never read:</p>
        <SiteList
          id="detection-off"
          label="Sites where Magpie does not look for products"
          sites={settings.detectionOffSites}
          onChange={(sites) => void change({ ...settings, detectionOffSites: sites })}
        />
      </fieldset>
      <fieldset>
        <legend>Save buttons on articles</legend>
        <label class="check">
          <input
            type="checkbox"
            checked={settings.inline}
            onChange={(e) => void change({ ...settings, inline: check(e) })}
          />
          <span>Show a small save button beside each product in an article</span>
        </label>
        <p class="hint">No save buttons on these sites (you can still save from the toolbar button):</p>
        <SiteList
          id="inline-off"
          label="Sites without save buttons"
          sites={settings.inlineOffSites}
          onChange={(sites) => void change({ ...settings, inlineOffSites: sites })}
        />
      </fieldset>
      <fieldset>
        <legend>Live prices</legend>
        <p>
          {live === null ? 'Checking…' : live ? 'On: ' : 'Off: '}
          {live !== null &&
            'to show today’s price and stock, Magpie opens each product’s page at the shop from your browser, ' +
              'which needs your permission to read shop pages.'}
        </p>
        {live !== null && (
          <div>
            <button type="button" class={`btn ${live ? '' : 'btn-primary'}`} onClick={toggleLive}>
              {live ? 'Turn off live prices' : 'Turn on live prices'}
            </button>
          </div>
        )}
      </fieldset>
      <TrackingOptions />
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      <p class="status-line" role="status">
        {status}
      </p>
    </main>
  );
}
