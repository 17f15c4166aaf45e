import type { TabDelta, TabView } from '../protocol';

/** One detected mention on the page: its element and its stable id (lib/mention-id.ts). */
export interface InlineEntry {
  element: Element;
  id: string;
}

/** What the in-page controls need from the extension; the content script's implementation uses messages only. */
export interface InlineApi {
  /** This tab's view (states and saved ids), or null before the background knows the page. */
  getTabView(): Promise<TabView | null>;
  /** Calls `cb` with every view the background pushes for this tab. */
  onTabView(cb: (view: TabView) => void): () => void;
  /** Calls `cb` with every delta (streamed states that changed) the background pushes for this tab. */
  onTabDelta(cb: (delta: TabDelta) => void): () => void;
  /** Saves or removes this tab's mention with id `mentionId`; the saved item's id, or null. */
  saveMention(mentionId: string, save: boolean): Promise<string | null>;
  /** Calls `cb` now and whenever the settings change: whether controls belong on this page. */
  watchEnabled(cb: (enabled: boolean) => void): () => void;
}

/** A set of mounted controls; `remove` takes every one of them off the page. */
export interface InlineControls {
  remove(): void;
  /** How many mentions have a control, each made as its mention nears the viewport (0 while the setting is off). */
  readonly count: number;
}
