import { CTA_WORDS } from './cta-words';
import { CTA_ANYWHERE_PATTERN } from './generated/precheck-patterns';
import { lazyRegExp } from './precheck-text';

const CTA_SOURCE = `^(?:${CTA_WORDS})\\b`;

/** A link label that starts with a call to action ("Shop now", "Buy", "Voir sur"). */
export const CTA = /* @__PURE__ */ new RegExp(CTA_SOURCE, 'i');

/**
 * CTA for the pre-check, built at its first use: the content script reads link labels only on a page whose text holds
 * a call-to-action word or an affiliate notice, and most pages hold neither, so they need not parse the pattern.
 */
export const CTA_LABEL = lazyRegExp(() => CTA_SOURCE, 'i');

/**
 * A call-to-action word anywhere in lower-case text, with no edges: every label CTA matches holds one, and a link's
 * text is part of the page's, so a page whose text has none has no such label and its links' labels need not be
 * read. The words are lower case, so the pattern needs no `i` flag on lower-cased text: a case-insensitive scan of
 * a whole page costs irregexp several times a plain one. The words come grouped by their first letter from the
 * generated pre-check patterns (./precheck-patterns), which halves the scan of a big page's text and is not built
 * on every page.
 */
export const CTA_ANYWHERE = new RegExp(CTA_ANYWHERE_PATTERN);
