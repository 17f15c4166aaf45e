// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 520 labelled pages (4021 candidates, 2384 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.9364
//   format:table                   0.9114
//   format:card                    0.8851
//   format:brand-then-line         0.106
//   format:heading                 -0.7825
//   format:name-then-price         -0.1289
//   format:caption                 0.2251
//   format:linked-prose            0.2772
//   format:anchor-line             -0.5827
//   format:anchor-list             -0.5895
//   format:anchor-prose            -1.2124
//   format:anchor-record           0.1599
//   format:anchor-carry            -0.8444
//   format:anchor-link             0.4962
//   format:anchor-heading          0.88
//   evidence                       1.3551
//   evidence>=4                    0.7946
//   price                          0.9245
//   retailer                       0.1162
//   url                            0.2092
//   deep-url                       0.2908
//   brand                          3.1407
//   brand-known                    1.943
//   brand-ambiguous                0.0282
//   brand-caps                     -0.129
//   name-words                     -0.4166
//   name-long                      -0.8786
//   name-noun                      0.9705
//   name-caps                      -0.0662
//   name-lower-start               -0.8606
//   name-digits                    0.0371
//   name-quote                     0.5831
//   chrome                         -0.8043
//   in-article                     0.2969
//   heading                        0.0886
//   caption                        0.5369
//   list-item                      -0.159
//   table-cell                     -0.0023
//   depth                          0.0317
//   siblings                       0.8854
//   line-length                    -0.0315
//   line-negative                  -0.3329
//   page-negative                  -0.6308
//   page-candidates                -0.6892
//   same-price                     -0.5067
//   price-big                      0.566
//   price-small                    0.3522
//   label-left                     -0.1818
//   lang-other                     -0.5927
//   lang:en                        0.4771
//   lang:de                        -0.0174
//   lang:fr                        0.1157
//   lang:it                        -0.3749
//   lang:es                        -0.3408
//   lang:nl                        -0.0335
//   lang:pl                        0.2181
//   lang:sv                        0.1498
//   lang:ja                        0.3987
//   name-is-shop                   -0.7281
//   name-is-title                  -0.0421
//   holds-title                    -0.087
//   record-lines                   0.9549
//   name-one-noun                  0.1574
//   name-sentence                  -0.8229
//   no-price*siblings              -0.7018
//   no-price*brand-known           -0.908
//   no-price*url                   -0.0746
//   no-price*one-noun              0.6367
//   price-range                    -0.4816
//   candidate-siblings             0.8385
//   page-shop-links                0.0922
//   no-price*shop-links            -0.7139
//   no-price*page-unpriced         2.8387
//   no-price*candidate-siblings    -0.7836
//   format:anchor-credit           -0.4308
//   format:anchor-maker            0.2501
//   format:anchor-runon            -0.0221
//   maker-lead                     -1.2441
//   maker-tail                     -1.4921
//   maker-inside                   -0.0572
//   maker-read-known               -1.0243
//   format:anchor-cjk              0.4023
//   name-hiragana                  -1.0476
//   name-cjk-punct                 -0.3981
//   name-cjk-quoted                1.0831

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0846
//   first-logit                    3.6391
//   same-parent-max                0.6698
//   same-parent-mean               -1.049
//   same-grandparent-mean          1.7851
//   page-accepted-share            -1.881
//   format-accepted-share          1.8913
//   no-price*same-parent-mean      -0.3275
//   no-price*format-accepted-share 0.4743
//   no-price*first-logit           -0.3529

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.9364,0.9114,0.8851,0.106,-0.7825,-0.1289,0.2251,0.2772,-0.5827,-0.5895,-1.2124,0.1599,-0.8444,0.4962,0.88,1.3551,0.7946,0.9245,0.1162,0.2092,0.2908,3.1407,1.943,0.0282,-0.129,-0.4166,-0.8786,0.9705,-0.0662,-0.8606,0.0371,0.5831,-0.8043,0.2969,0.0886,0.5369,-0.159,-0.0023,0.0317,0.8854,-0.0315,-0.3329,-0.6308,-0.6892,-0.5067,0.566,0.3522,-0.1818,-0.5927,0.4771,-0.0174,0.1157,-0.3749,-0.3408,-0.0335,0.2181,0.1498,0.3987,-0.7281,-0.0421,-0.087,0.9549,0.1574,-0.8229,-0.7018,-0.908,-0.0746,0.6367,-0.4816,0.8385,0.0922,-0.7139,2.8387,-0.7836,-0.4308,0.2501,-0.0221,-1.2441,-1.4921,-0.0572,-1.0243,0.4023,-1.0476,-0.3981,1.0831],"second":[-0.0846,3.6391,0.6698,-1.049,1.7851,-1.881,1.8913,-0.3275,0.4743,-0.3529],"accept":0.5};
