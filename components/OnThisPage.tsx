import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { UndoRemove } from './UndoRemove';
import type { MagpieApi, TabView } from '../lib/api/types';
import { MentionCards } from './MentionCards';
import { followActiveTab } from './tab-pushes';
import { DECLINED, LivePricesBanner } from './LivePricesBanner';
import { ResolveProgress } from './ResolveProgress';
import { BudgetNote } from './BudgetNote';
import { messageOf } from './errors';
import { mentionIdOf } from '../lib/mention-id';
import { countOf } from './format';
import { SwitchedOff } from './SwitchedOff';
import { hostOf } from '../lib/api/site-switch';
import type { DetectionOff } from '../lib/api/types';
import { useLivePrices } from './use-live-prices';
import { NoProducts, PageReadError, ReadingPage } from './PagePlaceholders';
import { PageHead } from './PageHead';
import { LIVE_ON, titleOf, withSavedId, type Load } from './on-page-view';

interface Props {
  api: MagpieApi;
  /** Speaks a short message in the page's live region. */
  announce: (message: string) => void;
}

/** The "On this page" tab: the active tab's products, where each stands at its shop, and save toggles. */
export function OnThisPage({ api, announce }: Props) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [busy, setBusy] = useState<ReadonlySet<number>>(new Set());
  const [savingAll, setSavingAll] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [declined, setDeclined] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [undo, setUndo] = useState<{ id: string; index: number; title: string } | null>(null);
  const [off, setOff] = useState<DetectionOff>(null);
  const [offHost, setOffHost] = useState<string | null>(null);

  const shown = useRef<TabView | null>(null);
  useEffect(() => {
    let alive = true;
    const stop = followActiveTab(api, () => shown.current, {
      show(tab, { first, whole }) {
        shown.current = tab?.view ?? null;
        setLoad({ kind: 'ready', tab });
        // The page was read again (Magpie switched back on): nothing is off any more.
        if (whole && !first && tab?.view && !tab.view.off) setOff(null);
        // A page with nothing to list may be one where the reader switched Magpie off.
        if (first && !tab?.view?.mentions.length) {
          // A switched-off site's page that fails the pre-check reports nothing: its host comes from the tab.
          const known = tab?.view?.off === 'site' ? hostOf(tab.view.pageUrl) : null;
          const host = known !== null || !tab ? Promise.resolve(known) : api.tabHost(tab.tabId).catch(() => null);
          host
            .then(async (h) => ({ h, o: await api.detectionOff(h) }))
            .then(
              ({ h, o }) => {
                if (!alive) return;
                setOffHost(h);
                setOff(o);
              },
              () => {},
            );
        }
      },
      // The background resumes pending checks when asked for the view; no need to restart them here.
      fail: (err) => setLoad({ kind: 'error', message: messageOf(err) }),
    });
    // Chromium closes the popup while the browser asks for the permission: the answer is given here.
    api.takeLivePricesAnswer().then(
      (answer) => {
        if (!alive || answer === null) return;
        if (answer) setNotice(LIVE_ON);
        else setDeclined(true);
      },
      () => {},
    );
    return () => {
      alive = false;
      stop();
    };
  }, [api, attempt]);
  const [live, setLive] = useLivePrices(api, attempt);
  // The same function across renders, so cards whose mention did not change skip rendering.
  const latestToggle = useRef<(index: number) => void>(() => {});
  const onToggle = useCallback((index: number) => latestToggle.current(index), []);

  if (load.kind === 'loading') return <ReadingPage />;
  if (load.kind === 'error') return <PageReadError message={load.message} onRetry={() => setAttempt((n) => n + 1)} />;
  const tab = load.tab;
  const view = tab?.view;
  if (!tab || !view || view.mentions.length === 0) {
    if (!off) return <NoProducts />;
    return <SwitchedOff api={api} tabId={tab?.tabId ?? null} host={off === 'site' ? offHost : null} />;
  }

  function setSaved(index: number, id: string | null) {
    setLoad((prev) => {
      const next = withSavedId(prev, index, id);
      if (next.kind === 'ready' && next.tab?.view) shown.current = next.tab.view;
      return next;
    });
  }

  async function toggle(index: number) {
    if (!tab || !view || busy.has(index) || savingAll) return;
    const save = view.savedIds[index] === null;
    setProblem(null);
    setBusy((b) => new Set(b).add(index));
    try {
      const removedId = view.savedIds[index];
      const id = await api.saveMention(tab.tabId, mentionIdOf(view.mentions[index]!), save);
      if (save && id === null) throw new Error('the product is no longer on the page');
      // No announcement: the focused toggle's pressed state says it, once.
      setSaved(index, save ? id : null);
      setUndo(!save && removedId ? { id: removedId, index, title: titleOf(view, index) } : null);
    } catch (err) {
      setProblem(`Could not ${save ? 'save' : 'remove'} ${titleOf(view, index)}: ${messageOf(err)}`);
    } finally {
      setBusy((b) => {
        const next = new Set(b);
        next.delete(index);
        return next;
      });
    }
  }

  async function saveAll() {
    if (!tab || savingAll || view?.savedIds.every((s) => s !== null)) return;
    setProblem(null);
    setSavingAll(true);
    try {
      const n = await api.saveAll(tab.tabId);
      announce(`Saved ${countOf(n, 'product', 'products')}`);
    } catch (err) {
      setProblem(`Could not save every product: ${messageOf(err)}`);
    } finally {
      setSavingAll(false);
    }
  }

  function checkAgain() {
    if (!tab) return;
    setProblem(null);
    api.resolveTab(tab.tabId, true).catch((err) => setProblem(`Could not check the shops: ${messageOf(err)}`));
  }

  latestToggle.current = (i) => void toggle(i);
  const unsaved = view.savedIds.filter((s) => s === null).length;
  const pending = view.states.some((s) => s.status === 'pending');
  return (
    <div class="on-page">
      <PageHead
        view={view}
        canRecheck={!!live && !pending}
        onRecheck={checkAgain}
        unsaved={unsaved}
        savingAll={savingAll}
        onSaveAll={saveAll}
      />
      {live === false && (
        <LivePricesBanner
          api={api}
          initialNote={declined ? DECLINED : null}
          onGranted={() => {
            setLive(true);
            setNotice(LIVE_ON);
            api.resolveTab(tab.tabId, true).catch((err) => setProblem(`Could not check the shops: ${messageOf(err)}`));
          }}
        />
      )}
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <ResolveProgress states={view.states} />
      <BudgetNote states={view.states} />
      {undo && (
        <UndoRemove
          title={undo.title}
          onClose={() => setUndo(null)}
          onUndo={() => {
            const { id, index, title } = undo;
            setUndo(null);
            api.undoRemove(id).then(
              (back) => {
                if (back) setSaved(index, id);
                announce(back ? `Restored ${title}` : `Could not undo: ${title} was saved again or is gone`);
              },
              (err) => setProblem(`Could not undo: ${messageOf(err)}`),
            );
          }}
        />
      )}
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      <MentionCards view={view} isBusy={(i) => busy.has(i) || savingAll} onToggle={onToggle} />
    </div>
  );
}
