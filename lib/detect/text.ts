/** Words that end a clause rather than a product name ("sold for", "costs", "closed at"). */
const STOP = new Set(
  (
    'a an the and or of for to at in on by with from is was are were be been has have had will would ' +
    'costs cost sold priced fetched paid pay spend spent under over than just only as into per each via ' +
    'its it this that our my your their his her about around roughly nearly almost up down fell rose ' +
    'closed traded valued worth listed estimated raised fined charges charged averaging unter ab für um ' +
    'bis sous moins pour à dès de du des bajo menos por desde sotto meno per onder voor vanaf'
  ).split(' '),
);
/** Words that start a sentence, not a product name. */
const OPENER = new RegExp(
  String.raw`^(?:i|i'm|i've|we|you|he|she|it|they|this|that|these|those|my|our|your|his|their|if|when|but|so|` +
    String.raw`because|while|there|here|what|which|who|also|then|even|although|though|after|before|since|just|` +
    String.raw`only|plus)$`,
  'i',
);

// In a file of its own: the content script's pre-check needs it without this module's other tables.
export { CTA } from './cta';

/** Labels before a price that carry no name ("Price:", "Shop it:"). */
export const LABEL = new RegExp(
  String.raw`^(?:price|prix|preis|rrp|cost|our price|shop (?:it|them|the look|now|here)|(?:where |` +
    String.raw`how )?to buy|buy (?:it|now|here)|get (?:it|them)|available|disponible|tarif|dispo|` +
    String.raw`erhältlich)\s*[:–—-]?\s*$`,
  'i',
);

const HEAD_NOISE = /^\s*(?:[-–—•*·▪►✓]|\d{1,3}[.)]|#\d{1,3}|no\.\s?\d{1,3})\s+/i;

/** Collapses whitespace and drops list numbering and bullets. */
export const clean = (s: string): string => s.replace(/\s+/g, ' ').replace(HEAD_NOISE, '').trim();

export const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/**
 * Lower-case, accent-free letters and digits only: for comparing names. Kana, ideographs and Hangul
 * (decomposed into jamo) stay, or every Japanese and Korean name would compare equal to every other.
 */
export const lowerAlnum = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uff66-\uff9f]/g, '');

/** Whether a text reads like a product name rather than a clause of prose. */
export function nameOk(s: string, maxWords = 14): boolean {
  const w = words(s);
  // "Up to 50% off at Mango" is a sale, not a product.
  if (!w.length || w.length > maxWords || s.length > 140 || !/\p{L}/u.test(s) || /%\s*off\b|^up to\b/i.test(s))
    return false;
  // A capitalised last word is a name ("Trenchcoat van Only"), not a clause's dangling "only".
  const last = w[w.length - 1]!.replace(/[^\p{L}']/gu, '');
  return (!STOP.has(last.toLowerCase()) || /^\p{Lu}/u.test(last)) && !OPENER.test(w[0]!.replace(/[^\p{L}']/gu, ''));
}

/** A short name in title case or capitals: how shops and brands are written. */
export function properName(s: string, maxWords = 4): boolean {
  const w = words(s);
  if (!w.length || w.length > maxWords || s.length > 40) return false;
  return (
    /^[\p{Lu}\d&]/u.test(s) &&
    w.every((x) => /^[\p{Lu}\d&'’(]/u.test(x) || /^(?:of|de|du|des|la|le|et|and|the|by|on|for|et|von|und|&)$/i.test(x))
  );
}
