// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 597 labelled pages (4275 candidates, 2578 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.5753
//   format:table                   0.8089
//   format:card                    0.9605
//   format:brand-then-line         0.1015
//   format:heading                 -0.8151
//   format:name-then-price         -0.1895
//   format:caption                 0.3467
//   format:linked-prose            0.1956
//   format:anchor-line             -0.3751
//   format:anchor-list             -0.0384
//   format:anchor-prose            -1.0593
//   format:anchor-record           -0.0457
//   format:anchor-carry            -1.1437
//   format:anchor-link             0.2657
//   format:anchor-heading          0.6284
//   evidence                       1.2488
//   evidence>=4                    0.6561
//   price                          1.2064
//   retailer                       0.1663
//   url                            0.0999
//   deep-url                       0.1964
//   brand                          3.3183
//   brand-known                    1.9341
//   brand-ambiguous                -0.0223
//   brand-caps                     -0.069
//   name-words                     -0.4089
//   name-long                      -0.2962
//   name-noun                      0.7489
//   name-caps                      -0.1239
//   name-lower-start               -0.7841
//   name-digits                    0.101
//   name-quote                     0.5868
//   chrome                         -0.8071
//   in-article                     0.1682
//   heading                        -0.1654
//   caption                        0.4245
//   list-item                      -0.1975
//   table-cell                     -0.0051
//   depth                          0.0837
//   siblings                       0.91
//   line-length                    -0.1928
//   line-negative                  -0.3457
//   page-negative                  -0.6589
//   page-candidates                -0.6407
//   same-price                     -0.3194
//   price-big                      0.3198
//   price-small                    0.0867
//   label-left                     -0.0672
//   lang-other                     -0.9587
//   lang:en                        0.3463
//   lang:de                        0.0004
//   lang:fr                        0.4331
//   lang:it                        -0.3602
//   lang:es                        -0.2839
//   lang:nl                        0.412
//   lang:pl                        0.2125
//   lang:sv                        0.0178
//   lang:ja                        0.1807
//   name-is-shop                   -0.3195
//   name-is-title                  -0.1764
//   holds-title                    -0.0907
//   record-lines                   1.0044
//   name-one-noun                  0.2707
//   name-sentence                  -0.6653
//   no-price*siblings              -0.6091
//   no-price*brand-known           -1.1919
//   no-price*url                   0.3805
//   no-price*one-noun              0.7908
//   price-range                    -0.4539
//   candidate-siblings             0.7424
//   page-shop-links                0.1156
//   no-price*shop-links            -0.7602
//   no-price*page-unpriced         2.6131
//   no-price*candidate-siblings    -0.823
//   format:anchor-credit           -0.2836
//   format:anchor-maker            -0.0971
//   format:anchor-runon            0.1853
//   maker-lead                     -1.35
//   maker-tail                     -1.2432
//   maker-inside                   -0.0467
//   maker-read-known               -1.0716
//   no-price*brand-heading-run     1.1169
//   format:anchor-prose-brand      0.0488
//   format:anchor-cjk              0.7329
//   name-hiragana                  -0.9331
//   name-cjk-punct                 -0.3834
//   name-cjk-quoted                0.9654
//   name-cjk-editorial             -0.3783
//   name-cjk-holds-brand           -0.1563
//   format:anchor-group            -0.2269
//   in-record                      -0.2269
//   record-group-size              -0.1868
//   record-group-priced            -0.1987
//   record-group-linked            -0.1133
//   record-seq                     -0.2231
//   record-price                   -0.2147
//   record-shop-link               -0.3289
//   record-buy                     -0.0878
//   record-brand-first             -0.0563
//   record-length                  -0.2402
//   record-used                    -0.0007
//   record-size-label              0
//   record-group-used              -0.0002
//   record-group-distinct          -0.2266
//   page-used                      -0.0002
//   anchor-group*page-used         -0.0002
//   anchor-group*no-shop-link      0.102
//   anchor-group*name-proper       -0.1196
//   name-used                      -0.919
//   headline-negative              -0.7495

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.1045
//   first-logit                    3.4774
//   same-parent-max                0.5832
//   same-parent-mean               -0.9945
//   same-grandparent-mean          2.153
//   page-accepted-share            -1.8247
//   format-accepted-share          1.6689
//   no-price*same-parent-mean      -0.3637
//   no-price*format-accepted-share 0.3059
//   no-price*first-logit           0.132

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.5753,0.8089,0.9605,0.1015,-0.8151,-0.1895,0.3467,0.1956,-0.3751,-0.0384,-1.0593,-0.0457,-1.1437,0.2657,0.6284,1.2488,0.6561,1.2064,0.1663,0.0999,0.1964,3.3183,1.9341,-0.0223,-0.069,-0.4089,-0.2962,0.7489,-0.1239,-0.7841,0.101,0.5868,-0.8071,0.1682,-0.1654,0.4245,-0.1975,-0.0051,0.0837,0.91,-0.1928,-0.3457,-0.6589,-0.6407,-0.3194,0.3198,0.0867,-0.0672,-0.9587,0.3463,0.0004,0.4331,-0.3602,-0.2839,0.412,0.2125,0.0178,0.1807,-0.3195,-0.1764,-0.0907,1.0044,0.2707,-0.6653,-0.6091,-1.1919,0.3805,0.7908,-0.4539,0.7424,0.1156,-0.7602,2.6131,-0.823,-0.2836,-0.0971,0.1853,-1.35,-1.2432,-0.0467,-1.0716,1.1169,0.0488,0.7329,-0.9331,-0.3834,0.9654,-0.3783,-0.1563,-0.2269,-0.2269,-0.1868,-0.1987,-0.1133,-0.2231,-0.2147,-0.3289,-0.0878,-0.0563,-0.2402,-0.0007,0,-0.0002,-0.2266,-0.0002,-0.0002,0.102,-0.1196,-0.919,-0.7495],"second":[-0.1045,3.4774,0.5832,-0.9945,2.153,-1.8247,1.6689,-0.3637,0.3059,0.132],"accept":0.5};
