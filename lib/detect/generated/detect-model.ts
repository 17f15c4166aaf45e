// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 520 labelled pages (4010 candidates, 2366 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.9568
//   format:table                   0.8992
//   format:card                    0.8794
//   format:brand-then-line         0.0993
//   format:heading                 -0.7428
//   format:name-then-price         -0.1393
//   format:caption                 0.253
//   format:linked-prose            0.2666
//   format:anchor-line             -0.5896
//   format:anchor-list             -0.5745
//   format:anchor-prose            -1.2387
//   format:anchor-record           0.0965
//   format:anchor-carry            -0.4749
//   format:anchor-link             0.4698
//   format:anchor-heading          0.9036
//   evidence                       1.4006
//   evidence>=4                    0.7244
//   price                          0.9375
//   retailer                       0.1235
//   url                            0.2115
//   deep-url                       0.2911
//   brand                          3.1393
//   brand-known                    1.9029
//   brand-ambiguous                0.073
//   brand-caps                     -0.118
//   name-words                     -0.4024
//   name-long                      -0.8645
//   name-noun                      0.9817
//   name-caps                      -0.2245
//   name-lower-start               -0.8317
//   name-digits                    0.0205
//   name-quote                     0.4917
//   chrome                         -0.8115
//   in-article                     0.2877
//   heading                        -0.0032
//   caption                        0.492
//   list-item                      -0.1526
//   table-cell                     -0.0024
//   depth                          0.0446
//   siblings                       0.8824
//   line-length                    -0.0564
//   line-negative                  -0.2733
//   page-negative                  -0.615
//   page-candidates                -0.6868
//   same-price                     -0.4916
//   price-big                      0.3324
//   price-small                    0.3346
//   label-left                     -0.1688
//   lang-other                     -0.5832
//   lang:en                        0.5388
//   lang:de                        0.0255
//   lang:fr                        0.1252
//   lang:it                        -0.3384
//   lang:es                        -0.3209
//   lang:nl                        -0.0043
//   lang:pl                        0.2576
//   lang:sv                        0.1735
//   lang:ja                        0.1262
//   name-is-shop                   -0.7347
//   name-is-title                  -0.0423
//   holds-title                    -0.0717
//   record-lines                   0.9833
//   name-one-noun                  0.091
//   name-sentence                  -0.8158
//   no-price*siblings              -0.7349
//   no-price*brand-known           -0.926
//   no-price*url                   -0.038
//   no-price*one-noun              0.7683
//   price-range                    -0.2742
//   candidate-siblings             0.8559
//   page-shop-links                0.0767
//   no-price*shop-links            -0.7097
//   no-price*page-unpriced         2.7405
//   no-price*candidate-siblings    -0.79
//   format:anchor-credit           -0.3768
//   format:anchor-maker            0.2384
//   format:anchor-runon            0.0307
//   maker-lead                     -1.2683
//   maker-tail                     -1.4875
//   maker-inside                   -0.0597
//   maker-read-known               -1.0207
//   no-price*brand-heading-run     1.039

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0976
//   first-logit                    3.4809
//   same-parent-max                0.6225
//   same-parent-mean               -1.1226
//   same-grandparent-mean          1.7286
//   page-accepted-share            -1.693
//   format-accepted-share          1.9422
//   no-price*same-parent-mean      -0.2913
//   no-price*format-accepted-share 0.3725
//   no-price*first-logit           -0.1281

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.9568,0.8992,0.8794,0.0993,-0.7428,-0.1393,0.253,0.2666,-0.5896,-0.5745,-1.2387,0.0965,-0.4749,0.4698,0.9036,1.4006,0.7244,0.9375,0.1235,0.2115,0.2911,3.1393,1.9029,0.073,-0.118,-0.4024,-0.8645,0.9817,-0.2245,-0.8317,0.0205,0.4917,-0.8115,0.2877,-0.0032,0.492,-0.1526,-0.0024,0.0446,0.8824,-0.0564,-0.2733,-0.615,-0.6868,-0.4916,0.3324,0.3346,-0.1688,-0.5832,0.5388,0.0255,0.1252,-0.3384,-0.3209,-0.0043,0.2576,0.1735,0.1262,-0.7347,-0.0423,-0.0717,0.9833,0.091,-0.8158,-0.7349,-0.926,-0.038,0.7683,-0.2742,0.8559,0.0767,-0.7097,2.7405,-0.79,-0.3768,0.2384,0.0307,-1.2683,-1.4875,-0.0597,-1.0207,1.039],"second":[-0.0976,3.4809,0.6225,-1.1226,1.7286,-1.693,1.9422,-0.2913,0.3725,-0.1281],"accept":0.5};
