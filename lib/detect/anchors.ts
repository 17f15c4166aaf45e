import type { Format } from './context';

/** Anchor-based candidate generators (prices, buy links, brands near product nouns, repeated records). */
export const ANCHORS: readonly Format[] = [];
