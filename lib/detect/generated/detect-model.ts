// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 478 labelled pages (3371 candidates, 2089 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.8774
//   format:table                   0.8714
//   format:card                    0.7258
//   format:brand-then-line         0.0846
//   format:heading                 -0.7308
//   format:name-then-price         -0.5611
//   format:caption                 0.2764
//   format:linked-prose            0.2079
//   format:anchor-line             -0.2474
//   format:anchor-list             -0.4888
//   format:anchor-prose            -1.3088
//   format:anchor-record           0.0753
//   format:anchor-carry            -0.528
//   format:anchor-link             0.6253
//   format:anchor-heading          1.1057
//   evidence                       1.2932
//   evidence>=4                    1.0945
//   price                          0.8581
//   retailer                       0.1128
//   url                            0.1284
//   deep-url                       0.1808
//   brand                          3.42
//   brand-known                    1.738
//   brand-ambiguous                0.1644
//   brand-caps                     -0.3453
//   name-words                     -0.3233
//   name-long                      -0.8603
//   name-noun                      1.0248
//   name-caps                      -0.1299
//   name-lower-start               -0.988
//   name-digits                    -0.0625
//   name-quote                     0.6782
//   chrome                         -0.7185
//   in-article                     0.3243
//   heading                        -0.0547
//   caption                        0.5255
//   list-item                      -0.2009
//   table-cell                     -0.0027
//   depth                          -0.0408
//   siblings                       0.892
//   line-length                    -0.3947
//   line-negative                  -0.4089
//   page-negative                  -0.5879
//   page-candidates                -0.7655
//   same-price                     -0.2581
//   price-big                      0.6123
//   price-small                    0.3141
//   label-left                     -0.2723
//   lang-other                     -0.4956
//   lang:en                        0.5351
//   lang:de                        -0.1359
//   lang:fr                        0.2578
//   lang:it                        -0.4938
//   lang:es                        -0.33
//   lang:nl                        0.0529
//   lang:pl                        -0.0491
//   lang:sv                        0.179
//   lang:ja                        0.4795
//   name-is-shop                   -0.9026
//   name-is-title                  0.3878
//   holds-title                    -0.0802
//   record-lines                   0.8758
//   name-one-noun                  0.1663
//   name-sentence                  -0.7686
//   no-price*siblings              -0.8907
//   no-price*brand-known           -0.6955
//   no-price*url                   0.0167
//   no-price*one-noun              0.7306
//   price-range                    -0.1402
//   candidate-siblings             0.6731
//   page-shop-links                0.3532
//   no-price*shop-links            -1.1407
//   no-price*page-unpriced         2.638
//   no-price*candidate-siblings    -0.5025
//   format:anchor-credit           -0.3946
//   format:anchor-maker            0.2871

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.1584
//   first-logit                    3.8349
//   same-parent-max                0.4638
//   same-parent-mean               -0.6284
//   same-grandparent-mean          2.0226
//   page-accepted-share            -1.7234
//   format-accepted-share          1.4241
//   no-price*same-parent-mean      -0.8014
//   no-price*format-accepted-share 1.0168
//   no-price*first-logit           -0.489

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.8774,0.8714,0.7258,0.0846,-0.7308,-0.5611,0.2764,0.2079,-0.2474,-0.4888,-1.3088,0.0753,-0.528,0.6253,1.1057,1.2932,1.0945,0.8581,0.1128,0.1284,0.1808,3.42,1.738,0.1644,-0.3453,-0.3233,-0.8603,1.0248,-0.1299,-0.988,-0.0625,0.6782,-0.7185,0.3243,-0.0547,0.5255,-0.2009,-0.0027,-0.0408,0.892,-0.3947,-0.4089,-0.5879,-0.7655,-0.2581,0.6123,0.3141,-0.2723,-0.4956,0.5351,-0.1359,0.2578,-0.4938,-0.33,0.0529,-0.0491,0.179,0.4795,-0.9026,0.3878,-0.0802,0.8758,0.1663,-0.7686,-0.8907,-0.6955,0.0167,0.7306,-0.1402,0.6731,0.3532,-1.1407,2.638,-0.5025,-0.3946,0.2871],"second":[-0.1584,3.8349,0.4638,-0.6284,2.0226,-1.7234,1.4241,-0.8014,1.0168,-0.489],"accept":0.5};
