import { useRef, useState } from 'preact/hooks';
import type { MagpieApi } from '../lib/api/types';
import { downloadText, exportFilename } from './download';
import { messageOf } from './errors';

/** Largest import file read; the database layer checks the content itself. */
const MAX_IMPORT_BYTES = 40 * 1024 * 1024;

type Outcome = { ok: true; text: string } | { ok: false; text: string };

/** Export the wishlist as JSON or CSV, and import either. */
export function DataTools({ api }: { api: MagpieApi }) {
  const file = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(task: () => Promise<string>) {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ ok: true, text: await task() });
    } catch (err) {
      setOutcome({ ok: false, text: messageOf(err) });
    } finally {
      setBusy(false);
    }
  }

  const exportAs = (kind: 'json' | 'csv') =>
    run(async () => {
      const text = kind === 'json' ? await api.exportJson() : await api.exportCsv();
      downloadText(exportFilename(kind), text, kind === 'json' ? 'application/json' : 'text/csv');
      return `Exported the wishlist as ${kind.toUpperCase()}.`;
    });

  function onFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const f = input.files?.[0];
    input.value = '';
    if (!f) return;
    void run(async () => {
      if (f.size > MAX_IMPORT_BYTES) throw new Error('Import failed: the file is too large to be a Magpie export.');
      let summary;
      try {
        summary = await api.importJson(await f.text());
      } catch (err) {
        throw new Error(`Import failed: ${messageOf(err)}`);
      }
      const { added, skipped } = summary;
      const addedText = added === 1 ? '1 item added' : `${added} items added`;
      return skipped ? `${addedText}, ${skipped} already on the wishlist.` : `${addedText}.`;
    });
  }

  return (
    <div class="data-tools">
      <button type="button" class="btn btn-small" disabled={busy} onClick={() => void exportAs('json')}>
        Export JSON
      </button>
      <button type="button" class="btn btn-small" disabled={busy} onClick={() => void exportAs('csv')}>
        Export CSV
      </button>
      <button type="button" class="btn btn-small" disabled={busy} onClick={() => file.current?.click()}>
        Import…
      </button>
      <input
        ref={file}
        type="file"
        accept="application/json,.json,text/csv,.csv"
        class="sr-only"
        tabIndex={-1}
        aria-label="Wishlist file to import"
        onChange={onFile}
      />
      {outcome && (
        <p class={outcome.ok ? 'data-ok' : 'problem'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
    </div>
  );
}
