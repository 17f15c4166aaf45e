import { useState } from 'preact/hooks';
import { normalizeSite } from '../lib/settings';

interface Props {
  id: string;
  label: string;
  sites: string[];
  onChange: (sites: string[]) => void;
}

/** A list of sites with an add box (any URL or host name) and a remove button per site. */
export function SiteList({ id, label, sites, onChange }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  function add(e: Event) {
    e.preventDefault();
    const host = normalizeSite(text);
    if (!host) {
      setError('Enter a site such as vogue.com or a link to one of its pages.');
      return;
    }
    setError(null);
    setText('');
    if (!sites.includes(host)) onChange([...sites, host].sort());
  }
  return (
    <div class="site-list-wrap">
      <form class="site-add" onSubmit={add}>
        <label class="sr-only" for={`${id}-input`}>
          {label}
        </label>
        <input
          id={`${id}-input`}
          class="input"
          type="text"
          inputMode="url"
          placeholder="example.com"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="btn btn-small">
          Add
        </button>
      </form>
      {error && (
        <p id={`${id}-error`} class="problem" role="alert">
          {error}
        </p>
      )}
      {sites.length > 0 && (
        <ul class="site-list" aria-label={label}>
          {sites.map((s) => (
            <li key={s}>
              <span>{s}</span>
              <button
                type="button"
                class="btn btn-ghost btn-small"
                onClick={() => onChange(sites.filter((x) => x !== s))}
              >
                Remove<span class="sr-only"> {s}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
