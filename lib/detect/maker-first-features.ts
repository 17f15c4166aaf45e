import type { Candidate } from './context';

/**
 * Names of the maker-first credit features, in order (appended to ./feature-names through ./late-features): a
 * credit read maker first ("Topshop tank and jeans, Zara loafers", ./anchors/maker-first) is a reading of its own,
 * so the scorer weighs it apart from the piece-first credits it is read beside.
 */
export const MAKER_FIRST_FEATURE_NAMES: readonly string[] = ['format:anchor-maker-first'];

/** The maker-first features of one candidate, in the order of MAKER_FIRST_FEATURE_NAMES. */
export const makerFirstFeatures = (c: Candidate): number[] => [c.format === 'anchor-maker-first' ? 1 : 0];
