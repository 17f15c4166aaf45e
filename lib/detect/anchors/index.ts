import type { Format } from '../context';
import { brandRecord, splitRecords } from './brand-record';
import { cjkCreditLine } from './cjk-credit-line';
import { cjkQuoted } from './cjk-quoted';
import { hangulQuoted } from './hangul-quoted';
import { hangulCredit } from './hangul-credit';
import { cjkPossessive } from './cjk-possessive';
import { cjkHeading } from './cjk-heading';
import { cjkSnap } from './cjk-snap';
import { cjkSpec } from './cjk-spec';
import { creditParts } from './credit-parts';
import { proseMaker } from './prose-maker';
import { inlineCredits } from './inline-credits';
import { headingPrice } from './heading-price';
import { headingProsePrice } from './heading-prose-price';
import { linkProse } from './link-prose';
import { priceLine } from './price-line';
import { proseBrand } from './prose-brand';
import { possessivePrice } from './possessive-price';
import { priceRecord } from './price-record';
import { quotedColourway } from './quoted-colourway';
import { recordGroupsFormat } from './record-groups';
import { runCredits } from './run-credits';
import { ownShop } from './own-shop';
import { pieceOfMaker } from './piece-of-maker';
import { possessivePiece } from './possessive-piece';
import { titleBlock } from './title-block';
import { headingPiece } from './heading-piece';
import { makerNoun } from './maker-noun';
import { capitalMaker } from './capital-maker';
import { nounMaker } from './noun-maker';
import { shopLinks } from './shop-links';
import { tableCredits } from './table-credits';
import { leadSentence } from './lead-sentence';
import { listItemMaker } from './list-item-maker';
import { makerLine } from './maker-line';

/**
 * Candidate generators built on anchors rather than formats: prices in lines and prose, brands in
 * repeated records, linked phrases, headings over a price. They over-generate on purpose: the
 * trained scorer (../model) decides, from the features in ../features, which candidates are products.
 */
export const ANCHORS: readonly Format[] = [
  priceLine,
  brandRecord,
  splitRecords,
  priceRecord,
  linkProse,
  headingPrice,
  headingProsePrice,
  cjkCreditLine,
  cjkQuoted,
  hangulQuoted,
  hangulCredit,
  cjkSpec,
  creditParts,
  proseMaker,
  inlineCredits,
  possessivePrice,
  quotedColourway,
  runCredits,
  proseBrand,
  cjkPossessive,
  cjkHeading,
  cjkSnap,
  ownShop,
  pieceOfMaker,
  possessivePiece,
  titleBlock,
  headingPiece,
  makerNoun,
  capitalMaker,
  nounMaker,
  shopLinks,
  tableCredits,
  leadSentence,
  listItemMaker,
  makerLine,
  // Repeated records by structure, last: they claim whole cards, and the scorer weighs them against the rest.
  recordGroupsFormat,
];
