/** Hostile-input guard: longer strings are not links worth reading. */
export const MAX_URL_LENGTH = 16_384;

/** Parses an absolute http(s) URL; null for anything else, never throws. */
export function parseHttpUrl(input: unknown): URL | null {
  if (typeof input !== 'string' || input.length > MAX_URL_LENGTH) return null;
  const text = input.trim();
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? url : null;
  } catch {
    return null;
  }
}

/** Case-insensitive query parameter (networks differ on "Url" vs "url"). */
export function queryParam(url: URL, ...names: string[]): string | null {
  const wanted = names.map((n) => n.toLowerCase());
  for (const [key, value] of url.searchParams) {
    if (wanted.includes(key.toLowerCase()) && value !== '') return value;
  }
  return null;
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostIs(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}
