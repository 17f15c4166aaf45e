/** `s` as a literal inside a regular expression: every sign with a meaning there escaped. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
