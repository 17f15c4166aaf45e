// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 396 labelled pages (2982 candidates, 1773 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.0111
//   format:table                   0.7011
//   format:card                    0.7048
//   format:brand-then-line         0.0155
//   format:heading                 -0.6207
//   format:name-then-price         -0.4903
//   format:caption                 0.2807
//   format:linked-prose            0.135
//   format:anchor-line             -0.2967
//   format:anchor-list             -0.6005
//   format:anchor-prose            -1.1747
//   format:anchor-record           0.1346
//   format:anchor-carry            -0.4738
//   format:anchor-link             0.5873
//   format:anchor-heading          1.0977
//   evidence                       1.2917
//   evidence>=4                    1.2494
//   price                          0.6683
//   retailer                       0.416
//   url                            -0.0313
//   deep-url                       0.0411
//   brand                          3.5417
//   brand-known                    1.8126
//   brand-ambiguous                0.017
//   brand-caps                     -0.5155
//   name-words                     -0.0454
//   name-long                      -0.9846
//   name-noun                      1.043
//   name-caps                      -0.3166
//   name-lower-start               -0.9453
//   name-digits                    -0.1573
//   name-quote                     0.6554
//   chrome                         -0.531
//   in-article                     0.0617
//   heading                        0.0762
//   caption                        0.6172
//   list-item                      -0.2174
//   table-cell                     -0.0018
//   depth                          -0.1474
//   siblings                       1.0007
//   line-length                    -0.2853
//   line-negative                  -0.7019
//   page-negative                  -0.4788
//   page-candidates                -0.7099
//   same-price                     -0.1731
//   price-big                      0.6273
//   price-small                    0.364
//   label-left                     -0.0789
//   lang-other                     -0.1978
//   lang:en                        0.5
//   lang:de                        -0.0982
//   lang:fr                        -0.0383
//   lang:it                        -0.2573
//   lang:es                        -0.1378
//   lang:nl                        -0.1442
//   lang:pl                        -0.1916
//   lang:sv                        0.2679
//   lang:ja                        0.2975
//   name-is-shop                   -0.9819
//   name-is-title                  0.1557
//   holds-title                    -0.0253
//   record-lines                   0.6077
//   name-one-noun                  0.5878
//   name-sentence                  -0.8866
//   no-price*siblings              -1.2713
//   no-price*brand-known           -0.6772
//   no-price*url                   0.0988
//   no-price*one-noun              0.4636
//   price-range                    -0.479
//   candidate-siblings             0.7592
//   page-shop-links                0.4066
//   no-price*shop-links            -1.0034
//   no-price*page-unpriced         2.563
//   no-price*candidate-siblings    -0.4882

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0895
//   first-logit                    4.0551
//   same-parent-max                0.0365
//   same-parent-mean               -0.1845
//   same-grandparent-mean          1.4893
//   page-accepted-share            -1.5203
//   format-accepted-share          1.6351
//   no-price*same-parent-mean      -0.3986
//   no-price*format-accepted-share 1.1408
//   no-price*first-logit           -0.4096

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.0111,0.7011,0.7048,0.0155,-0.6207,-0.4903,0.2807,0.135,-0.2967,-0.6005,-1.1747,0.1346,-0.4738,0.5873,1.0977,1.2917,1.2494,0.6683,0.416,-0.0313,0.0411,3.5417,1.8126,0.017,-0.5155,-0.0454,-0.9846,1.043,-0.3166,-0.9453,-0.1573,0.6554,-0.531,0.0617,0.0762,0.6172,-0.2174,-0.0018,-0.1474,1.0007,-0.2853,-0.7019,-0.4788,-0.7099,-0.1731,0.6273,0.364,-0.0789,-0.1978,0.5,-0.0982,-0.0383,-0.2573,-0.1378,-0.1442,-0.1916,0.2679,0.2975,-0.9819,0.1557,-0.0253,0.6077,0.5878,-0.8866,-1.2713,-0.6772,0.0988,0.4636,-0.479,0.7592,0.4066,-1.0034,2.563,-0.4882],"second":[-0.0895,4.0551,0.0365,-0.1845,1.4893,-1.5203,1.6351,-0.3986,1.1408,-0.4096],"accept":0.5};
