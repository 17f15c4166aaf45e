/** Call-to-action words of buy buttons in English, French, German, Spanish, Italian and Polish. */
const CTA_WORDS =
  String.raw`shop|buy|get (?:it|them|one|yours)|grab|order|see (?:it|at)|view (?:at|on|product)|` +
  String.raw`check (?:it|price)|available|acheter|achetez|je craque|craquer|commander|découvrir|voir (?:le|` +
  String.raw`sur|chez)|disponible|hier|zum (?:shop|produkt|angebot)|shoppen|jetzt|kaufen|bestellen|erhältlich|` +
  String.raw`c[oó]mpr(?:a|alo|ala|alos|alas|ar|e)|cons[ií]gue(?:lo|la|los|las)?|acquista|scoprilo|kup|kupuj|` +
  String.raw`sprawdź`;

/** A link label that starts with a call to action ("Shop now", "Buy", "Voir sur"). */
export const CTA = new RegExp(`^(?:${CTA_WORDS})\\b`, 'i');

/**
 * A call-to-action word anywhere in lower-case text, with no edges: every label CTA matches holds one, and a link's
 * text is part of the page's, so a page whose text has none has no such label and its links' labels need not be
 * read. The words are lower case, so the pattern needs no `i` flag on lower-cased text: a case-insensitive scan of
 * a whole page costs irregexp several times a plain one. CTA's words grouped by their first letter (a unit test
 * checks they are the same words): irregexp tries the words of an alternation one after another at every character,
 * a group at most characters once, which halves the scan of a big page's text; written out, not built, so the
 * script does not build it on every page.
 */
export const CTA_ANYWHERE = new RegExp(
  String.raw`s(?:hop|ee (?:it|at)|hoppen|coprilo|prawdź)|b(?:uy|estellen)|g(?:et (?:it|them|one|yours)|rab)|` +
    String.raw`o(?:rder)|v(?:iew (?:at|on|product)|oir (?:le|sur|chez))|c(?:heck (?:it|price)|raquer|ommander|` +
    String.raw`[oó]mpr(?:a|alo|ala|alos|alas|ar|e)|ons[ií]gue(?:lo|la|los|las)?)|a(?:vailable|cheter|chetez|` +
    String.raw`cquista)|j(?:e craque|etzt)|d(?:écouvrir|isponible)|h(?:ier)|z(?:um (?:shop|produkt|angebot))|` +
    String.raw`k(?:aufen|up|upuj)|e(?:rhältlich)`,
);
