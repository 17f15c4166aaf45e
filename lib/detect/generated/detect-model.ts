// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 396 labelled pages (3172 candidates, 1977 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.4601
//   format:table                   0.8386
//   format:card                    0.6412
//   format:brand-then-line         0.0726
//   format:heading                 -0.7973
//   format:name-then-price         -0.573
//   format:caption                 0.297
//   format:linked-prose            0.1417
//   format:anchor-line             -0.3767
//   format:anchor-list             -0.5877
//   format:anchor-prose            -1.2773
//   format:anchor-record           0.0447
//   format:anchor-carry            -0.1464
//   format:anchor-link             0.619
//   format:anchor-heading          1.0374
//   evidence                       1.3312
//   evidence>=4                    1.1499
//   price                          0.8692
//   retailer                       0.3567
//   url                            -0.0328
//   deep-url                       0.0297
//   brand                          3.3709
//   brand-known                    1.7604
//   brand-ambiguous                -0.029
//   brand-caps                     -0.3725
//   name-words                     -0.3013
//   name-long                      -0.862
//   name-noun                      1.0028
//   name-caps                      -0.2239
//   name-lower-start               -1.0119
//   name-digits                    -0.1475
//   name-quote                     0.629
//   chrome                         -0.6366
//   in-article                     0.2915
//   heading                        -0.0885
//   caption                        0.4475
//   list-item                      -0.1731
//   table-cell                     -0.0023
//   depth                          -0.3528
//   siblings                       0.8837
//   line-length                    -0.335
//   line-negative                  -0.4448
//   page-negative                  -0.6326
//   page-candidates                -0.796
//   same-price                     -0.2116
//   price-big                      0.5284
//   price-small                    0.3048
//   label-left                     -0.0146
//   lang-other                     -0.453
//   lang:en                        0.532
//   lang:de                        -0.14
//   lang:fr                        0.2506
//   lang:it                        -0.2967
//   lang:es                        -0.2967
//   lang:nl                        -0.0779
//   lang:pl                        -0.1307
//   lang:sv                        0.195
//   lang:ja                        0.4173
//   name-is-shop                   -1.0398
//   name-is-title                  0.3879
//   holds-title                    -0.0331
//   record-lines                   0.8911
//   name-one-noun                  0.1799
//   name-sentence                  -0.8736
//   no-price*siblings              -0.926
//   no-price*brand-known           -0.7321
//   no-price*url                   0.1791
//   no-price*one-noun              0.7871
//   price-range                    -0.1784
//   candidate-siblings             0.6805
//   page-shop-links                0.1997
//   no-price*shop-links            -1.0731
//   no-price*page-unpriced         2.5274
//   no-price*candidate-siblings    -0.5909
//   format:anchor-credit           -0.1935
//   format:anchor-maker            0.2597

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.1397
//   first-logit                    3.8204
//   same-parent-max                0.4016
//   same-parent-mean               -0.6515
//   same-grandparent-mean          1.9921
//   page-accepted-share            -1.8504
//   format-accepted-share          1.6462
//   no-price*same-parent-mean      -0.688
//   no-price*format-accepted-share 0.967
//   no-price*first-logit           -0.3316

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.4601,0.8386,0.6412,0.0726,-0.7973,-0.573,0.297,0.1417,-0.3767,-0.5877,-1.2773,0.0447,-0.1464,0.619,1.0374,1.3312,1.1499,0.8692,0.3567,-0.0328,0.0297,3.3709,1.7604,-0.029,-0.3725,-0.3013,-0.862,1.0028,-0.2239,-1.0119,-0.1475,0.629,-0.6366,0.2915,-0.0885,0.4475,-0.1731,-0.0023,-0.3528,0.8837,-0.335,-0.4448,-0.6326,-0.796,-0.2116,0.5284,0.3048,-0.0146,-0.453,0.532,-0.14,0.2506,-0.2967,-0.2967,-0.0779,-0.1307,0.195,0.4173,-1.0398,0.3879,-0.0331,0.8911,0.1799,-0.8736,-0.926,-0.7321,0.1791,0.7871,-0.1784,0.6805,0.1997,-1.0731,2.5274,-0.5909,-0.1935,0.2597],"second":[-0.1397,3.8204,0.4016,-0.6515,1.9921,-1.8504,1.6462,-0.688,0.967,-0.3316],"accept":0.5};
