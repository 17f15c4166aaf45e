// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 396 labelled pages (3139 candidates, 1926 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.6004
//   format:table                   0.8696
//   format:card                    0.5893
//   format:brand-then-line         0.0752
//   format:heading                 -0.7983
//   format:name-then-price         -0.5563
//   format:caption                 0.3458
//   format:linked-prose            0.1405
//   format:anchor-line             -0.3703
//   format:anchor-list             -0.6607
//   format:anchor-prose            -1.229
//   format:anchor-record           -0.0253
//   format:anchor-carry            -0.1146
//   format:anchor-link             0.643
//   format:anchor-heading          0.9629
//   evidence                       1.3589
//   evidence>=4                    1.063
//   price                          0.7562
//   retailer                       0.4115
//   url                            -0.0371
//   deep-url                       0.0187
//   brand                          3.4356
//   brand-known                    1.7959
//   brand-ambiguous                -0.0459
//   brand-caps                     -0.3694
//   name-words                     -0.2436
//   name-long                      -0.8706
//   name-noun                      1.0151
//   name-caps                      -0.2645
//   name-lower-start               -1.0043
//   name-digits                    -0.204
//   name-quote                     0.6747
//   chrome                         -0.5849
//   in-article                     0.2865
//   heading                        -0.0023
//   caption                        0.3924
//   list-item                      -0.2059
//   table-cell                     -0.0019
//   depth                          -0.2824
//   siblings                       0.8604
//   line-length                    -0.3263
//   line-negative                  -0.4949
//   page-negative                  -0.6038
//   page-candidates                -0.7708
//   same-price                     -0.2036
//   price-big                      0.5722
//   price-small                    0.3403
//   label-left                     -0.0243
//   lang-other                     -0.3885
//   lang:en                        0.4849
//   lang:de                        -0.1374
//   lang:fr                        0.2515
//   lang:it                        -0.2515
//   lang:es                        -0.2912
//   lang:nl                        -0.2566
//   lang:pl                        -0.0543
//   lang:sv                        0.1353
//   lang:ja                        0.5078
//   name-is-shop                   -0.9895
//   name-is-title                  0.397
//   holds-title                    -0.0332
//   record-lines                   0.8319
//   name-one-noun                  0.1772
//   name-sentence                  -0.8964
//   no-price*siblings              -1.119
//   no-price*brand-known           -0.7419
//   no-price*url                   0.1162
//   no-price*one-noun              0.6329
//   price-range                    -0.17
//   candidate-siblings             0.7333
//   page-shop-links                0.363
//   no-price*shop-links            -0.9845
//   no-price*page-unpriced         2.5289
//   no-price*candidate-siblings    -0.4972
//   format:anchor-credit           -0.1394
//   format:anchor-maker            0.2677

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.1473
//   first-logit                    3.8309
//   same-parent-max                0.1447
//   same-parent-mean               -0.466
//   same-grandparent-mean          1.9168
//   page-accepted-share            -1.6894
//   format-accepted-share          1.702
//   no-price*same-parent-mean      -0.6129
//   no-price*format-accepted-share 0.8858
//   no-price*first-logit           -0.3923

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.6004,0.8696,0.5893,0.0752,-0.7983,-0.5563,0.3458,0.1405,-0.3703,-0.6607,-1.229,-0.0253,-0.1146,0.643,0.9629,1.3589,1.063,0.7562,0.4115,-0.0371,0.0187,3.4356,1.7959,-0.0459,-0.3694,-0.2436,-0.8706,1.0151,-0.2645,-1.0043,-0.204,0.6747,-0.5849,0.2865,-0.0023,0.3924,-0.2059,-0.0019,-0.2824,0.8604,-0.3263,-0.4949,-0.6038,-0.7708,-0.2036,0.5722,0.3403,-0.0243,-0.3885,0.4849,-0.1374,0.2515,-0.2515,-0.2912,-0.2566,-0.0543,0.1353,0.5078,-0.9895,0.397,-0.0332,0.8319,0.1772,-0.8964,-1.119,-0.7419,0.1162,0.6329,-0.17,0.7333,0.363,-0.9845,2.5289,-0.4972,-0.1394,0.2677],"second":[-0.1473,3.8309,0.1447,-0.466,1.9168,-1.6894,1.702,-0.6129,0.8858,-0.3923],"accept":0.5};
