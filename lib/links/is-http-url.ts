import { parseHttpUrl } from './parse-url';

/** True only for a well-formed absolute http: or https: URL. */
export function isHttpUrl(url: unknown): boolean {
  return parseHttpUrl(url) !== null;
}
