/** The elements and attributes a page snapshot (lib/content/snapshot.ts) leaves out or keeps. */

const set = (s: string) => new Set(s.split(' '));
/** Never read by the detector, or raw-text elements whose bodies would parse differently again. */
export const DROP = set(
  'script style noscript template svg iframe frame frameset object embed canvas video audio math select textarea ' +
    'option datalist xmp plaintext noembed noframes source track map dialog slot',
);
/** Elements without a closing tag. */
export const VOID = set('area base br col embed hr img input link meta param source track wbr');
/** What the detector reads (lib/detect: getAttribute, closest, matches, querySelector); nothing else passes. */
export const KEEP = set(
  'class id href role hidden aria-hidden aria-label alt content property name http-equiv ' +
    'itemtype itemprop itemscope type value rel lang',
);
/** The head elements the detector reads: the title, meta data, the canonical link and JSON-LD. */
export const HEAD_KEEP = set('title meta link script');
