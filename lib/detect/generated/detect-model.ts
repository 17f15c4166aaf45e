// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1284 labelled pages (8723 candidates, 4864 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.7377
//   format:table                   1.4808
//   format:card                    0.9925
//   format:brand-then-line         -0.2802
//   format:heading                 -1.109
//   format:name-then-price         -0.4987
//   format:caption                 0.419
//   format:linked-prose            0.439
//   format:anchor-line             0.217
//   format:anchor-list             -0.3652
//   format:anchor-prose            -0.8507
//   format:anchor-record           -0.3532
//   format:anchor-carry            -1.8831
//   format:anchor-link             0.8343
//   format:anchor-heading          0.0971
//   format:anchor-heading-prose    -0.4905
//   evidence                       1.2701
//   evidence>=4                    0.4276
//   price                          1.164
//   retailer                       -0.2404
//   url                            0.1833
//   deep-url                       0.1816
//   brand                          5.1926
//   brand-known                    1.7603
//   brand-ambiguous                -0.2356
//   brand-caps                     0.3472
//   name-words                     -0.3038
//   name-long                      -0.0737
//   name-noun                      0.9903
//   name-caps                      -0.9797
//   name-lower-start               -1.0428
//   name-digits                    -0.096
//   name-quote                     1.132
//   chrome                         -1.5076
//   in-article                     -0.1662
//   heading                        -0.5368
//   caption                        0.8904
//   list-item                      0.2762
//   table-cell                     -1.6772
//   depth                          -0.3452
//   siblings                       1.4816
//   line-length                    -0.0307
//   line-negative                  0.3526
//   page-negative                  -0.4071
//   page-candidates                0.079
//   same-price                     -0.3404
//   price-big                      0.7665
//   price-small                    -0.3966
//   label-left                     -0.0843
//   lang-other                     -0.6687
//   lang:en                        0.4324
//   lang:de                        -0.0275
//   lang:fr                        0.2481
//   lang:it                        -0.1188
//   lang:es                        0.2434
//   lang:nl                        0.4839
//   lang:pl                        0.5883
//   lang:sv                        -0.8565
//   lang:ja                        -0.3245
//   name-is-shop                   -0.1452
//   name-is-title                  -0.4285
//   holds-title                    0.2566
//   record-lines                   1.9265
//   name-one-noun                  0.1889
//   name-sentence                  -0.8587
//   no-price*siblings              -1.5543
//   no-price*brand-known           -1.038
//   no-price*url                   0.0198
//   no-price*one-noun              0.4853
//   price-range                    -0.7067
//   candidate-siblings             -0.0481
//   page-shop-links                0.1546
//   no-price*shop-links            -0.9793
//   no-price*page-unpriced         2.6884
//   no-price*candidate-siblings    0.9091
//   format:anchor-credit           0.0128
//   format:anchor-maker            -0.2108
//   format:anchor-runon            0.576
//   maker-lead                     -1.9022
//   maker-tail                     -1.5146
//   maker-inside                   -0.0487
//   maker-host                     0.6695
//   maker-read-known               -1.3663
//   no-price*brand-heading-run     3.0399
//   format:anchor-prose-brand      0.0032
//   format:anchor-lead             -0.1435
//   format:anchor-cjk              1.7634
//   name-hiragana                  -1.327
//   name-cjk-punct                 -1.0157
//   name-cjk-quoted                0.7543
//   name-cjk-editorial             -0.0064
//   name-cjk-holds-brand           -0.5473
//   format:anchor-group            -0.223
//   in-record                      -0.223
//   record-group-size              -0.1261
//   record-group-priced            0
//   record-group-linked            -0.2908
//   record-seq                     0.0119
//   record-price                   -0.0131
//   record-shop-link               -0.1473
//   record-buy                     0.217
//   record-brand-first             0.2509
//   record-length                  -0.1137
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.223
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      -0.0756
//   anchor-group*name-proper       0.1672
//   name-used                      -1.6053
//   shared-credit                  1.1338
//   headline-negative              -2.0439
//   format:anchor-own-shop         -0.296
//   own-shop*slot                  0.4222
//   own-shop*url-repeats           0.5097
//   own-shop*page-slots            0.9416
//   own-shop*page-cart             -0.6655
//   format:anchor-of-maker         0.2232
//   cue:first-person               -0.3345
//   cue:recommend                  -0.5257
//   cue:report                     -0.2803
//   format:anchor-possessive       -0.4267
//   used-goods                     -1.3912
//   page-used-goods                -1.8331
//   block-run                      -1.0863
//   block-short-offer              1.3156
//   format:anchor-block            -0.7428
//   format:anchor-maker-first      0.4739
//   cue:past-year                  -0.8478
//   cue:parted-or-warned           -0.6927
//   format:anchor-maker-noun       0.6541
//   page-recall-lines              -0.1598
//   page-recall-headline           -0.3148
//   page-unreleased-lines          0.0059
//   page-unreleased-headline       -0.9972
//   maker-section                  0.0895
//   maker-section-h1               -1.2447
//   maker-section-named            0.7038
//   maker-section-distance         0.2432
//   format:anchor-noun-maker       0.4661
//   format:anchor-capital-maker    -0.1632
//   capital-maker:one-word         -0.91
//   capital-maker:whole-run        0.0838
//   capital-maker:repeated         -0.2473
//   capital-maker:maker-after      -0.3909
//   capital-maker:known-in-line    -0.2993

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1145
//   first-logit                    3.3956
//   same-parent-max                0.4977
//   same-parent-mean               -1.3651
//   same-grandparent-mean          2.2572
//   page-accepted-share            -2.0384
//   format-accepted-share          1.7897
//   no-price*same-parent-mean      0.1989
//   no-price*format-accepted-share -0.0545
//   no-price*first-logit           -0.431

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.7377,1.4808,0.9925,-0.2802,-1.109,-0.4987,0.419,0.439,0.217,-0.3652,-0.8507,-0.3532,-1.8831,0.8343,0.0971,-0.4905,1.2701,0.4276,1.164,-0.2404,0.1833,0.1816,5.1926,1.7603,-0.2356,0.3472,-0.3038,-0.0737,0.9903,-0.9797,-1.0428,-0.096,1.132,-1.5076,-0.1662,-0.5368,0.8904,0.2762,-1.6772,-0.3452,1.4816,-0.0307,0.3526,-0.4071,0.079,-0.3404,0.7665,-0.3966,-0.0843,-0.6687,0.4324,-0.0275,0.2481,-0.1188,0.2434,0.4839,0.5883,-0.8565,-0.3245,-0.1452,-0.4285,0.2566,1.9265,0.1889,-0.8587,-1.5543,-1.038,0.0198,0.4853,-0.7067,-0.0481,0.1546,-0.9793,2.6884,0.9091,0.0128,-0.2108,0.576,-1.9022,-1.5146,-0.0487,0.6695,-1.3663,3.0399,0.0032,-0.1435,1.7634,-1.327,-1.0157,0.7543,-0.0064,-0.5473,-0.223,-0.223,-0.1261,0,-0.2908,0.0119,-0.0131,-0.1473,0.217,0.2509,-0.1137,0,0,0,-0.223,0,0,-0.0756,0.1672,-1.6053,1.1338,-2.0439,-0.296,0.4222,0.5097,0.9416,-0.6655,0.2232,-0.3345,-0.5257,-0.2803,-0.4267,-1.3912,-1.8331,-1.0863,1.3156,-0.7428,0.4739,-0.8478,-0.6927,0.6541,-0.1598,-0.3148,0.0059,-0.9972,0.0895,-1.2447,0.7038,0.2432,0.4661,-0.1632,-0.91,0.0838,-0.2473,-0.3909,-0.2993],"second":[0.1145,3.3956,0.4977,-1.3651,2.2572,-2.0384,1.7897,0.1989,-0.0545,-0.431],"accept":0.5};
