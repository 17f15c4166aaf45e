// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 478 labelled pages (3384 candidates, 2099 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.9834
//   format:table                   0.8641
//   format:card                    0.7331
//   format:brand-then-line         0.0826
//   format:heading                 -0.7357
//   format:name-then-price         -0.5629
//   format:caption                 0.2701
//   format:linked-prose            0.2019
//   format:anchor-line             -0.2595
//   format:anchor-list             -0.5114
//   format:anchor-prose            -1.3465
//   format:anchor-record           0.06
//   format:anchor-carry            -0.5439
//   format:anchor-link             0.5678
//   format:anchor-heading          1.0802
//   evidence                       1.2767
//   evidence>=4                    1.059
//   price                          0.8975
//   retailer                       0.1327
//   url                            0.1289
//   deep-url                       0.1803
//   brand                          3.4569
//   brand-known                    1.687
//   brand-ambiguous                0.1644
//   brand-caps                     -0.357
//   name-words                     -0.3443
//   name-long                      -0.8431
//   name-noun                      1.03
//   name-caps                      -0.1122
//   name-lower-start               -0.9767
//   name-digits                    -0.0592
//   name-quote                     0.685
//   chrome                         -0.7195
//   in-article                     0.3281
//   heading                        -0.0742
//   caption                        0.5058
//   list-item                      -0.2237
//   table-cell                     -0.0027
//   depth                          -0.0221
//   siblings                       0.8993
//   line-length                    -0.303
//   line-negative                  -0.4052
//   page-negative                  -0.6032
//   page-candidates                -0.6934
//   same-price                     -0.2971
//   price-big                      0.6152
//   price-small                    0.3061
//   label-left                     -0.3068
//   lang-other                     -0.5119
//   lang:en                        0.5811
//   lang:de                        -0.1361
//   lang:fr                        0.216
//   lang:it                        -0.508
//   lang:es                        -0.3381
//   lang:nl                        0.0622
//   lang:pl                        -0.0412
//   lang:sv                        0.1744
//   lang:ja                        0.5016
//   name-is-shop                   -0.9067
//   name-is-title                  0.3632
//   holds-title                    -0.0758
//   record-lines                   0.883
//   name-one-noun                  0.1103
//   name-sentence                  -0.7696
//   no-price*siblings              -0.9073
//   no-price*brand-known           -0.6736
//   no-price*url                   0.0198
//   no-price*one-noun              0.7402
//   price-range                    -0.1405
//   candidate-siblings             0.67
//   page-shop-links                0.3221
//   no-price*shop-links            -1.1363
//   no-price*page-unpriced         2.6442
//   no-price*candidate-siblings    -0.4943
//   format:anchor-credit           -0.3901
//   format:anchor-maker            0.4902

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.1419
//   first-logit                    3.8273
//   same-parent-max                0.6547
//   same-parent-mean               -0.774
//   same-grandparent-mean          1.9703
//   page-accepted-share            -1.8893
//   format-accepted-share          1.5311
//   no-price*same-parent-mean      -0.7763
//   no-price*format-accepted-share 1.0167
//   no-price*first-logit           -0.4944

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.9834,0.8641,0.7331,0.0826,-0.7357,-0.5629,0.2701,0.2019,-0.2595,-0.5114,-1.3465,0.06,-0.5439,0.5678,1.0802,1.2767,1.059,0.8975,0.1327,0.1289,0.1803,3.4569,1.687,0.1644,-0.357,-0.3443,-0.8431,1.03,-0.1122,-0.9767,-0.0592,0.685,-0.7195,0.3281,-0.0742,0.5058,-0.2237,-0.0027,-0.0221,0.8993,-0.303,-0.4052,-0.6032,-0.6934,-0.2971,0.6152,0.3061,-0.3068,-0.5119,0.5811,-0.1361,0.216,-0.508,-0.3381,0.0622,-0.0412,0.1744,0.5016,-0.9067,0.3632,-0.0758,0.883,0.1103,-0.7696,-0.9073,-0.6736,0.0198,0.7402,-0.1405,0.67,0.3221,-1.1363,2.6442,-0.4943,-0.3901,0.4902],"second":[-0.1419,3.8273,0.6547,-0.774,1.9703,-1.8893,1.5311,-0.7763,1.0167,-0.4944],"accept":0.5};
