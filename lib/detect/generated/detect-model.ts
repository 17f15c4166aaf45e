// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 520 labelled pages (4039 candidates, 2387 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.924
//   format:table                   0.9021
//   format:card                    0.8773
//   format:brand-then-line         0.099
//   format:heading                 -0.7418
//   format:name-then-price         -0.1402
//   format:caption                 0.2519
//   format:linked-prose            0.2669
//   format:anchor-line             -0.5867
//   format:anchor-list             -0.5877
//   format:anchor-prose            -1.2375
//   format:anchor-record           0.0936
//   format:anchor-carry            -0.4752
//   format:anchor-link             0.453
//   format:anchor-heading          0.8861
//   evidence                       1.3969
//   evidence>=4                    0.7054
//   price                          0.9327
//   retailer                       0.1128
//   url                            0.2246
//   deep-url                       0.2845
//   brand                          3.1452
//   brand-known                    1.9019
//   brand-ambiguous                0.0719
//   brand-caps                     -0.1353
//   name-words                     -0.389
//   name-long                      -0.8701
//   name-noun                      0.976
//   name-caps                      -0.2276
//   name-lower-start               -0.8375
//   name-digits                    -0.0251
//   name-quote                     0.4999
//   chrome                         -0.8075
//   in-article                     0.2865
//   heading                        -0.0114
//   caption                        0.5026
//   list-item                      -0.1634
//   table-cell                     -0.0024
//   depth                          0.0496
//   siblings                       0.8747
//   line-length                    -0.0886
//   line-negative                  -0.2739
//   page-negative                  -0.6063
//   page-candidates                -0.6479
//   same-price                     -0.5014
//   price-big                      0.3361
//   price-small                    0.3424
//   label-left                     -0.1747
//   lang-other                     -0.5868
//   lang:en                        0.5207
//   lang:de                        0.0477
//   lang:fr                        0.1145
//   lang:it                        -0.3422
//   lang:es                        -0.3061
//   lang:nl                        -0.0146
//   lang:pl                        0.2702
//   lang:sv                        0.1696
//   lang:ja                        0.1271
//   name-is-shop                   -0.7356
//   name-is-title                  -0.0416
//   holds-title                    -0.0724
//   record-lines                   0.9857
//   name-one-noun                  0.0837
//   name-sentence                  -0.8198
//   no-price*siblings              -0.7358
//   no-price*brand-known           -0.968
//   no-price*url                   -0.0133
//   no-price*one-noun              0.7268
//   price-range                    -0.2783
//   candidate-siblings             0.8587
//   page-shop-links                0.0965
//   no-price*shop-links            -0.6594
//   no-price*page-unpriced         2.7586
//   no-price*candidate-siblings    -0.7449
//   format:anchor-credit           -0.3674
//   format:anchor-maker            0.2336
//   format:anchor-runon            0.0638
//   maker-lead                     -1.2694
//   maker-tail                     -1.4899
//   maker-inside                   -0.0596
//   maker-read-known               -1.0187
//   no-price*brand-heading-run     1.0434
//   format:anchor-prose-brand      0.0093

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.103
//   first-logit                    3.4818
//   same-parent-max                0.6219
//   same-parent-mean               -1.1705
//   same-grandparent-mean          1.7554
//   page-accepted-share            -1.6422
//   format-accepted-share          1.9219
//   no-price*same-parent-mean      -0.1164
//   no-price*format-accepted-share 0.222
//   no-price*first-logit           -0.0784

/** A regression tree: a leaf value, or [feature index, cut, subtree for x <= cut, subtree for x > cut]. */
export type TreeNode = number | readonly [number, number, TreeNode, TreeNode];

/**
 * The scorer: first-pass logistic weights (one per feature, lib/detect/features.ts) or boosted trees
 * over the same features, the page-level second pass, and the one decision boundary.
 */
export interface DetectModel {
  weights: readonly number[];
  base?: number;
  trees?: readonly TreeNode[];
  /** Page-level second-pass weights (lib/detect/second-pass.ts), applied to the first pass's scores. */
  second?: readonly number[];
  accept: number;
}

export const DETECT_MODEL: DetectModel = {"weights":[-7.924,0.9021,0.8773,0.099,-0.7418,-0.1402,0.2519,0.2669,-0.5867,-0.5877,-1.2375,0.0936,-0.4752,0.453,0.8861,1.3969,0.7054,0.9327,0.1128,0.2246,0.2845,3.1452,1.9019,0.0719,-0.1353,-0.389,-0.8701,0.976,-0.2276,-0.8375,-0.0251,0.4999,-0.8075,0.2865,-0.0114,0.5026,-0.1634,-0.0024,0.0496,0.8747,-0.0886,-0.2739,-0.6063,-0.6479,-0.5014,0.3361,0.3424,-0.1747,-0.5868,0.5207,0.0477,0.1145,-0.3422,-0.3061,-0.0146,0.2702,0.1696,0.1271,-0.7356,-0.0416,-0.0724,0.9857,0.0837,-0.8198,-0.7358,-0.968,-0.0133,0.7268,-0.2783,0.8587,0.0965,-0.6594,2.7586,-0.7449,-0.3674,0.2336,0.0638,-1.2694,-1.4899,-0.0596,-1.0187,1.0434,0.0093],"second":[-0.103,3.4818,0.6219,-1.1705,1.7554,-1.6422,1.9219,-0.1164,0.222,-0.0784],"accept":0.5};
