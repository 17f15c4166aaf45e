// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 478 labelled pages (3508 candidates, 2209 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.9232
//   format:table                   0.8742
//   format:card                    0.7344
//   format:brand-then-line         0.0852
//   format:heading                 -0.7388
//   format:name-then-price         -0.5562
//   format:caption                 0.292
//   format:linked-prose            0.2143
//   format:anchor-line             -0.2418
//   format:anchor-list             -0.6345
//   format:anchor-prose            -1.3298
//   format:anchor-record           0.0695
//   format:anchor-carry            -0.506
//   format:anchor-link             0.5554
//   format:anchor-heading          1.0683
//   evidence                       1.2578
//   evidence>=4                    1.0439
//   price                          0.8814
//   retailer                       0.1851
//   url                            0.1007
//   deep-url                       0.1681
//   brand                          3.4389
//   brand-known                    1.6919
//   brand-ambiguous                0.1694
//   brand-caps                     -0.342
//   name-words                     -0.356
//   name-long                      -0.8798
//   name-noun                      1.0072
//   name-caps                      -0.2061
//   name-lower-start               -0.9477
//   name-digits                    -0.1499
//   name-quote                     0.728
//   chrome                         -0.7348
//   in-article                     0.3203
//   heading                        -0.0696
//   caption                        0.4595
//   list-item                      -0.1975
//   table-cell                     -0.0025
//   depth                          -0.0454
//   siblings                       0.927
//   line-length                    -0.3029
//   line-negative                  -0.2579
//   page-negative                  -0.6138
//   page-candidates                -0.6629
//   same-price                     -0.2893
//   price-big                      0.6995
//   price-small                    0.3271
//   label-left                     -0.2361
//   lang-other                     -0.515
//   lang:en                        0.5393
//   lang:de                        -0.108
//   lang:fr                        0.2476
//   lang:it                        -0.4484
//   lang:es                        -0.3217
//   lang:nl                        0.014
//   lang:pl                        0.0599
//   lang:sv                        0.1429
//   lang:ja                        0.3892
//   name-is-shop                   -0.8617
//   name-is-title                  0.1992
//   holds-title                    -0.0681
//   record-lines                   0.8883
//   name-one-noun                  0.1067
//   name-sentence                  -0.7817
//   no-price*siblings              -0.7473
//   no-price*brand-known           -0.699
//   no-price*url                   -0.0037
//   no-price*one-noun              0.7578
//   price-range                    -0.1177
//   candidate-siblings             0.6616
//   page-shop-links                0.3253
//   no-price*shop-links            -1.1572
//   no-price*page-unpriced         2.8258
//   no-price*candidate-siblings    -0.4002
//   format:anchor-credit           -0.4662
//   format:anchor-maker            0.4848
//   format:anchor-runon            0.0954

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.2221
//   first-logit                    3.7823
//   same-parent-max                0.6793
//   same-parent-mean               -0.7981
//   same-grandparent-mean          1.7344
//   page-accepted-share            -1.6235
//   format-accepted-share          1.6106
//   no-price*same-parent-mean      -0.5359
//   no-price*format-accepted-share 0.7232
//   no-price*first-logit           -0.4582

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.9232,0.8742,0.7344,0.0852,-0.7388,-0.5562,0.292,0.2143,-0.2418,-0.6345,-1.3298,0.0695,-0.506,0.5554,1.0683,1.2578,1.0439,0.8814,0.1851,0.1007,0.1681,3.4389,1.6919,0.1694,-0.342,-0.356,-0.8798,1.0072,-0.2061,-0.9477,-0.1499,0.728,-0.7348,0.3203,-0.0696,0.4595,-0.1975,-0.0025,-0.0454,0.927,-0.3029,-0.2579,-0.6138,-0.6629,-0.2893,0.6995,0.3271,-0.2361,-0.515,0.5393,-0.108,0.2476,-0.4484,-0.3217,0.014,0.0599,0.1429,0.3892,-0.8617,0.1992,-0.0681,0.8883,0.1067,-0.7817,-0.7473,-0.699,-0.0037,0.7578,-0.1177,0.6616,0.3253,-1.1572,2.8258,-0.4002,-0.4662,0.4848,0.0954],"second":[-0.2221,3.7823,0.6793,-0.7981,1.7344,-1.6235,1.6106,-0.5359,0.7232,-0.4582],"accept":0.5};
