// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 478 labelled pages (3406 candidates, 2118 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.0083
//   format:table                   0.8409
//   format:card                    0.6793
//   format:brand-then-line         0.0794
//   format:heading                 -0.8043
//   format:name-then-price         -0.2168
//   format:caption                 0.2892
//   format:linked-prose            0.202
//   format:anchor-line             -0.3008
//   format:anchor-list             -0.5641
//   format:anchor-prose            -1.1846
//   format:anchor-record           -0.0298
//   format:anchor-carry            -0.5702
//   format:anchor-link             0.5521
//   format:anchor-heading          1.0206
//   evidence                       1.2889
//   evidence>=4                    1.0183
//   price                          0.9466
//   retailer                       0.0715
//   url                            0.1434
//   deep-url                       0.2029
//   brand                          3.4393
//   brand-known                    1.7542
//   brand-ambiguous                0.0758
//   brand-caps                     -0.3012
//   name-words                     -0.2937
//   name-long                      -0.9182
//   name-noun                      0.9762
//   name-caps                      -0.217
//   name-lower-start               -0.9758
//   name-digits                    -0.1123
//   name-quote                     0.7561
//   chrome                         -0.7612
//   in-article                     0.3094
//   heading                        -0.0147
//   caption                        0.5255
//   list-item                      -0.1434
//   table-cell                     -0.0025
//   depth                          0.0094
//   siblings                       1.0172
//   line-length                    -0.3592
//   line-negative                  -0.4544
//   page-negative                  -0.6447
//   page-candidates                -0.6726
//   same-price                     -0.308
//   price-big                      0.6659
//   price-small                    0.3198
//   label-left                     -0.3014
//   lang-other                     -0.5645
//   lang:en                        0.5466
//   lang:de                        -0.1464
//   lang:fr                        0.1509
//   lang:it                        -0.3395
//   lang:es                        -0.3399
//   lang:nl                        0.0026
//   lang:pl                        0.2276
//   lang:sv                        0.0993
//   lang:ja                        0.3632
//   name-is-shop                   -0.8974
//   name-is-title                  0.3332
//   holds-title                    -0.0867
//   record-lines                   0.883
//   name-one-noun                  0.1624
//   name-sentence                  -0.7789
//   no-price*siblings              -0.936
//   no-price*brand-known           -0.6929
//   no-price*url                   -0.0049
//   no-price*one-noun              0.7724
//   price-range                    -0.2498
//   candidate-siblings             0.6956
//   page-shop-links                0.2319
//   no-price*shop-links            -1.0803
//   no-price*page-unpriced         2.7441
//   no-price*candidate-siblings    -0.4143
//   format:anchor-credit           -0.45
//   format:anchor-maker            0.4572

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.145
//   first-logit                    3.8066
//   same-parent-max                0.6746
//   same-parent-mean               -0.8017
//   same-grandparent-mean          1.7347
//   page-accepted-share            -1.6842
//   format-accepted-share          1.5533
//   no-price*same-parent-mean      -0.6049
//   no-price*format-accepted-share 0.89
//   no-price*first-logit           -0.3342

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.0083,0.8409,0.6793,0.0794,-0.8043,-0.2168,0.2892,0.202,-0.3008,-0.5641,-1.1846,-0.0298,-0.5702,0.5521,1.0206,1.2889,1.0183,0.9466,0.0715,0.1434,0.2029,3.4393,1.7542,0.0758,-0.3012,-0.2937,-0.9182,0.9762,-0.217,-0.9758,-0.1123,0.7561,-0.7612,0.3094,-0.0147,0.5255,-0.1434,-0.0025,0.0094,1.0172,-0.3592,-0.4544,-0.6447,-0.6726,-0.308,0.6659,0.3198,-0.3014,-0.5645,0.5466,-0.1464,0.1509,-0.3395,-0.3399,0.0026,0.2276,0.0993,0.3632,-0.8974,0.3332,-0.0867,0.883,0.1624,-0.7789,-0.936,-0.6929,-0.0049,0.7724,-0.2498,0.6956,0.2319,-1.0803,2.7441,-0.4143,-0.45,0.4572],"second":[-0.145,3.8066,0.6746,-0.8017,1.7347,-1.6842,1.5533,-0.6049,0.89,-0.3342],"accept":0.5};
