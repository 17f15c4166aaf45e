/** Call-to-action words of buy buttons in English, French, German, Spanish, Italian and Polish. */
export const CTA_WORDS =
  String.raw`shop|buy|get (?:it|them|one|yours)|grab|order|see (?:it|at)|view (?:at|on|product)|` +
  String.raw`check (?:it|price)|available|acheter|achetez|je craque|craquer|commander|découvrir|voir (?:le|` +
  String.raw`sur|chez)|disponible|hier|zum (?:shop|produkt|angebot)|shoppen|jetzt|kaufen|bestellen|erhältlich|` +
  String.raw`c[oó]mpr(?:a|alo|ala|alos|alas|ar|e)|cons[ií]gue(?:lo|la|los|las)?|acquista|scoprilo|kup|kupuj|` +
  String.raw`sprawdź`;
