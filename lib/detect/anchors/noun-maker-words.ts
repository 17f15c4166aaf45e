/** The small words around a maker closing a piece's phrase, for ./noun-maker. */

/** Languages whose adjectives follow the noun, so that a maker may close a piece's phrase with no preposition. */
export const POSTPOSED = new Set(['fr', 'it', 'es', 'pt']);
/** Lower-case words between the noun and its maker at most ("chaussures en cuir métallisé gris pâle Lanvin"). */
export const MAX_DESC = 6;
/** Capitalised words of a maker the gazetteer does not know, at most ("Old Sail", "Fifi Chachnil"). */
export const MAX_RUN = 3;
// Small words inside a piece's description, between two described words: "écharpe en mohair", "tee-shirt à capuche
// coton et cachemire", "maglione in puro cashmere", "coffret de l'avent". Never its last word.
export const INNER = /^(?:en|à|a|au|in|di|de|d'|da|con|com|avec|e|et|y|l'|la|il|al|del|della|do)$/i;
// The writer speaking, by language: pronouns, possessives and the first person of "to have" and "to buy". The
// shared cue of ../prose-cues reads every language's words at once, where Italian "ma" (but) is French "ma" (my).
export const FIRST: Record<string, RegExp> = {
  fr: /(?:^|[^\p{L}])(?:je|j['’]|me|m['’]|moi|mon|ma|mes|nous|notre|nos)(?![\p{L}])/iu,
  it: /(?:^|[^\p{L}])(?:io|mi|me|mio|mia|miei|mie|noi|nostr[oaie]|ho)(?![\p{L}])/iu,
  es: /(?:^|[^\p{L}])(?:yo|me|mi|mis|nosotr[oa]s|nuestr[oa]s?|he)(?![\p{L}])/iu,
  pt: /(?:^|[^\p{L}])(?:eu|me|mim|meu|minha|meus|minhas|nós|noss[oa]s?|comprei)(?![\p{L}])/iu,
};
/** Between two pieces of a credit list: punctuation only ("sac Anna Corinna, gilet La Fée, foulard H&M"). */
export const LIST_GAP = /^[\s,.;:|/+·•–-]*$/u;
// Joining words inside a maker's name: "Paul and Joe", "Filles a Papa". Never "de": "sac Solène de Lanvin" is a
// model of its maker.
export const JOIN = /^(?:and|&|a|y|e|et|x)$/i;
