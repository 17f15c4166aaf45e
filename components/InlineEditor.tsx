import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  label: string;
  initial: string;
  placeholder?: string;
  maxLength: number;
  /** Resolves when saved; a rejection's message is shown and the editor stays open. */
  onSave: (value: string) => Promise<void>;
  onClose: () => void;
}

/**
 * A one-line editor that takes focus when opened: Enter saves, Escape cancels, both give focus
 * back to whoever opened it (the caller re-renders its button, which we focus by id).
 */
export function InlineEditor({ label, initial, placeholder, maxLength, onSave, onClose }: Props) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  async function save() {
    setSaving(true);
    try {
      await onSave(value);
      onClose();
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Could not save.');
      setSaving(false);
    }
  }

  return (
    <form
      class="inline-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <input
        ref={input}
        class="input"
        type="text"
        aria-label={label}
        value={value}
        placeholder={placeholder}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        title={error ?? undefined}
        onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)}
        disabled={saving}
      />
      <button type="submit" class="btn btn-small" disabled={saving}>
        Save
      </button>
      <button type="button" class="btn btn-ghost btn-small" onClick={onClose}>
        Cancel
      </button>
      {error && (
        <span class="editor-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
