import type { Price } from '../price/types';

/** A link's character span within a line's text. */
export interface Link {
  s: number;
  e: number;
  a: Element;
}

/** One visual line of page text: a block's text, or part of it between <br>s. */
export interface Line {
  i: number;
  text: string;
  /** The innermost block element holding the line. */
  el: Element;
  links: Link[];
  /** Spans in <strong>/<b>. */
  bold: [number, number][];
  /** Heading level (1–6) or 0. */
  h: number;
  /** Inside a figcaption or a caption/credit block. */
  cap: boolean;
  /** Price clusters, filled once by the pipeline. */
  pc?: Cluster[];
}

/** One product price in a line: a lone price, a was/now pair or a range, read as one. */
export interface Cluster {
  s: number;
  e: number;
  price: Price;
}

/** A character range of one line that a candidate reads; candidates claiming the same text compete. */
export interface Claim {
  i: number;
  s: number;
  e: number;
}

/** A possible mention with the evidence score that decides whether it is kept. */
export interface Candidate {
  brand: string | null;
  name: string;
  price: Price | null;
  retailer: string | null;
  url: string | null;
  element: Element;
  claims: Claim[];
  score: number;
  format: string;
  /** Set on a variant that reads the maker another way (./brand-variants): a feature of its own. */
  alt?: 'lead' | 'tail' | 'inside' | 'host' | 'section' | 'shop' | 'near';
  /** Its maker or shop was read from a neighbouring credit of the same sentence (./shared-credit). */
  shared?: boolean;
  /** Its maker is the shop's own name, given to a tile of the shop's grid that names none (./group). */
  shopLabel?: boolean;
}

export interface Ctx {
  root: Document | Element;
  doc: Document;
  pageUrl: string;
  host: string;
  /** What a bare "$" (or a bare number) means on this page. */
  currency: string;
  lines: Line[];
}

/** One way articles write product mentions; every format file exports one. */
export interface Format {
  id: string;
  detect(ctx: Ctx): Candidate[];
}

/** Candidates below this score are guesses, and Magpie prefers silence to guesses. */
export const MIN_SCORE = 4;

/** Claims every character of the given lines. */
export const whole = (lines: Line[]): Claim[] => lines.map((l) => ({ i: l.i, s: 0, e: 1e9 }));
