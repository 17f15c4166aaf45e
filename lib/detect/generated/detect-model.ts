// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 556 labelled pages (4107 candidates, 2468 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.4568
//   format:table                   0.8396
//   format:card                    0.9234
//   format:brand-then-line         0.088
//   format:heading                 -0.753
//   format:name-then-price         -0.2003
//   format:caption                 0.2287
//   format:linked-prose            0.2235
//   format:anchor-line             -0.5838
//   format:anchor-list             -0.4239
//   format:anchor-prose            -1.077
//   format:anchor-record           0.0583
//   format:anchor-carry            -0.9175
//   format:anchor-link             0.4123
//   format:anchor-heading          1.0208
//   evidence                       1.6016
//   evidence>=4                    0.7639
//   price                          0.7948
//   retailer                       0.2087
//   url                            0.169
//   deep-url                       0.2648
//   brand                          3.1319
//   brand-known                    1.9908
//   brand-ambiguous                -0.0123
//   brand-caps                     0.0796
//   name-words                     -0.5994
//   name-long                      -0.7456
//   name-noun                      0.7895
//   name-caps                      -0.1466
//   name-lower-start               -0.6064
//   name-digits                    0.1286
//   name-quote                     0.6236
//   chrome                         -0.8625
//   in-article                     0.3104
//   heading                        -0.2185
//   caption                        0.5739
//   list-item                      -0.2549
//   table-cell                     -0.0033
//   depth                          0.1349
//   siblings                       0.8648
//   line-length                    -0.3648
//   line-negative                  -0.2803
//   page-negative                  -0.723
//   page-candidates                -0.7422
//   same-price                     -0.3899
//   price-big                      0.4423
//   price-small                    0.3176
//   label-left                     -0.0964
//   lang-other                     -0.7624
//   lang:en                        0.4137
//   lang:de                        0.0592
//   lang:fr                        0.0339
//   lang:it                        -0.4277
//   lang:es                        -0.3207
//   lang:nl                        0.3449
//   lang:pl                        0.2115
//   lang:sv                        0.154
//   lang:ja                        0.2937
//   name-is-shop                   -0.1608
//   name-is-title                  -0.169
//   holds-title                    -0.0792
//   record-lines                   0.8561
//   name-one-noun                  0.1314
//   name-sentence                  -0.7879
//   no-price*siblings              -0.4841
//   no-price*brand-known           -1.1523
//   no-price*url                   0.0822
//   no-price*one-noun              0.7415
//   price-range                    -0.4126
//   candidate-siblings             0.8665
//   page-shop-links                0.1485
//   no-price*shop-links            -0.7554
//   no-price*page-unpriced         2.5874
//   no-price*candidate-siblings    -0.9257
//   format:anchor-credit           -0.4733
//   format:anchor-maker            0.1762
//   format:anchor-runon            0.0223
//   maker-lead                     -1.2791
//   maker-tail                     -1.4744
//   maker-inside                   -0.044
//   maker-read-known               -1.0442
//   no-price*brand-heading-run     1.1769
//   format:anchor-prose-brand      -0.05
//   format:anchor-cjk              0.4854
//   name-hiragana                  -0.9527
//   name-cjk-punct                 -0.3832
//   name-cjk-quoted                1.0152
//   name-cjk-editorial             -0.3617
//   name-cjk-holds-brand           -0.1741

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.034
//   first-logit                    3.6186
//   same-parent-max                0.4968
//   same-parent-mean               -1.0209
//   same-grandparent-mean          1.9359
//   page-accepted-share            -1.9104
//   format-accepted-share          1.9034
//   no-price*same-parent-mean      -0.0642
//   no-price*format-accepted-share 0.1647
//   no-price*first-logit           -0.0853

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.4568,0.8396,0.9234,0.088,-0.753,-0.2003,0.2287,0.2235,-0.5838,-0.4239,-1.077,0.0583,-0.9175,0.4123,1.0208,1.6016,0.7639,0.7948,0.2087,0.169,0.2648,3.1319,1.9908,-0.0123,0.0796,-0.5994,-0.7456,0.7895,-0.1466,-0.6064,0.1286,0.6236,-0.8625,0.3104,-0.2185,0.5739,-0.2549,-0.0033,0.1349,0.8648,-0.3648,-0.2803,-0.723,-0.7422,-0.3899,0.4423,0.3176,-0.0964,-0.7624,0.4137,0.0592,0.0339,-0.4277,-0.3207,0.3449,0.2115,0.154,0.2937,-0.1608,-0.169,-0.0792,0.8561,0.1314,-0.7879,-0.4841,-1.1523,0.0822,0.7415,-0.4126,0.8665,0.1485,-0.7554,2.5874,-0.9257,-0.4733,0.1762,0.0223,-1.2791,-1.4744,-0.044,-1.0442,1.1769,-0.05,0.4854,-0.9527,-0.3832,1.0152,-0.3617,-0.1741],"second":[-0.034,3.6186,0.4968,-1.0209,1.9359,-1.9104,1.9034,-0.0642,0.1647,-0.0853],"accept":0.5};
