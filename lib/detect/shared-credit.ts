import type { Candidate, Cluster, Line } from './context';
import type { Parsed } from './segment';
import { lowerAlnum } from './text';

/** One price segment of a credit line as a generator read it. */
export interface CreditRead {
  c: Cluster;
  from: number;
  to: number;
  p: Parsed | null;
  cand: Candidate | null;
}

/**
 * What may stand between one credit's price and the next credit's piece in the same sentence: commas and a
 * conjunction ("top, $160, and pants, $250"). A stop, ";", "|" or " / " starts a credit of its own.
 */
const JOIN = /^[\s,]*(?:(and|&|plus|und|sowie|et|y|e|och|og|en|oraz)\s+)?$/iu;

type Read = CreditRead & { p: Parsed; cand: Candidate };

/** Nothing but punctuation after the price: the credit names no shop or maker of its own. */
const open = (line: Line, r: Read) => !/\p{L}/u.test(line.text.slice(r.c.e, r.to)) && !r.p.retailer;

/** The maker was read from the piece's own name ("BEC + BRIDGE top"), not from a shop or "by X" after the price. */
const ownLead = (r: Read) => !!r.cand.brand && !r.p.brandAfter && lowerAlnum(r.p.name) !== lowerAlnum(r.cand.name);

/**
 * Credits that share a maker or a shop within one sentence (a class of photo and shoot credits):
 * - "shirt, £59.50, and trousers, £84, johnlewis.com": a piece joined by "and" takes the next one's shop;
 * - "top £10, skirt £15, belt £5, all by F&F at Tesco": "all"/"both" after the last price stands for every
 *   piece before it that names no shop of its own;
 * - "BEC + BRIDGE top, $160, and pants, $250", "KIRSTIN ASH bracelet, $149, bracelet, $129": a lower-case piece
 *   with nothing after its price keeps the maker that opened the sentence.
 * Changed candidates are marked `shared` (a feature of their own). `reads` are one line's segments in order.
 */
export function shareCredits(line: Line, reads: readonly CreditRead[]): void {
  const joined = (a: Read, b: Read) => JOIN.exec(line.text.slice(a.to, b.p.nameStart));
  const ok = (r: CreditRead | undefined): r is Read => !!r?.p && !!r.cand;
  // Backwards: a shop or maker after the price reaches the open pieces before it.
  let chain = false;
  for (let k = reads.length - 2; k >= 0; k--) {
    const a = reads[k];
    const b = reads[k + 1];
    if (!ok(a) || !ok(b)) {
      chain = false;
      continue;
    }
    chain ||= !!b.p.shared;
    const j = joined(a, b);
    const gives = !!b.cand.retailer || (!!b.cand.brand && !ownLead(b));
    if (!j || !open(line, a) || a.cand.retailer || !gives || !(chain || j[1])) {
      chain = false;
      continue;
    }
    a.cand.retailer = b.cand.retailer;
    if (!a.cand.brand && b.cand.brand && !ownLead(b)) a.cand.brand = b.cand.brand;
    a.cand.shared = true;
    // The shared reading travels on: the earlier piece now holds what the later one gave.
    a.p = { ...a.p, retailer: b.p.retailer, brandAfter: b.p.brandAfter, shared: chain };
  }
  // Forwards: a maker opening the sentence carries to the bare lower-case pieces after it.
  for (let k = 1; k < reads.length; k++) {
    const a = reads[k - 1];
    const b = reads[k];
    if (!ok(a) || !ok(b) || b.cand.brand || b.cand.retailer || !a.cand.brand || a.cand.retailer) continue;
    if (!(ownLead(a) || a.cand.shared) || !open(line, a) || !open(line, b) || !joined(a, b)) continue;
    if (!/^\p{Ll}/u.test(b.cand.name)) continue;
    b.cand.brand = a.cand.brand;
    b.cand.shared = true;
  }
}
