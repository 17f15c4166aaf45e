import { useEffect, useRef } from 'preact/hooks';

/**
 * "Removed X — Undo" after a remove outside the wishlist page (the popup's product cards): the
 * Undo button takes focus so one keystroke takes the removal back; the database keeps the item
 * 30 days either way, so saving it again later also brings its notes back.
 */
export function UndoRemove({ title, onUndo, onClose }: { title: string; onUndo: () => void; onClose: () => void }) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    undo.current?.focus();
    const t = setTimeout(onClose, 10_000);
    return () => clearTimeout(t);
  }, [title]);
  return (
    <div class="undo-remove" role="status">
      <span>Removed {title}. Its notes and history come back if you save it again within 30 days.</span>
      <button ref={undo} type="button" class="btn btn-small" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
