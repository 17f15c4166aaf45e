// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 708 labelled pages (5613 candidates, 3251 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.741
//   format:table                   0.9125
//   format:card                    0.7049
//   format:brand-then-line         0.1247
//   format:heading                 -0.9264
//   format:name-then-price         -0.1746
//   format:caption                 0.4841
//   format:linked-prose            0.2916
//   format:anchor-line             -0.0842
//   format:anchor-list             0.1596
//   format:anchor-prose            -1.139
//   format:anchor-record           0.2239
//   format:anchor-carry            -1.2915
//   format:anchor-link             0.437
//   format:anchor-heading          0.2225
//   evidence                       1.023
//   evidence>=4                    0.7078
//   price                          1.4527
//   retailer                       0.0209
//   url                            0.0809
//   deep-url                       0.1562
//   brand                          3.6141
//   brand-known                    1.9934
//   brand-ambiguous                -0.075
//   brand-caps                     0.1496
//   name-words                     -0.2264
//   name-long                      -0.364
//   name-noun                      0.7258
//   name-caps                      -0.6137
//   name-lower-start               -1.07
//   name-digits                    0.2419
//   name-quote                     0.5552
//   chrome                         -0.8717
//   in-article                     0.0967
//   heading                        -0.4184
//   caption                        0.4474
//   list-item                      -0.2124
//   table-cell                     -0.0487
//   depth                          0.3292
//   siblings                       1.2417
//   line-length                    0.5835
//   line-negative                  -0.0427
//   page-negative                  -0.6906
//   page-candidates                -0.5491
//   same-price                     -0.2504
//   price-big                      0.5618
//   price-small                    0.0408
//   label-left                     0.154
//   lang-other                     -1.0941
//   lang:en                        0.4384
//   lang:de                        0.0412
//   lang:fr                        0.3148
//   lang:it                        -0.5009
//   lang:es                        0.0989
//   lang:nl                        0.5778
//   lang:pl                        0.5621
//   lang:sv                        -0.4962
//   lang:ja                        0.058
//   name-is-shop                   -0.3281
//   name-is-title                  0.004
//   holds-title                    -0.1473
//   record-lines                   0.9113
//   name-one-noun                  0.4482
//   name-sentence                  -0.714
//   no-price*siblings              -1.1022
//   no-price*brand-known           -1.2849
//   no-price*url                   0.2655
//   no-price*one-noun              0.7559
//   price-range                    -0.4633
//   candidate-siblings             -0.0472
//   page-shop-links                0.2077
//   no-price*shop-links            -0.5317
//   no-price*page-unpriced         2.6333
//   no-price*candidate-siblings    0.0175
//   format:anchor-credit           -0.0331
//   format:anchor-maker            0.235
//   format:anchor-runon            0.2572
//   maker-lead                     -1.3986
//   maker-tail                     -1.3757
//   maker-inside                   -0.0736
//   maker-read-known               -1.0258
//   no-price*brand-heading-run     1.5164
//   format:anchor-prose-brand      -0.2226
//   format:anchor-cjk              1.179
//   name-hiragana                  -0.8463
//   name-cjk-punct                 -0.3191
//   name-cjk-quoted                0.8597
//   name-cjk-editorial             -0.4825
//   name-cjk-holds-brand           -0.2189
//   format:anchor-group            -0.0833
//   in-record                      -0.0833
//   record-group-size              -0.0613
//   record-group-priced            0.0425
//   record-group-linked            -0.1579
//   record-seq                     0.0279
//   record-price                   0.0279
//   record-shop-link               -0.1714
//   record-buy                     -0.1098
//   record-brand-first             -0.1311
//   record-length                  -0.0739
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.0833
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0881
//   anchor-group*name-proper       -0.1092
//   name-used                      -0.7965
//   shared-credit                  0.8977
//   headline-negative              -0.3981
//   format:anchor-own-shop         -0.0309
//   own-shop*slot                  0.4163
//   own-shop*url-repeats           0.1858
//   own-shop*page-slots            0.6576
//   own-shop*page-cart             -0.1474
//   format:anchor-of-maker         -0.5231
//   cue:first-person               0.0399
//   cue:recommend                  -0.1885
//   cue:report                     -0.0399
//   format:anchor-possessive       -0.0594
//   used-goods                     -0.6844
//   page-used-goods                -0.8693
//   block-run                      -0.5216
//   block-short-offer              0.9553
//   format:anchor-block            -0.6638

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0042
//   first-logit                    3.465
//   same-parent-max                0.7854
//   same-parent-mean               -1.4376
//   same-grandparent-mean          1.6524
//   page-accepted-share            -1.9437
//   format-accepted-share          2.0087
//   no-price*same-parent-mean      0.1745
//   no-price*format-accepted-share 0.2152
//   no-price*first-logit           -0.0072

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.741,0.9125,0.7049,0.1247,-0.9264,-0.1746,0.4841,0.2916,-0.0842,0.1596,-1.139,0.2239,-1.2915,0.437,0.2225,1.023,0.7078,1.4527,0.0209,0.0809,0.1562,3.6141,1.9934,-0.075,0.1496,-0.2264,-0.364,0.7258,-0.6137,-1.07,0.2419,0.5552,-0.8717,0.0967,-0.4184,0.4474,-0.2124,-0.0487,0.3292,1.2417,0.5835,-0.0427,-0.6906,-0.5491,-0.2504,0.5618,0.0408,0.154,-1.0941,0.4384,0.0412,0.3148,-0.5009,0.0989,0.5778,0.5621,-0.4962,0.058,-0.3281,0.004,-0.1473,0.9113,0.4482,-0.714,-1.1022,-1.2849,0.2655,0.7559,-0.4633,-0.0472,0.2077,-0.5317,2.6333,0.0175,-0.0331,0.235,0.2572,-1.3986,-1.3757,-0.0736,-1.0258,1.5164,-0.2226,1.179,-0.8463,-0.3191,0.8597,-0.4825,-0.2189,-0.0833,-0.0833,-0.0613,0.0425,-0.1579,0.0279,0.0279,-0.1714,-0.1098,-0.1311,-0.0739,0,0,0,-0.0833,0,0,0.0881,-0.1092,-0.7965,0.8977,-0.3981,-0.0309,0.4163,0.1858,0.6576,-0.1474,-0.5231,0.0399,-0.1885,-0.0399,-0.0594,-0.6844,-0.8693,-0.5216,0.9553,-0.6638],"second":[-0.0042,3.465,0.7854,-1.4376,1.6524,-1.9437,2.0087,0.1745,0.2152,-0.0072],"accept":0.5};
