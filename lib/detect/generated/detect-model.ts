// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 520 labelled pages (4050 candidates, 2396 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.0702
//   format:table                   0.8713
//   format:card                    0.9652
//   format:brand-then-line         0.111
//   format:heading                 -0.7097
//   format:name-then-price         -0.1072
//   format:caption                 0.3157
//   format:linked-prose            0.3193
//   format:anchor-line             -0.3617
//   format:anchor-list             -0.6354
//   format:anchor-prose            -1.1219
//   format:anchor-record           0.0719
//   format:anchor-carry            -0.6481
//   format:anchor-link             0.3649
//   format:anchor-heading          0.736
//   evidence                       1.271
//   evidence>=4                    0.626
//   price                          1.081
//   retailer                       0.1127
//   url                            0.1571
//   deep-url                       0.2519
//   brand                          3.2087
//   brand-known                    1.819
//   brand-ambiguous                0.1292
//   brand-caps                     -0.1605
//   name-words                     -0.3704
//   name-long                      -0.8091
//   name-noun                      0.9694
//   name-caps                      -0.1945
//   name-lower-start               -0.7689
//   name-digits                    0.1081
//   name-quote                     0.5354
//   chrome                         -0.8499
//   in-article                     0.3141
//   heading                        0.0011
//   caption                        0.4379
//   list-item                      -0.1784
//   table-cell                     -0.0019
//   depth                          0.0425
//   siblings                       0.7464
//   line-length                    0.0643
//   line-negative                  -0.401
//   page-negative                  -0.7596
//   page-candidates                -0.5133
//   same-price                     -0.4567
//   price-big                      0.2994
//   price-small                    0.2916
//   label-left                     -0.1991
//   lang-other                     -0.6697
//   lang:en                        0.5426
//   lang:de                        -0.0412
//   lang:fr                        0.3944
//   lang:it                        -0.3542
//   lang:es                        -0.3953
//   lang:nl                        0.0145
//   lang:pl                        0.2397
//   lang:sv                        0.1647
//   lang:ja                        0.1045
//   name-is-shop                   -0.9121
//   name-is-title                  -0.1041
//   holds-title                    -0.0775
//   record-lines                   1.042
//   name-one-noun                  0.1166
//   name-sentence                  -0.8666
//   no-price*siblings              -0.6779
//   no-price*brand-known           -0.8569
//   no-price*url                   0.0487
//   no-price*one-noun              0.682
//   price-range                    -0.3252
//   candidate-siblings             0.834
//   page-shop-links                0.023
//   no-price*shop-links            -0.634
//   no-price*page-unpriced         2.8296
//   no-price*candidate-siblings    -0.7849
//   format:anchor-credit           -0.4253
//   format:anchor-maker            0.2485
//   format:anchor-runon            0.0057
//   maker-lead                     -1.2943
//   maker-tail                     -1.1839
//   maker-inside                   -0.0513
//   maker-read-known               -1.0618

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0791
//   first-logit                    3.4341
//   same-parent-max                0.8283
//   same-parent-mean               -1.2768
//   same-grandparent-mean          1.7165
//   page-accepted-share            -1.8325
//   format-accepted-share          1.9152
//   no-price*same-parent-mean      -0.3125
//   no-price*format-accepted-share 0.4685
//   no-price*first-logit           -0.1431

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.0702,0.8713,0.9652,0.111,-0.7097,-0.1072,0.3157,0.3193,-0.3617,-0.6354,-1.1219,0.0719,-0.6481,0.3649,0.736,1.271,0.626,1.081,0.1127,0.1571,0.2519,3.2087,1.819,0.1292,-0.1605,-0.3704,-0.8091,0.9694,-0.1945,-0.7689,0.1081,0.5354,-0.8499,0.3141,0.0011,0.4379,-0.1784,-0.0019,0.0425,0.7464,0.0643,-0.401,-0.7596,-0.5133,-0.4567,0.2994,0.2916,-0.1991,-0.6697,0.5426,-0.0412,0.3944,-0.3542,-0.3953,0.0145,0.2397,0.1647,0.1045,-0.9121,-0.1041,-0.0775,1.042,0.1166,-0.8666,-0.6779,-0.8569,0.0487,0.682,-0.3252,0.834,0.023,-0.634,2.8296,-0.7849,-0.4253,0.2485,0.0057,-1.2943,-1.1839,-0.0513,-1.0618],"second":[-0.0791,3.4341,0.8283,-1.2768,1.7165,-1.8325,1.9152,-0.3125,0.4685,-0.1431],"accept":0.5};
