/** Escaping for the page snapshot's markup (lib/content/snapshot.ts). */

/** Longest attribute value a snapshot keeps. */
const MAX_ATTR = 2048;
// Most text and attribute values need no escaping: one test, and only then the replacements.
const TEXT_SPECIAL = /[&<>]/;
const ATTR_SPECIAL = /[&"<]/;
/** Text for inside an element. */
export const escText = (s: string) =>
  TEXT_SPECIAL.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s;
/** A value for inside double quotes, cut to MAX_ATTR. */
export const escAttr = (v: string) => {
  const s = v.length > MAX_ATTR ? v.slice(0, MAX_ATTR) : v;
  return ATTR_SPECIAL.test(s) ? s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;') : s;
};
