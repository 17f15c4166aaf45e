import type { Candidate } from './context';

/**
 * Names of the noun-then-maker features, in order (appended to ./feature-names through ./late-features): a maker
 * closing a piece's phrase with no preposition (./anchors/noun-maker) is a reading of its own, weighed apart from
 * the maker-first readings it overlaps.
 */
export const NOUN_MAKER_FEATURE_NAMES: readonly string[] = ['format:anchor-noun-maker'];

/** The noun-then-maker features of one candidate, in the order of NOUN_MAKER_FEATURE_NAMES. */
export const nounMakerFeatures = (c: Candidate): number[] => [c.format === 'anchor-noun-maker' ? 1 : 0];
