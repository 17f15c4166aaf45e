/**
 * Colour words in the languages the detector reads, lower-case. A colour opening a name ("Purple Tea for One mug",
 * "Yellow Puffer", "Rote Tasche") describes the piece; read alone as the maker it is a false brand.
 */
const COLOURS = new Set(
  // English
  (
    'black white ivory cream ecru beige tan camel brown chocolate khaki olive green sage mint teal blue navy cobalt ' +
    'turquoise purple lilac lavender violet pink blush fuchsia red burgundy orange rust coral yellow mustard gold ' +
    'golden silver grey gray charcoal nude multicoloured multicolored multi-coloured multi-colored ' +
    // French, German, Dutch
    'noir noire blanc blanche marron vert verte bleu bleue rose rouge jaune gris grise doré dorée argenté ' +
    'schwarz schwarze weiß weisse weiße braun grün blau rot rote gelb grau zwart wit bruin groen blauw rood geel ' +
    // Spanish, Italian, Portuguese
    'negro negra blanco blanca marrón verde azul morado rosa rojo roja amarillo gris nero nera bianco bianca ' +
    'marrone blu viola rosso rossa giallo grigio preto preta branco branca vermelho vermelha amarelo cinza ' +
    // Nordic, Polish, Finnish
    'svart vit brun grön blå lila röd gul grå sort hvid hvit grøn grønn rød czarny czarna biały biała ' +
    'czerwony czerwona musta valkoinen punainen sininen'
  ).split(' '),
);

/** Whether a single word is a colour (any case): "Purple", "Schwarz", "Rosso". */
export const isColourWord = (w: string): boolean => COLOURS.has(w.toLowerCase());
