// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 478 labelled pages (3409 candidates, 2117 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.0214
//   format:table                   0.8701
//   format:card                    0.7395
//   format:brand-then-line         0.0833
//   format:heading                 -0.7367
//   format:name-then-price         -0.5634
//   format:caption                 0.2585
//   format:linked-prose            0.2039
//   format:anchor-line             -0.2429
//   format:anchor-list             -0.5509
//   format:anchor-prose            -1.3282
//   format:anchor-record           0.0564
//   format:anchor-carry            -0.5117
//   format:anchor-link             0.5738
//   format:anchor-heading          1.0727
//   evidence                       1.2506
//   evidence>=4                    1.0584
//   price                          0.9361
//   retailer                       0.137
//   url                            0.1198
//   deep-url                       0.1827
//   brand                          3.4372
//   brand-known                    1.7107
//   brand-ambiguous                0.1475
//   brand-caps                     -0.3247
//   name-words                     -0.3299
//   name-long                      -0.8651
//   name-noun                      1.0125
//   name-caps                      -0.2028
//   name-lower-start               -0.9639
//   name-digits                    -0.1115
//   name-quote                     0.7266
//   chrome                         -0.7308
//   in-article                     0.3378
//   heading                        -0.0438
//   caption                        0.5599
//   list-item                      -0.1946
//   table-cell                     -0.0026
//   depth                          -0.0012
//   siblings                       0.9175
//   line-length                    -0.3579
//   line-negative                  -0.4233
//   page-negative                  -0.6092
//   page-candidates                -0.7042
//   same-price                     -0.288
//   price-big                      0.6773
//   price-small                    0.3147
//   label-left                     -0.3105
//   lang-other                     -0.514
//   lang:en                        0.5863
//   lang:de                        -0.1147
//   lang:fr                        0.2016
//   lang:it                        -0.509
//   lang:es                        -0.3263
//   lang:nl                        0.042
//   lang:pl                        0.0744
//   lang:sv                        0.1683
//   lang:ja                        0.3912
//   name-is-shop                   -0.9189
//   name-is-title                  0.359
//   holds-title                    -0.0795
//   record-lines                   0.8848
//   name-one-noun                  0.1291
//   name-sentence                  -0.7699
//   no-price*siblings              -0.8858
//   no-price*brand-known           -0.6597
//   no-price*url                   -0.0263
//   no-price*one-noun              0.7739
//   price-range                    -0.128
//   candidate-siblings             0.6938
//   page-shop-links                0.3238
//   no-price*shop-links            -1.1478
//   no-price*page-unpriced         2.7382
//   no-price*candidate-siblings    -0.3794
//   format:anchor-credit           -0.4543
//   format:anchor-maker            0.5299

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.2177
//   first-logit                    3.7841
//   same-parent-max                0.705
//   same-parent-mean               -0.8119
//   same-grandparent-mean          1.7574
//   page-accepted-share            -1.6238
//   format-accepted-share          1.5617
//   no-price*same-parent-mean      -0.604
//   no-price*format-accepted-share 0.868
//   no-price*first-logit           -0.3865

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.0214,0.8701,0.7395,0.0833,-0.7367,-0.5634,0.2585,0.2039,-0.2429,-0.5509,-1.3282,0.0564,-0.5117,0.5738,1.0727,1.2506,1.0584,0.9361,0.137,0.1198,0.1827,3.4372,1.7107,0.1475,-0.3247,-0.3299,-0.8651,1.0125,-0.2028,-0.9639,-0.1115,0.7266,-0.7308,0.3378,-0.0438,0.5599,-0.1946,-0.0026,-0.0012,0.9175,-0.3579,-0.4233,-0.6092,-0.7042,-0.288,0.6773,0.3147,-0.3105,-0.514,0.5863,-0.1147,0.2016,-0.509,-0.3263,0.042,0.0744,0.1683,0.3912,-0.9189,0.359,-0.0795,0.8848,0.1291,-0.7699,-0.8858,-0.6597,-0.0263,0.7739,-0.128,0.6938,0.3238,-1.1478,2.7382,-0.3794,-0.4543,0.5299],"second":[-0.2177,3.7841,0.705,-0.8119,1.7574,-1.6238,1.5617,-0.604,0.868,-0.3865],"accept":0.5};
