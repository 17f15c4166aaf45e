import { lookupBrand } from '../gazetteer';
import { isPriceLabel, lexicon } from './lexicon';

/** A slide or list counter: "4 of 6", "01.", "#3", "No. 2". */
const COUNTER = new RegExp(
  String.raw`^\s*(?:(?:slide\s*)?\d{1,3}\s*(?:of|\/|de|von|sur|di|van|z)\s*\d{1,3}|#\d{1,3}|\d{1,2}[.)/]|\d{1,3}\s?位|` +
    String.raw`no\.\s?\d{1,3})(?=\s|$)\s*[:.)–—-]?\s*`,
  'i',
);
/** "Shoes:", "Best thick hoops:", "Schuhe:": a short label ending in a colon. */
const COLON_LABEL = /^\s*([^:]{1,30}):\s+/;

/** A label or counter in the brand's place: "Shoes:", "Winner:", "4 of 6", "Best thick hoops:". */
export function isLabel(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  const lex = lexicon();
  const bare = t.replace(/[:–—-]\s*$/, '').trim();
  if (COUNTER.test(t) && COUNTER.exec(t)![0].length >= t.length - 1) return true;
  // A rail's or list's number in an element of its own ("7" beside a headline) reads as a bare number: no maker is
  // one or two digits alone.
  if (/^\d{1,2}$/.test(t)) return true;
  // "Candidate #1", "Look 3", "Pick no. 2": a word and a number number a record, they name no maker.
  if (/^\p{L}+\s+(?:#|no\.?\s?)\d{1,3}[:.]?$/iu.test(t) && !lookupBrand(t)) return true;
  if (lex.label.test(t) && lex.label.exec(t)![0].length >= t.length - 1) return true;
  // A product noun, or a short phrase ending in one, written as a label: "Shoes", "Best thick hoops".
  const last = bare.toLowerCase().split(/\s+/).pop() ?? '';
  return /[:]$/.test(t)
    ? !lookupBrand(bare)
    : lex.nouns.has(bare.toLowerCase()) ||
        (lex.nouns.has(last) && !lookupBrand(bare) && bare.split(/\s+/).length <= 4 && /^best\b/i.test(bare));
}

/** A label word and nothing else ("Pictured", "Winner:", "4 of 6", "Precio:"), unlike a bare product noun. */
export function onlyLabel(text: string): boolean {
  const t = text.trim();
  const lab = lexicon().label.exec(t);
  const c = COUNTER.exec(t);
  return (!!lab && lab[0].length >= t.length - 1) || (!!c && c[0].length >= t.length - 1) || isPriceLabel(t);
}

/** Drops counters and labels at the head of a text: "4 of 6 RUE ST. Lana" → "RUE ST. Lana". */
export function stripLabels(text: string): string {
  let t = text;
  for (let k = 0; k < 3; k++) {
    const before = t;
    const c = COUNTER.exec(t);
    if (c && c[0].length < t.length && /\p{L}/u.test(t.slice(c[0].length))) t = t.slice(c[0].length);
    const lab = lexicon().label.exec(t);
    if (lab && lab[0].length < t.length) t = t.slice(lab[0].length);
    const col = COLON_LABEL.exec(t);
    if (col && !lookupBrand(col[1]!) && col[0].length < t.length) t = t.slice(col[0].length);
    if (t === before) break;
  }
  return t.trim();
}

/** A photo credit's label closing a text ("…slingbacks. Photo", "| Foto"): what follows names the photographer. */
const PHOTO_CREDIT_END = new RegExp(
  String.raw`(?:^|[.|,(–—-]\s*)(?:photos?|photography|images?|credits?|fotos?|fotografie|bild|crédits?|crédito|` +
    String.raw`kuva|zdjęcie|zdjęcia)$`,
  'iu',
);

/** Whether a name runs into a photo credit's label, so the brand read after it is the photographer or agency. */
export const endsInPhotoCredit = (name: string): boolean => PHOTO_CREDIT_END.test(name.trim());

/** Link text that only points at the link: "link here", "click here", "similar", "this one", "hier", "ici". */
const POINTER = new RegExp(
  String.raw`^(?:(?:click|link|tap|see|shop|buy|similar|sim\.?)\s+)?` +
    String.raw`(?:here|link|similar|this(?: one)?|hier|ici|aquí|qui|tutaj|här)$`,
  'i',
);

/** Whether a read name or maker is only a pointer at its link (./roles drops such candidates). */
export const isPointer = (text: string): boolean => POINTER.test(text.trim().replace(/[\s.!:)(]+$|^[\s(]+/g, ''));
