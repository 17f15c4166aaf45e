import type { TabDelta, TabView } from '../protocol';
import { applyTabDelta } from '../protocol/tab-delta';
import { mentionIdOf } from '../mention-id';
import type { ControlProps } from './control-dom';

/**
 * What the page's controls know: the tab's view, indexed by mention id, and the reader's recent
 * actions per id (busy, a short error, an Undo window). Pure bookkeeping; mount.ts paints.
 */
export class ControlsState {
  view: TabView | null = null;
  /** Where each mention id sits in the current view; rebuilt with every whole view. */
  private at = new Map<string, number>();
  readonly busy = new Set<string>();
  readonly errors = new Map<string, string>();
  readonly undoable = new Set<string>();

  /** Takes a whole view (first answer, saves); every control may have changed. */
  setView(v: TabView | null): void {
    this.view = v;
    this.at = new Map();
    v?.mentions.forEach((m, i) => {
      const id = mentionIdOf(m);
      if (!this.at.has(id)) this.at.set(id, i);
    });
  }

  /**
   * Applies streamed states; the ids whose controls changed, or null when the delta does not fit
   * the view held (another report of the page): then the whole view must be fetched again.
   */
  applyDelta(delta: TabDelta): string[] | null {
    const next = this.view ? applyTabDelta(this.view, delta) : null;
    if (!next) return null;
    // Same mentions, so the id index stands.
    this.view = next;
    return delta.changes.map((c) => c.id);
  }

  indexOf(id: string): number {
    return this.at.get(id) ?? -1;
  }

  isSaved(id: string): boolean {
    return this.view?.savedIds[this.indexOf(id)] != null;
  }

  /** Records a save or remove the background confirmed, before its pushed view arrives. */
  markSaved(id: string, savedId: string | null): void {
    const i = this.indexOf(id);
    const v = this.view;
    if (v && i >= 0) this.view = { ...v, savedIds: v.savedIds.map((s, k) => (k === i ? savedId : s)) };
  }

  /** The control for `id`, or null while the view lacks that mention (another report of the page). */
  propsOf(id: string, tone: ControlProps['tone']): ControlProps | null {
    const i = this.indexOf(id);
    const mention = this.view ? this.view.mentions[i] : undefined;
    if (this.view && !mention) return null;
    return {
      label: mention ? [mention.brand, mention.name].filter(Boolean).join(' ') : '',
      state: this.view?.states[i],
      saved: this.view?.savedIds[i] != null,
      busy: this.busy.has(id),
      error: this.errors.get(id) ?? null,
      undo: this.undoable.has(id),
      tone,
    };
  }
}
