// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 478 labelled pages (3511 candidates, 2212 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.9176
//   format:table                   0.873
//   format:card                    0.735
//   format:brand-then-line         0.0848
//   format:heading                 -0.7371
//   format:name-then-price         -0.5565
//   format:caption                 0.2922
//   format:linked-prose            0.2141
//   format:anchor-line             -0.2435
//   format:anchor-list             -0.6433
//   format:anchor-prose            -1.3333
//   format:anchor-record           0.0695
//   format:anchor-carry            -0.5088
//   format:anchor-link             0.5481
//   format:anchor-heading          1.068
//   evidence                       1.2637
//   evidence>=4                    1.0392
//   price                          0.8738
//   retailer                       0.1846
//   url                            0.1005
//   deep-url                       0.1683
//   brand                          3.4408
//   brand-known                    1.69
//   brand-ambiguous                0.1708
//   brand-caps                     -0.3417
//   name-words                     -0.3588
//   name-long                      -0.88
//   name-noun                      1.0115
//   name-caps                      -0.2051
//   name-lower-start               -0.9429
//   name-digits                    -0.1503
//   name-quote                     0.7267
//   chrome                         -0.7375
//   in-article                     0.321
//   heading                        -0.0719
//   caption                        0.455
//   list-item                      -0.1977
//   table-cell                     -0.0025
//   depth                          -0.0463
//   siblings                       0.9289
//   line-length                    -0.2991
//   line-negative                  -0.26
//   page-negative                  -0.6154
//   page-candidates                -0.6688
//   same-price                     -0.2886
//   price-big                      0.7
//   price-small                    0.326
//   label-left                     -0.2284
//   lang-other                     -0.5168
//   lang:en                        0.5436
//   lang:de                        -0.1088
//   lang:fr                        0.2482
//   lang:it                        -0.4491
//   lang:es                        -0.3237
//   lang:nl                        0.0133
//   lang:pl                        0.061
//   lang:sv                        0.1421
//   lang:ja                        0.3902
//   name-is-shop                   -0.863
//   name-is-title                  0.1989
//   holds-title                    -0.0678
//   record-lines                   0.8884
//   name-one-noun                  0.1019
//   name-sentence                  -0.7834
//   no-price*siblings              -0.7352
//   no-price*brand-known           -0.7044
//   no-price*url                   -0.0086
//   no-price*one-noun              0.7487
//   price-range                    -0.1175
//   candidate-siblings             0.6601
//   page-shop-links                0.3226
//   no-price*shop-links            -1.1608
//   no-price*page-unpriced         2.8331
//   no-price*candidate-siblings    -0.4067
//   format:anchor-credit           -0.4702
//   format:anchor-maker            0.4788
//   format:anchor-runon            0.1294

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.2225
//   first-logit                    3.7862
//   same-parent-max                0.6833
//   same-parent-mean               -0.8028
//   same-grandparent-mean          1.7355
//   page-accepted-share            -1.6365
//   format-accepted-share          1.6212
//   no-price*same-parent-mean      -0.5208
//   no-price*format-accepted-share 0.711
//   no-price*first-logit           -0.4571

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.9176,0.873,0.735,0.0848,-0.7371,-0.5565,0.2922,0.2141,-0.2435,-0.6433,-1.3333,0.0695,-0.5088,0.5481,1.068,1.2637,1.0392,0.8738,0.1846,0.1005,0.1683,3.4408,1.69,0.1708,-0.3417,-0.3588,-0.88,1.0115,-0.2051,-0.9429,-0.1503,0.7267,-0.7375,0.321,-0.0719,0.455,-0.1977,-0.0025,-0.0463,0.9289,-0.2991,-0.26,-0.6154,-0.6688,-0.2886,0.7,0.326,-0.2284,-0.5168,0.5436,-0.1088,0.2482,-0.4491,-0.3237,0.0133,0.061,0.1421,0.3902,-0.863,0.1989,-0.0678,0.8884,0.1019,-0.7834,-0.7352,-0.7044,-0.0086,0.7487,-0.1175,0.6601,0.3226,-1.1608,2.8331,-0.4067,-0.4702,0.4788,0.1294],"second":[-0.2225,3.7862,0.6833,-0.8028,1.7355,-1.6365,1.6212,-0.5208,0.711,-0.4571],"accept":0.5};
