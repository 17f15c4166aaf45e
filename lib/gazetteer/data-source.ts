/**
 * Where the gazetteer's decoded data comes from. The data is most of the content script's weight,
 * so the content script carries none: it asks the background for it, and only on pages that pass
 * the detector's pre-check. Node, tests and the background install the bundled copy instead.
 */

/** The generated data strings (lib/gazetteer/generated/content-data.ts). */
export interface GazetteerData {
  brands: string;
  retailers: string;
  /** Detection words by language (product nouns, shop words, buy words, labels, negative cues). */
  lexicon?: string;
}

/** Thrown when a lookup runs before any data was installed: a wiring bug, not bad input. */
export class GazetteerNotLoadedError extends Error {
  override name = 'GazetteerNotLoadedError';
  constructor() {
    super('Magpie gazetteer data is not loaded: call installGazetteerData() first');
  }
}

let data: GazetteerData | (() => GazetteerData) | null = null;
let generation = 0;

/**
 * Installs the data, or a function that gives it on the first lookup (so a context that makes no
 * lookup never loads it); lookups built from older data are rebuilt on next use.
 */
export function installGazetteerData(next: GazetteerData | (() => GazetteerData)): void {
  data = next;
  generation++;
}

/** True once some data is installed. */
export function hasGazetteerData(): boolean {
  return data !== null;
}

/** The installed data (throws GazetteerNotLoadedError before installation). */
export function gazetteerData(): GazetteerData {
  if (!data) throw new GazetteerNotLoadedError();
  if (typeof data === 'function') data = data();
  return data;
}

/** Bumped at each installation, so indexes know when to rebuild. */
export function dataGeneration(): number {
  return generation;
}

/** Type guard for data that crossed a message boundary. */
export function isGazetteerData(v: unknown): v is GazetteerData {
  if (typeof v !== 'object' || v === null) return false;
  const d = v as Record<string, unknown>;
  const cap = 2_000_000;
  return (
    typeof d.brands === 'string' &&
    typeof d.retailers === 'string' &&
    d.brands.length < cap &&
    d.retailers.length < cap &&
    (d.lexicon === undefined || (typeof d.lexicon === 'string' && d.lexicon.length < cap))
  );
}
