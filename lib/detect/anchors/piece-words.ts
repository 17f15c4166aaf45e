/** The small words around "a piece from its maker" in prose, for ./piece-of-maker. */

// Prepositions that put a maker after a piece and rarely anything else before a capitalised name.
export const STRONG_PREP = /^(?:from|by|von|van|från|fra|af)$/i;
// Prepositions that also link ordinary words ("uova di Pasqua", "coup de chapeau"): only a known brand follows.
export const WEAK_PREP = /^(?:de|di|da|do|d'|del|della|dalla)$/i;
// The shop after the maker: "coat from Phase 8 at John Lewis", "Jacke von X bei Y".
export const SHOP_PREP = /^(?:at|via|bei|chez|hos|på|presso|em|bij)$/i;
// A verb between the piece and its maker: "Klänningen är från", "Le pull vient de", "The dress is by".
export const COPULA = new RegExp(
  String.raw`^(?:is|are|was|were|comes|come|came|ist|sind|war|waren|kommt|kommen|kam|est|sont|était|vient|` +
    String.raw`viennent|venait|är|var|kommer|kom|er|é|são|era|vem|vêm|vinha|è|sono|viene|vengono|es|son|` +
    String.raw`zijn|komt|jest|są)$`,
  'i',
);
// An adverb between the copula and the preposition: "vient également de", "ist auch von", "is also from".
export const ALSO = /^(?:also|too|auch|ebenfalls|également|aussi|också|også|ook|também|anche|también|então)$/i;
// First-person possessives and demonstratives that open a piece in English and the other languages' own words.
export const OWN_OPENERS = new Set(
  (
    'the a an this these that those my our your his her their its another ' +
    'dieser dieses diesem mein meine meinen meiner meinem unsere unseren ' +
    'mon ma mes notre nos min mitt mina vår vårt mi mis mio ' +
    'mia miei mie meu minha meus minhas mijn ons onze ' +
    // Demonstratives of the Romance languages: "aquela camisa branca da X", "quella borsa di Y", "esa falda de Z".
    'aquela aquele aquelas aqueles essa esse essas esses aquella aquel aquellos aquellas esa ese esos esas estos ' +
    'estas quel quella quei quelle quegli questi queste'
  ).split(' '),
);
// "a pair of", "ett par", "ein Paar": a count before the piece, not part of its name.
export const PAIR = /^(?:pair|pairs|par|paar|paire|paio|of|av|af)$/i;
// A preposition of material or detail inside a piece's phrase: "strumpbyxor i kashmir", "Mantel aus Wolle".
export const INNER = /^(?:i|in|aus|en|em|di|med|mit|with|im)$/i;
// The verb of a first-person haul clause: "the blouse I got from Zara", "this coat I picked up from Arket".
export const HAUL = /^(?:got|bought|found|ordered|grabbed|snagged|scored|purchased|picked)$/i;
// An adverb inside that clause: "I recently bought".
export const SOON = /^(?:recently|finally|just|also|once)$/i;
// "and" between the pieces of a list: "a bag by X, shoes from Y and sunglasses by Z". It ends the piece before it
// as a comma does, where other function words end the reading without an edge.
export const AND = /^(?:and|och|og|und|et|e|y)$/i;
