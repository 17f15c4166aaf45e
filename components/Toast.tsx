import { useEffect, useRef } from 'preact/hooks';

export interface ToastSpec {
  /** Changes for every toast so a repeated message restarts the timer. */
  id: number;
  message: string;
  /** Shows an Undo button that calls this. */
  onUndo?: () => void;
}

interface ToastProps {
  toast: ToastSpec | null;
  onClose: () => void;
  timeoutMs?: number;
}

/**
 * A transient message in a polite live region, with an optional Undo. It closes by itself
 * after `timeoutMs`, on Escape, or on its close button; the Undo button takes focus so a
 * keyboard user who just removed something can take it back at once.
 */
export function Toast({ toast, onClose, timeoutMs = 6000 }: ToastProps) {
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!toast) return;
    const t = setTimeout(onClose, timeoutMs);
    if (toast.onUndo) undoRef.current?.focus();
    return () => clearTimeout(t);
  }, [toast?.id]);

  return (
    <div class="toast-region" role="status" aria-live="polite">
      {toast && (
        <div class="toast" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
          <span class="toast-text">{toast.message}</span>
          {toast.onUndo && (
            <button
              ref={undoRef}
              type="button"
              class="btn btn-small"
              onClick={() => {
                toast.onUndo?.();
                onClose();
              }}
            >
              Undo
            </button>
          )}
          <button type="button" class="btn btn-ghost btn-small" aria-label="Dismiss" onClick={onClose}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
