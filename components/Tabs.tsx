import type { ComponentChildren } from 'preact';

export interface TabSpec {
  id: string;
  label: ComponentChildren;
}

interface TabsProps {
  tabs: TabSpec[];
  selected: string;
  onSelect: (id: string) => void;
  label: string;
  /** Prefix for element ids: tab `x` is `${idPrefix}-tab-x` and controls `${idPrefix}-panel-x`. */
  idPrefix: string;
}

/**
 * A WAI-ARIA tablist with automatic activation: arrow keys, Home and End move to and select a
 * tab; only the selected tab is in the tab order (roving tabindex).
 */
export function Tabs({ tabs, selected, onSelect, label, idPrefix }: TabsProps) {
  function onKeyDown(e: KeyboardEvent) {
    const i = tabs.findIndex((t) => t.id === selected);
    const last = tabs.length - 1;
    const next =
      e.key === 'ArrowRight'
        ? i >= last
          ? 0
          : i + 1
        : e.key === 'ArrowLeft'
          ? i <= 0
            ? last
            : i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (next === null) return;
    e.preventDefault();
    const tab = tabs[next];
    if (!tab) return;
    onSelect(tab.id);
    const list = e.currentTarget as HTMLElement;
    // Focus after Preact updated the roving tabindex.
    queueMicrotask(() => list.querySelector<HTMLElement>(`#${idPrefix}-tab-${tab.id}`)?.focus());
  }

  return (
    <div role="tablist" aria-label={label} class="tabs" onKeyDown={onKeyDown}>
      {tabs.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${t.id}`}
          aria-selected={t.id === selected}
          aria-controls={`${idPrefix}-panel-${t.id}`}
          tabIndex={t.id === selected ? 0 : -1}
          class="tab"
          onClick={() => onSelect(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
