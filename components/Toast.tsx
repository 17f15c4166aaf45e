import { useEffect, useRef, useState } from 'preact/hooks';

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
 * after `timeoutMs` unless focus or the pointer is on it, on Escape, or on its close button; the Undo button takes
 * focus so a
 * keyboard user who just removed something can take it back at once.
 */
export function Toast({ toast, onClose, timeoutMs = 6000 }: ToastProps) {
  const undoRef = useRef<HTMLButtonElement>(null);
  // While the reader is on the toast (keyboard focus or pointer) it stays; the wait restarts when they leave.
  const [focused, setFocused] = useState(false);
  const [hovered, setHovered] = useState(false);
  const held = focused || hovered;
  useEffect(() => {
    if (toast?.onUndo) undoRef.current?.focus();
  }, [toast?.id]);
  useEffect(() => {
    if (!toast || held) return;
    const t = setTimeout(onClose, timeoutMs);
    return () => clearTimeout(t);
  }, [toast?.id, held]);
  useEffect(() => {
    if (!toast) {
      setFocused(false);
      setHovered(false);
    }
  }, [toast]);

  return (
    <div class="toast-region" role="status" aria-live="polite">
      {toast && (
        <div
          class="toast"
          onKeyDown={(e) => e.key === 'Escape' && onClose()}
          onFocusIn={() => setFocused(true)}
          onFocusOut={(e) => {
            const next = (e as FocusEvent).relatedTarget as Node | null;
            if (!next || !(e.currentTarget as HTMLElement).contains(next)) setFocused(false);
          }}
          onMouseEnter={() => setHovered(true)}
          onMouseLeave={() => setHovered(false)}
        >
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
