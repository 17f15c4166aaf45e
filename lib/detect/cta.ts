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
 * a whole page costs irregexp several times a plain one.
 */
export const CTA_ANYWHERE = new RegExp(CTA_WORDS);
