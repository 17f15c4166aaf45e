// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 478 labelled pages (3733 candidates, 2176 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.8017
//   format:table                   0.9024
//   format:card                    0.9291
//   format:brand-then-line         0.097
//   format:heading                 -0.7508
//   format:name-then-price         -0.4666
//   format:caption                 0.2055
//   format:linked-prose            0.2264
//   format:anchor-line             -0.5147
//   format:anchor-list             -0.5414
//   format:anchor-prose            -1.3503
//   format:anchor-record           0.1432
//   format:anchor-carry            -0.4701
//   format:anchor-link             0.6105
//   format:anchor-heading          0.9684
//   evidence                       1.2494
//   evidence>=4                    0.9903
//   price                          0.9843
//   retailer                       0.162
//   url                            0.1508
//   deep-url                       0.2255
//   brand                          3.1656
//   brand-known                    1.9112
//   brand-ambiguous                0.137
//   brand-caps                     -0.2631
//   name-words                     -0.3262
//   name-long                      -0.8777
//   name-noun                      0.9697
//   name-caps                      -0.1031
//   name-lower-start               -0.9552
//   name-digits                    -0.0773
//   name-quote                     0.7461
//   chrome                         -0.7957
//   in-article                     0.3662
//   heading                        0.0817
//   caption                        0.6941
//   list-item                      -0.1387
//   table-cell                     -0.0023
//   depth                          -0.1487
//   siblings                       0.7288
//   line-length                    -0.1458
//   line-negative                  -0.4389
//   page-negative                  -0.6032
//   page-candidates                -0.7526
//   same-price                     -0.4513
//   price-big                      0.5395
//   price-small                    0.3406
//   label-left                     -0.3217
//   lang-other                     -0.3655
//   lang:en                        0.5247
//   lang:de                        -0.128
//   lang:fr                        0.1917
//   lang:it                        -0.3383
//   lang:es                        -0.3408
//   lang:nl                        0.0185
//   lang:pl                        -0.016
//   lang:sv                        0.1753
//   lang:ja                        0.2785
//   name-is-shop                   -0.7887
//   name-is-title                  -0.0043
//   holds-title                    -0.0761
//   record-lines                   0.9272
//   name-one-noun                  0.0431
//   name-sentence                  -0.8159
//   no-price*siblings              -0.7977
//   no-price*brand-known           -0.8093
//   no-price*url                   -0.043
//   no-price*one-noun              0.8286
//   price-range                    -0.2633
//   candidate-siblings             0.9854
//   page-shop-links                0.012
//   no-price*shop-links            -1.0135
//   no-price*page-unpriced         2.6846
//   no-price*candidate-siblings    -0.5126
//   format:anchor-credit           -0.4576
//   format:anchor-maker            0.469
//   maker-lead                     -1.2166
//   maker-tail                     -1.3791
//   maker-inside                   0
//   maker-read-known               -0.6825

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.1028
//   first-logit                    3.5216
//   same-parent-max                0.6736
//   same-parent-mean               -1.0879
//   same-grandparent-mean          1.8955
//   page-accepted-share            -1.8715
//   format-accepted-share          1.8698
//   no-price*same-parent-mean      -0.4082
//   no-price*format-accepted-share 0.6317
//   no-price*first-logit           -0.0388

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.8017,0.9024,0.9291,0.097,-0.7508,-0.4666,0.2055,0.2264,-0.5147,-0.5414,-1.3503,0.1432,-0.4701,0.6105,0.9684,1.2494,0.9903,0.9843,0.162,0.1508,0.2255,3.1656,1.9112,0.137,-0.2631,-0.3262,-0.8777,0.9697,-0.1031,-0.9552,-0.0773,0.7461,-0.7957,0.3662,0.0817,0.6941,-0.1387,-0.0023,-0.1487,0.7288,-0.1458,-0.4389,-0.6032,-0.7526,-0.4513,0.5395,0.3406,-0.3217,-0.3655,0.5247,-0.128,0.1917,-0.3383,-0.3408,0.0185,-0.016,0.1753,0.2785,-0.7887,-0.0043,-0.0761,0.9272,0.0431,-0.8159,-0.7977,-0.8093,-0.043,0.8286,-0.2633,0.9854,0.012,-1.0135,2.6846,-0.5126,-0.4576,0.469,-1.2166,-1.3791,0,-0.6825],"second":[-0.1028,3.5216,0.6736,-1.0879,1.8955,-1.8715,1.8698,-0.4082,0.6317,-0.0388],"accept":0.5};
