import type { Candidate, Ctx } from './context';
import { BLOCK_FEATURE_NAMES, blockFeatures } from './block-features';
import { PROSE_CUE_NAMES, proseCues } from './prose-cues';
import { USED_GOODS_FEATURE_NAMES, usedGoodsFeatures } from './used-goods';
import { MAKER_FIRST_FEATURE_NAMES, makerFirstFeatures } from './maker-first-features';
import { PAST_CUE_NAMES, pastCues } from './past-cues';
import { MAKER_NOUN_FEATURE_NAMES, makerNounFeatures } from './maker-noun-features';
import { NOUN_MAKER_FEATURE_NAMES, nounMakerFeatures } from './noun-maker-features';
import { PAGE_CUE_NAMES, pageCues } from './page-cues';
import { SECTION_MAKER_FEATURE_NAMES, sectionMakerFeatures } from './section-maker';
import { CAPITAL_MAKER_FEATURE_NAMES, capitalMakerFeatures } from './capital-maker-features';
import { SHOP_MAKER_FEATURE_NAMES, shopMakerFeatures } from './price-shop-maker';
import { LIST_ITEM_FEATURE_NAMES, listItemFeatures } from './anchors/list-item-maker';
import { MAKER_LINE_FEATURE_NAMES, makerLineFeatures } from './maker-line-features';
import { NEAR_MAKER_FEATURE_NAMES, nearMakerFeatures } from './near-maker-features';

/**
 * The last groups of the feature vector, each kept in a file of its own so that lib/detect/features.ts stays small:
 * pieces named before their maker and the voice of an unpriced candidate's sentence (./prose-cues), classified-ad
 * cues (./used-goods), titled product blocks with their offer on a short line (./block-features), credits read
 * maker first (./maker-first-features), pieces bought years ago, parted with or warned against (./past-cues),
 * a maker next to a plain noun (./maker-noun-features), pages about a recall or an unreleased piece (./page-cues),
 * makers read from the heading of a pick's section (./section-maker), and makers closing a piece's phrase
 * (./noun-maker-features), and shops named after a credit's price read as its maker (./price-shop-maker),
 * and pieces listed with their makers (./anchors/list-item-maker), and picks read maker first at a line's head
 * (./maker-line-features), and makers named near a priced piece (./near-maker-features).
 */
export const LATE_FEATURE_NAMES: readonly string[] = [
  ...PROSE_CUE_NAMES,
  ...USED_GOODS_FEATURE_NAMES,
  ...BLOCK_FEATURE_NAMES,
  ...MAKER_FIRST_FEATURE_NAMES,
  ...PAST_CUE_NAMES,
  ...MAKER_NOUN_FEATURE_NAMES,
  ...PAGE_CUE_NAMES,
  ...SECTION_MAKER_FEATURE_NAMES,
  ...NOUN_MAKER_FEATURE_NAMES,
  ...CAPITAL_MAKER_FEATURE_NAMES,
  ...SHOP_MAKER_FEATURE_NAMES,
  ...LIST_ITEM_FEATURE_NAMES,
  ...MAKER_LINE_FEATURE_NAMES,
  ...NEAR_MAKER_FEATURE_NAMES,
];

/** The late feature groups of one candidate, in the order of LATE_FEATURE_NAMES. */
export const lateFeatures = (ctx: Ctx, c: Candidate): number[] => [
  ...proseCues(ctx, c),
  ...usedGoodsFeatures(ctx, c),
  ...blockFeatures(ctx, c),
  ...makerFirstFeatures(c),
  ...pastCues(ctx, c),
  ...makerNounFeatures(c),
  ...pageCues(ctx),
  ...sectionMakerFeatures(ctx, c),
  ...nounMakerFeatures(c),
  ...capitalMakerFeatures(ctx, c),
  ...shopMakerFeatures(ctx, c),
  ...listItemFeatures(c),
  ...makerLineFeatures(ctx, c),
  ...nearMakerFeatures(ctx, c),
];
