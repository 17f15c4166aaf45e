// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 597 labelled pages (4285 candidates, 2579 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.5943
//   format:table                   0.8336
//   format:card                    0.9739
//   format:brand-then-line         0.1007
//   format:heading                 -0.8356
//   format:name-then-price         -0.1885
//   format:caption                 0.3423
//   format:linked-prose            0.235
//   format:anchor-line             -0.4481
//   format:anchor-list             -0.0133
//   format:anchor-prose            -1.082
//   format:anchor-record           -0.0245
//   format:anchor-carry            -1.1199
//   format:anchor-link             0.2858
//   format:anchor-heading          0.6205
//   evidence                       1.3848
//   evidence>=4                    0.5902
//   price                          1.1903
//   retailer                       0.1698
//   url                            0.1222
//   deep-url                       0.2285
//   brand                          3.2986
//   brand-known                    1.896
//   brand-ambiguous                -0.0112
//   brand-caps                     -0.0491
//   name-words                     -0.5428
//   name-long                      -0.6992
//   name-noun                      0.7027
//   name-caps                      -0.1358
//   name-lower-start               -0.7387
//   name-digits                    0.1247
//   name-quote                     0.6111
//   chrome                         -0.7953
//   in-article                     0.1545
//   heading                        -0.1184
//   caption                        0.457
//   list-item                      -0.2286
//   table-cell                     -0.0064
//   depth                          0.0628
//   siblings                       0.935
//   line-length                    -0.1351
//   line-negative                  -0.2828
//   page-negative                  -0.714
//   page-candidates                -0.6079
//   same-price                     -0.3335
//   price-big                      0.3508
//   price-small                    0.107
//   label-left                     -0.0377
//   lang-other                     -0.9469
//   lang:en                        0.351
//   lang:de                        -0.0127
//   lang:fr                        0.3872
//   lang:it                        -0.4643
//   lang:es                        -0.3043
//   lang:nl                        0.4374
//   lang:pl                        0.2775
//   lang:sv                        0.0691
//   lang:ja                        0.2061
//   name-is-shop                   -0.3369
//   name-is-title                  -0.2738
//   holds-title                    -0.0835
//   record-lines                   1.0101
//   name-one-noun                  0.2106
//   name-sentence                  -0.7775
//   no-price*siblings              -0.6035
//   no-price*brand-known           -1.19
//   no-price*url                   0.3691
//   no-price*one-noun              0.8106
//   price-range                    -0.4244
//   candidate-siblings             0.6876
//   page-shop-links                0.1493
//   no-price*shop-links            -0.7952
//   no-price*page-unpriced         2.5881
//   no-price*candidate-siblings    -0.7672
//   format:anchor-credit           -0.2883
//   format:anchor-maker            -0.0537
//   format:anchor-runon            0.2099
//   maker-lead                     -1.357
//   maker-tail                     -1.2682
//   maker-inside                   -0.0626
//   maker-read-known               -1.1409
//   no-price*brand-heading-run     1.1216
//   format:anchor-prose-brand      0.0547
//   format:anchor-cjk              0.6151
//   name-hiragana                  -0.954
//   name-cjk-punct                 -0.3825
//   name-cjk-quoted                0.9806
//   name-cjk-editorial             -0.3881
//   name-cjk-holds-brand           -0.1658
//   format:anchor-group            -0.2175
//   in-record                      -0.2175
//   record-group-size              -0.1789
//   record-group-priced            -0.2126
//   record-group-linked            -0.0996
//   record-seq                     -0.2385
//   record-price                   -0.229
//   record-shop-link               -0.3325
//   record-buy                     -0.0955
//   record-brand-first             -0.0642
//   record-length                  -0.24
//   record-used                    -0.0008
//   record-size-label              0
//   record-group-used              -0.0003
//   record-group-distinct          -0.2173
//   page-used                      -0.0003
//   anchor-group*page-used         -0.0003
//   anchor-group*no-shop-link      0.115
//   anchor-group*name-proper       -0.1269
//   name-used                      -0.8317

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0647
//   first-logit                    3.4749
//   same-parent-max                0.5846
//   same-parent-mean               -0.9957
//   same-grandparent-mean          2.2492
//   page-accepted-share            -1.9149
//   format-accepted-share          1.5804
//   no-price*same-parent-mean      -0.3309
//   no-price*format-accepted-share 0.2873
//   no-price*first-logit           0.2142

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.5943,0.8336,0.9739,0.1007,-0.8356,-0.1885,0.3423,0.235,-0.4481,-0.0133,-1.082,-0.0245,-1.1199,0.2858,0.6205,1.3848,0.5902,1.1903,0.1698,0.1222,0.2285,3.2986,1.896,-0.0112,-0.0491,-0.5428,-0.6992,0.7027,-0.1358,-0.7387,0.1247,0.6111,-0.7953,0.1545,-0.1184,0.457,-0.2286,-0.0064,0.0628,0.935,-0.1351,-0.2828,-0.714,-0.6079,-0.3335,0.3508,0.107,-0.0377,-0.9469,0.351,-0.0127,0.3872,-0.4643,-0.3043,0.4374,0.2775,0.0691,0.2061,-0.3369,-0.2738,-0.0835,1.0101,0.2106,-0.7775,-0.6035,-1.19,0.3691,0.8106,-0.4244,0.6876,0.1493,-0.7952,2.5881,-0.7672,-0.2883,-0.0537,0.2099,-1.357,-1.2682,-0.0626,-1.1409,1.1216,0.0547,0.6151,-0.954,-0.3825,0.9806,-0.3881,-0.1658,-0.2175,-0.2175,-0.1789,-0.2126,-0.0996,-0.2385,-0.229,-0.3325,-0.0955,-0.0642,-0.24,-0.0008,0,-0.0003,-0.2173,-0.0003,-0.0003,0.115,-0.1269,-0.8317],"second":[-0.0647,3.4749,0.5846,-0.9957,2.2492,-1.9149,1.5804,-0.3309,0.2873,0.2142],"accept":0.5};
