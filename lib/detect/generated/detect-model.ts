// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 478 labelled pages (3863 candidates, 2274 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.8567
//   format:table                   0.9076
//   format:card                    0.8639
//   format:brand-then-line         0.0984
//   format:heading                 -0.817
//   format:name-then-price         -0.1439
//   format:caption                 0.275
//   format:linked-prose            0.2518
//   format:anchor-line             -0.6266
//   format:anchor-list             -0.6252
//   format:anchor-prose            -1.2774
//   format:anchor-record           0.1362
//   format:anchor-carry            -0.4747
//   format:anchor-link             0.5267
//   format:anchor-heading          0.9347
//   evidence                       1.3548
//   evidence>=4                    0.8875
//   price                          0.9805
//   retailer                       0.1507
//   url                            0.183
//   deep-url                       0.2571
//   brand                          3.1668
//   brand-known                    1.9151
//   brand-ambiguous                0.121
//   brand-caps                     -0.2449
//   name-words                     -0.3253
//   name-long                      -0.9215
//   name-noun                      0.9448
//   name-caps                      -0.1062
//   name-lower-start               -0.8873
//   name-digits                    -0.0995
//   name-quote                     0.7801
//   chrome                         -0.805
//   in-article                     0.3469
//   heading                        0.0553
//   caption                        0.5349
//   list-item                      -0.1806
//   table-cell                     -0.0023
//   depth                          -0.105
//   siblings                       0.8362
//   line-length                    -0.0738
//   line-negative                  -0.2944
//   page-negative                  -0.6223
//   page-candidates                -0.7056
//   same-price                     -0.4792
//   price-big                      0.564
//   price-small                    0.3637
//   label-left                     -0.2257
//   lang-other                     -0.3604
//   lang:en                        0.4685
//   lang:de                        -0.1302
//   lang:fr                        0.2222
//   lang:it                        -0.4237
//   lang:es                        -0.3384
//   lang:nl                        -0.0262
//   lang:pl                        0.1487
//   lang:sv                        0.1589
//   lang:ja                        0.2806
//   name-is-shop                   -0.7373
//   name-is-title                  -0.1265
//   holds-title                    -0.071
//   record-lines                   0.9417
//   name-one-noun                  0.0534
//   name-sentence                  -0.836
//   no-price*siblings              -0.6607
//   no-price*brand-known           -0.8376
//   no-price*url                   -0.0362
//   no-price*one-noun              0.7571
//   price-range                    -0.3447
//   candidate-siblings             0.846
//   page-shop-links                0.0098
//   no-price*shop-links            -0.9944
//   no-price*page-unpriced         2.7682
//   no-price*candidate-siblings    -0.5106
//   format:anchor-credit           -0.4563
//   format:anchor-maker            0.3742
//   format:anchor-runon            0.0527
//   maker-lead                     -1.2388
//   maker-tail                     -1.5053
//   maker-inside                   -0.0548
//   maker-read-known               -1.0033

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.1406
//   first-logit                    3.518
//   same-parent-max                0.6276
//   same-parent-mean               -0.9572
//   same-grandparent-mean          1.7996
//   page-accepted-share            -1.7918
//   format-accepted-share          1.9019
//   no-price*same-parent-mean      -0.5004
//   no-price*format-accepted-share 0.6364
//   no-price*first-logit           -0.1793

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.8567,0.9076,0.8639,0.0984,-0.817,-0.1439,0.275,0.2518,-0.6266,-0.6252,-1.2774,0.1362,-0.4747,0.5267,0.9347,1.3548,0.8875,0.9805,0.1507,0.183,0.2571,3.1668,1.9151,0.121,-0.2449,-0.3253,-0.9215,0.9448,-0.1062,-0.8873,-0.0995,0.7801,-0.805,0.3469,0.0553,0.5349,-0.1806,-0.0023,-0.105,0.8362,-0.0738,-0.2944,-0.6223,-0.7056,-0.4792,0.564,0.3637,-0.2257,-0.3604,0.4685,-0.1302,0.2222,-0.4237,-0.3384,-0.0262,0.1487,0.1589,0.2806,-0.7373,-0.1265,-0.071,0.9417,0.0534,-0.836,-0.6607,-0.8376,-0.0362,0.7571,-0.3447,0.846,0.0098,-0.9944,2.7682,-0.5106,-0.4563,0.3742,0.0527,-1.2388,-1.5053,-0.0548,-1.0033],"second":[-0.1406,3.518,0.6276,-0.9572,1.7996,-1.7918,1.9019,-0.5004,0.6364,-0.1793],"accept":0.5};
