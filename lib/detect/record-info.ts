/**
 * What a repeated record (./records) and its group say about the candidates read inside it. The record
 * generator (./anchors/record-groups) notes it while it reads a page; the scorer's record features
 * (./record-features) read it back for every candidate inside a record, whichever generator made it.
 */
export interface RecordFacts {
  /** Records in the group. */
  size: number;
  /** Shares of the group's records holding a price, and a link out or a buy button. */
  priced: number;
  linked: number;
  /** This record's place in its group, 0 (first) to 1 (last). */
  pos: number;
  /** The group is a repeated run of siblings (h3, p, p, a), not repeated single elements. */
  seq: boolean;
  /** This record holds a price; a link to a shop or an affiliate wrapper; a buy button. */
  price: boolean;
  shop: boolean;
  buy: boolean;
  /** Its first line is a known maker or a short name in title case: how cards open. */
  brandFirst: boolean;
  /** Characters of the record's text. */
  chars: number;
  /** Listing words in the record ("like new", "VB", "noszona"), and a size label with its size ("Gr. L"). */
  used: boolean;
  size1: boolean;
  /** Share of the group's records with listing words or a size label. */
  groupUsed: number;
  /** Distinct product names among the group's records read (a comparison table repeats one product). */
  distinct: number;
}

// Keyed by the records' own elements; a new page brings new elements, so nothing needs clearing.
const INFO = new WeakMap<Element, RecordFacts>();

/** Remembers one record's facts on its elements (the first group to claim an element keeps it). */
export function noteRecord(els: readonly Element[], facts: RecordFacts): void {
  for (const e of els) if (!INFO.has(e)) INFO.set(e, facts);
}

/** The facts of the nearest record around an element (up to four levels up), or null. */
export function recordFacts(el: Element): RecordFacts | null {
  let e: Element | null = el;
  for (let up = 0; e && up < 5; up++, e = e.parentElement) {
    const i = INFO.get(e);
    if (i) return i;
  }
  return null;
}
