import type { Candidate } from './context';

/**
 * Names of the maker-and-noun features, in order (appended to ./feature-names through ./late-features): a known
 * maker next to a plain product noun in prose (./anchors/maker-noun) is a reading of its own, weighed apart from
 * the determiner-and-model readings (./anchors/prose-brand) it overlaps.
 */
export const MAKER_NOUN_FEATURE_NAMES: readonly string[] = ['format:anchor-maker-noun'];

/** The maker-and-noun features of one candidate, in the order of MAKER_NOUN_FEATURE_NAMES. */
export const makerNounFeatures = (c: Candidate): number[] => [c.format === 'anchor-maker-noun' ? 1 : 0];
