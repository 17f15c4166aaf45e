import { useEffect, useState } from 'preact/hooks';

/**
 * "Removed X — Undo" after a remove outside the wishlist page (the popup's product cards). It does
 * not take focus: the reader's focus stays on the toggle they pressed (pressing it again saves the
 * item back, notes and all), and the status role announces the removal. It stays while it holds
 * focus or the pointer, and otherwise goes after 10 s; the database keeps the item 30 days either way.
 */
export function UndoRemove({ title, onUndo, onClose }: { title: string; onUndo: () => void; onClose: () => void }) {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (held) return;
    const t = setTimeout(onClose, 10_000);
    return () => clearTimeout(t);
  }, [title, held]);
  return (
    <div
      class="undo-remove"
      role="status"
      onFocusIn={() => setHeld(true)}
      onFocusOut={() => setHeld(false)}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
    >
      <span>Removed {title}. Its notes and history come back if you save it again within 30 days.</span>
      <button type="button" class="btn btn-small" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
