import type { Candidate, Ctx } from './context';
import { lastSentence } from './sentence';

/**
 * Names of the past-possession cues, in order (appended to ./feature-names via ./late-features): the sentence of
 * a candidate tells of a purchase years ago, or of a piece the writer parted with or warns against.
 */
export const PAST_CUE_NAMES: readonly string[] = ['cue:past-year', 'cue:parted-or-warned'];

/** A year of purchase in the candidate's sentence: "bought in the summer of 2008", "jacket (2016)". */
const YEAR = /(?<![\p{L}\d])(?:19[89]\d|20[0-3]\d)(?![\p{L}\d])/u;

// Parting with a piece, owning it for years, or warning against it, in the languages the detector reads.
const PARTED = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    String.raw`years ago|for years|gave (?:it )?away|threw (?:it )?out|donated|got rid of|regret\p{L}*|` +
    String.raw`not worth|overpriced|rip-?off|roll my eyes|avoid|skip (?:it|this)|` +
    String.raw`vor (?:\p{L}+ )?jahren|seit jahren|aussortiert|weggegeben|bereue|überteuert|` +
    String.raw`il y a (?:\p{L}+ )?ans|depuis des années|donné|regrette|trop cher|` +
    String.raw`för (?:\p{L}+ )?år sedan|i åratal|fick lämna|gav bort|ångrar|` +
    String.raw`for (?:\p{L}+ )?år siden|i årevis|angrer|` +
    String.raw`jaren geleden|weggegeven|spijt|` +
    String.raw`anni fa|da anni|regalato|pentit\p{L}*|hace (?:\p{L}+ )?años|desde hace años|regalé|` +
    String.raw`lat temu|od lat|oddałam|oddałem|żałuję` +
    String.raw`)(?![\p{L}])`,
  'iu',
);

/** The sentence of a candidate's first claim, and the few characters after it (a "(2016)" closing a credit). */
function sentenceOf(ctx: Ctx, c: Candidate): string {
  const claim = c.claims[0];
  const text = claim ? (ctx.lines[claim.i]?.text ?? '') : '';
  if (!text) return '';
  const s = Math.min(claim!.s, text.length);
  const e = Math.min(claim!.e, text.length);
  const from = lastSentence(text.slice(0, s));
  const end = text.slice(e).search(/[.!?](?:\s|$)/);
  return text.slice(from, end >= 0 ? e + end + 1 : Math.min(text.length, e + 40));
}

/** The past-possession cues of one candidate, in the order of PAST_CUE_NAMES. */
export function pastCues(ctx: Ctx, c: Candidate): number[] {
  const s = sentenceOf(ctx, c);
  return [YEAR.test(s) ? 1 : 0, PARTED.test(s) ? 1 : 0];
}
