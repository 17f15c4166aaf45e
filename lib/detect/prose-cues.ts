import type { Candidate, Ctx } from './context';
import { lastSentence } from './sentence';

/**
 * Names of the sentence cues of a candidate without a price, in order (appended to ./feature-names): picks
 * named in prose are told in the first person or with a word of liking, news names makers in reports.
 */
export const PROSE_CUE_NAMES: readonly string[] = [
  'format:anchor-of-maker',
  'cue:first-person',
  'cue:recommend',
  'cue:report',
  'format:anchor-possessive',
];

const W = (words: string) => new RegExp(String.raw`(?:^|[^\p{L}'’])(?:${words})(?![\p{L}])`, 'iu');

// The writer speaking: "I", "my", "ich", "meine", "je", "mon", "jag", "min", "ik", "mijn", "io", "eu", "yo".
const FIRST = W(
  String.raw`my|me|mine|we|our|ich|mein\p{L}*|mir|mich|wir|unser\p{L}*|je|j['’]|mon|ma|mes|moi|nous|notre|nos|` +
    String.raw`jag|jeg|mitt|mina|mig|meg|vi|vår|vårt|ik|mijn|wij|ons|onze|io|mio|mia|miei|noi|yo|mis|` +
    String.raw`nosotros|eu|meu|minha|meus|minhas|mój|moja|moje`,
);
// "I" only in capitals: "i" is a word in other languages (Swedish, Italian).
const FIRST_I = /(?:^|[^\p{L}])I(?:['’](?:m|ve|d|ll))?(?![\p{L}])/u;
// Liking and recommending: "love", "favourite", "must-have", "Lieblings-", "coup de cœur", "älskar", "polecam".
const LIKE = W(
  String.raw`love|loved|loving|adore|adored|favou?rite\p{L}*|fave|recommend\p{L}*|must-have|obsessed|swear by|` +
    String.raw`go-to|wish ?list|covet\p{L}*|treat yourself|gift|liebe|lieben|lieblings\p{L}*|empfehl\p{L}*|` +
    String.raw`adore|préféré\p{L}*|coup de c(?:œ|oe)ur|indispensable|älskar|favorit\p{L}*|elsker|` +
    String.raw`aanrader|adoro|preferit\p{L}*|consiglio|consigliamo|me encanta|recomiendo|amo|polecam|ulubion\p{L}*|` +
    String.raw`uwielbiam|verliefd`,
);
// Reported speech and celebrity sightings: news names makers without offering them.
const REPORT = W(
  String.raw`said|says|according to|announced|reported|spokes\p{L}*|spotted|stepped out|donned|was seen|` +
    String.raw`red carpet|duchess|princess|sagte|laut|erklärte|selon|a déclaré|enligt|ifølge|volgens|secondo|` +
    String.raw`según|segundo|według`,
);

const b = (x: boolean) => (x ? 1 : 0);

/** The sentence of a line around the characters s..e: from the last sentence start before s to the end after e. */
export function sentenceAround(text: string, s: number, e: number): string {
  const from = lastSentence(text.slice(0, Math.min(s, text.length)));
  const end = text.slice(Math.min(e, text.length)).search(/[.!?](?:\s|$)/);
  return text.slice(from, end >= 0 ? e + end + 1 : undefined);
}

/** Whether a text speaks in the writer's own voice: "I", "my", "ich", "mon", "jag", "mijn"… */
export const firstPerson = (s: string): boolean => FIRST.test(s) || FIRST_I.test(s);

/**
 * Whether the candidate was read as a piece before its maker (./anchors/piece-of-maker), the sentence cues of one
 * candidate without a price (zeros for a priced one or one without a line), then whether it was read from a
 * possessive (./anchors/possessive-piece).
 */
export function proseCues(ctx: Ctx, c: Candidate): number[] {
  const claim = c.claims[0];
  const line = claim ? ctx.lines[claim.i] : undefined;
  const own = b(c.format === 'anchor-possessive');
  const of = b(c.format === 'anchor-of-maker');
  if (c.price || !line || !claim) return [of, 0, 0, 0, own];
  const s = sentenceAround(line.text, claim.s, claim.e);
  return [of, b(firstPerson(s)), b(LIKE.test(s)), b(REPORT.test(s)), own];
}
