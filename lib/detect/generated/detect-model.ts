// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 478 labelled pages (3495 candidates, 2199 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.9539
//   format:table                   0.8691
//   format:card                    0.7308
//   format:brand-then-line         0.0853
//   format:heading                 -0.7452
//   format:name-then-price         -0.561
//   format:caption                 0.2913
//   format:linked-prose            0.2055
//   format:anchor-line             -0.2508
//   format:anchor-list             -0.5861
//   format:anchor-prose            -1.349
//   format:anchor-record           0.0607
//   format:anchor-carry            -0.5107
//   format:anchor-link             0.5326
//   format:anchor-heading          1.0649
//   evidence                       1.2565
//   evidence>=4                    1.0547
//   price                          0.8962
//   retailer                       0.1581
//   url                            0.1129
//   deep-url                       0.1771
//   brand                          3.4442
//   brand-known                    1.6884
//   brand-ambiguous                0.1735
//   brand-caps                     -0.3462
//   name-words                     -0.3649
//   name-long                      -0.8637
//   name-noun                      1.0218
//   name-caps                      -0.2029
//   name-lower-start               -0.9319
//   name-digits                    -0.1084
//   name-quote                     0.7365
//   chrome                         -0.7452
//   in-article                     0.335
//   heading                        -0.0614
//   caption                        0.4614
//   list-item                      -0.1983
//   table-cell                     -0.0026
//   depth                          -0.0527
//   siblings                       0.9205
//   line-length                    -0.2985
//   line-negative                  -0.3414
//   page-negative                  -0.602
//   page-candidates                -0.6668
//   same-price                     -0.2889
//   price-big                      0.6943
//   price-small                    0.3203
//   label-left                     -0.2791
//   lang-other                     -0.5057
//   lang:en                        0.5417
//   lang:de                        -0.0992
//   lang:fr                        0.2026
//   lang:it                        -0.4434
//   lang:es                        -0.313
//   lang:nl                        0.0206
//   lang:pl                        0.0609
//   lang:sv                        0.1478
//   lang:ja                        0.3877
//   name-is-shop                   -0.8601
//   name-is-title                  0.3535
//   holds-title                    -0.0793
//   record-lines                   0.8788
//   name-one-noun                  0.1238
//   name-sentence                  -0.7745
//   no-price*siblings              -0.7439
//   no-price*brand-known           -0.7132
//   no-price*url                   -0.0435
//   no-price*one-noun              0.7686
//   price-range                    -0.1204
//   candidate-siblings             0.6605
//   page-shop-links                0.3221
//   no-price*shop-links            -1.1977
//   no-price*page-unpriced         2.7683
//   no-price*candidate-siblings    -0.3861
//   format:anchor-credit           -0.4301
//   format:anchor-maker            0.472
//   format:anchor-runon            0.1207

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.2187
//   first-logit                    3.7932
//   same-parent-max                0.697
//   same-parent-mean               -0.8009
//   same-grandparent-mean          1.7384
//   page-accepted-share            -1.6215
//   format-accepted-share          1.5726
//   no-price*same-parent-mean      -0.6763
//   no-price*format-accepted-share 0.9017
//   no-price*first-logit           -0.5457

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.9539,0.8691,0.7308,0.0853,-0.7452,-0.561,0.2913,0.2055,-0.2508,-0.5861,-1.349,0.0607,-0.5107,0.5326,1.0649,1.2565,1.0547,0.8962,0.1581,0.1129,0.1771,3.4442,1.6884,0.1735,-0.3462,-0.3649,-0.8637,1.0218,-0.2029,-0.9319,-0.1084,0.7365,-0.7452,0.335,-0.0614,0.4614,-0.1983,-0.0026,-0.0527,0.9205,-0.2985,-0.3414,-0.602,-0.6668,-0.2889,0.6943,0.3203,-0.2791,-0.5057,0.5417,-0.0992,0.2026,-0.4434,-0.313,0.0206,0.0609,0.1478,0.3877,-0.8601,0.3535,-0.0793,0.8788,0.1238,-0.7745,-0.7439,-0.7132,-0.0435,0.7686,-0.1204,0.6605,0.3221,-1.1977,2.7683,-0.3861,-0.4301,0.472,0.1207],"second":[-0.2187,3.7932,0.697,-0.8009,1.7384,-1.6215,1.5726,-0.6763,0.9017,-0.5457],"accept":0.5};
