import { CTA_WORDS } from './cta-words';
import { CTA_ANYWHERE_PATTERN } from './generated/precheck-patterns';

/** A link label that starts with a call to action ("Shop now", "Buy", "Voir sur"). */
export const CTA = new RegExp(`^(?:${CTA_WORDS})\\b`, 'i');

/**
 * A call-to-action word anywhere in lower-case text, with no edges: every label CTA matches holds one, and a link's
 * text is part of the page's, so a page whose text has none has no such label and its links' labels need not be
 * read. The words are lower case, so the pattern needs no `i` flag on lower-cased text: a case-insensitive scan of
 * a whole page costs irregexp several times a plain one. The words come grouped by their first letter from the
 * generated pre-check patterns (./precheck-patterns), which halves the scan of a big page's text and is not built
 * on every page.
 */
export const CTA_ANYWHERE = new RegExp(CTA_ANYWHERE_PATTERN);
