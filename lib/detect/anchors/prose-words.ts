/** The small words that frame a noun phrase in European prose, for ./prose-maker. */

// Articles, possessives and demonstratives that open a noun phrase ("ses bottes de pluie", "die Sommerstiefel").
export const OPENERS = new Set(
  (
    "le la les l' un une des du ses son sa leur leurs ce cette ces der die das den dem ein eine einen einem " +
    'einer seine ihre ihren diese diesen il lo gli i uno una sua suo sue suoi questa questo el los las unos unas ' +
    'su sus este esta o os as um uma uns umas seu seus suas de het een zijn haar deze dit den det en ett sin sitt ' +
    'sina denna detta'
  ).split(' '),
);
// The words that put the maker after the piece: "bottes de Fendi", "Stiefel von Miu Miu", "borsa di Furla".
export const MAKER_PREP = /^(?:de|d'|di|del|della|von|van|da|do|af|från|fra|by|z|od|ze|chez|bei|hos)$/i;
// Words that end a noun phrase: relative pronouns and conjunctions.
export const NP_END = new RegExp(
  String.raw`^(?:qui|que|che|cui|which|that|welche|welcher|som|dat|die|wat|og|och|und|et|e|y|o|oder|ou|` +
    String.raw`est|es|è|ist|is|är|er|on|jest|to|é|sont|sind|zijn|son|sono|são|` +
    String.raw`co[uû]te|coûtait|costa|costava|cuesta|costaba|custa|custava|kost|kostte|kostet|kostete|kostar|` +
    String.raw`kostade|koster|kostede|kosztuje|kosztował|maksaa)$`,
  'iu',
);
// Small words a noun phrase does not end on.
export const TAIL = new RegExp(
  String.raw`^(?:de|d'|di|del|della|von|van|da|do|af|för|for|à|a|al|au|aux|en|in|im|i|z|w|na|con|mit|med|met|` +
    String.raw`com|per|pour|für|voor|på|hos|bei|chez|bij|op|sur|su|em|no|na|od|za|ved|til|till)$`,
  'i',
);
// Small words inside a maker's name: "Pedro del Hierro", "Bimba y Lola".
export const JOIN = /^(?:de|del|di|da|du|la|le|y|&|\+|x|of|the|van|von|der|und|e)$/i;
// A purpose ("Markt für Turnschuhe", "crème pour le visage"): the phrase's own head noun comes before it.
export const PURPOSE = /^(?:für|for|pour|per|para|voor|för|til|dla|do)$/i;
