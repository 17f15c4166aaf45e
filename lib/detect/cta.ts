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
export const CTA_ANYWHERE = new RegExp(byFirstLetter(CTA_WORDS));

/**
 * The same alternation with its words grouped by their first letter ("s(?:hop|ee (?:it|at)|hoppen)|b(?:uy)|…"): it
 * matches the same texts, and irregexp, which tries the words of an alternation one after another at every
 * character, then tries one group at most characters. Scanning a whole page's text costs about half as much.
 */
function byFirstLetter(words: string): string {
  const tops: string[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k < words.length; k++) {
    const c = words[k];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      tops.push(words.slice(from, k));
      from = k + 1;
    }
  }
  tops.push(words.slice(from));
  const groups = new Map<string, string[]>();
  const whole: string[] = [];
  for (const w of tops) {
    // Only a plain character can lead a group: a word that starts with a class, a group, an escape or a quantified
    // character is kept whole.
    if ('([\\.'.includes(w[0] ?? '(') || '?*+{'.includes(w[1] ?? 'x')) whole.push(w);
    else groups.set(w[0]!, [...(groups.get(w[0]!) ?? []), w.slice(1)]);
  }
  return [...[...groups].map(([head, tails]) => `${head}(?:${tails.join('|')})`), ...whole].join('|');
}
