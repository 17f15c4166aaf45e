// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 597 labelled pages (4279 candidates, 2585 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.7177
//   format:table                   0.8257
//   format:card                    0.9906
//   format:brand-then-line         0.103
//   format:heading                 -0.8307
//   format:name-then-price         -0.1855
//   format:caption                 0.4529
//   format:linked-prose            0.2386
//   format:anchor-line             -0.3748
//   format:anchor-list             -0.0488
//   format:anchor-prose            -1.1138
//   format:anchor-record           0.0001
//   format:anchor-carry            -1.0234
//   format:anchor-link             0.2176
//   format:anchor-heading          0.5769
//   evidence                       1.3215
//   evidence>=4                    0.5663
//   price                          1.2447
//   retailer                       0.183
//   url                            0.096
//   deep-url                       0.2174
//   brand                          3.3259
//   brand-known                    1.8806
//   brand-ambiguous                -0.0265
//   brand-caps                     0.1063
//   name-words                     -0.5679
//   name-long                      -0.6671
//   name-noun                      0.706
//   name-caps                      -0.1588
//   name-lower-start               -0.6775
//   name-digits                    0.1358
//   name-quote                     0.6258
//   chrome                         -0.7905
//   in-article                     0.1575
//   heading                        -0.1265
//   caption                        0.4838
//   list-item                      -0.2415
//   table-cell                     -0.0067
//   depth                          0.0854
//   siblings                       0.9118
//   line-length                    -0.0604
//   line-negative                  -0.2865
//   page-negative                  -0.7341
//   page-candidates                -0.5756
//   same-price                     -0.3154
//   price-big                      0.2996
//   price-small                    0.0836
//   label-left                     -0.0312
//   lang-other                     -0.9576
//   lang:en                        0.3968
//   lang:de                        -0.033
//   lang:fr                        0.3681
//   lang:it                        -0.451
//   lang:es                        -0.288
//   lang:nl                        0.4547
//   lang:pl                        0.282
//   lang:sv                        0.0728
//   lang:ja                        0.155
//   name-is-shop                   -0.348
//   name-is-title                  -0.27
//   holds-title                    -0.0865
//   record-lines                   1.0383
//   name-one-noun                  0.3548
//   name-sentence                  -0.7716
//   no-price*siblings              -0.591
//   no-price*brand-known           -1.1703
//   no-price*url                   0.3827
//   no-price*one-noun              0.6653
//   price-range                    -0.464
//   candidate-siblings             0.6819
//   page-shop-links                0.1535
//   no-price*shop-links            -0.7301
//   no-price*page-unpriced         2.5866
//   no-price*candidate-siblings    -0.7383
//   format:anchor-credit           -0.2974
//   format:anchor-maker            -0.1037
//   format:anchor-runon            0.1998
//   maker-lead                     -1.4145
//   maker-tail                     -1.2824
//   maker-inside                   -0.0662
//   maker-read-known               -1.1382
//   no-price*brand-heading-run     1.1475
//   format:anchor-prose-brand      0.0316
//   format:anchor-cjk              0.5544
//   name-hiragana                  -0.9308
//   name-cjk-punct                 -0.3664
//   name-cjk-quoted                0.9781
//   name-cjk-editorial             -0.3973
//   name-cjk-holds-brand           -0.1914
//   format:anchor-group            -0.2133
//   in-record                      -0.2133
//   record-group-size              -0.1754
//   record-group-priced            -0.2087
//   record-group-linked            -0.0962
//   record-seq                     -0.2354
//   record-price                   -0.2257
//   record-shop-link               -0.3249
//   record-buy                     -0.0967
//   record-brand-first             -0.067
//   record-length                  -0.2362
//   record-used                    -0.0008
//   record-size-label              0
//   record-group-used              -0.0003
//   record-group-distinct          -0.213
//   page-used                      -0.0003
//   anchor-group*page-used         -0.0003
//   anchor-group*no-shop-link      0.1117
//   anchor-group*name-proper       -0.1289
//   name-used                      -0.7989
//   shared-credit                  0.9368

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.1298
//   first-logit                    3.4101
//   same-parent-max                0.5792
//   same-parent-mean               -0.9194
//   same-grandparent-mean          2.1585
//   page-accepted-share            -1.9159
//   format-accepted-share          1.7647
//   no-price*same-parent-mean      -0.2983
//   no-price*format-accepted-share 0.2031
//   no-price*first-logit           0.2169

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.7177,0.8257,0.9906,0.103,-0.8307,-0.1855,0.4529,0.2386,-0.3748,-0.0488,-1.1138,0.0001,-1.0234,0.2176,0.5769,1.3215,0.5663,1.2447,0.183,0.096,0.2174,3.3259,1.8806,-0.0265,0.1063,-0.5679,-0.6671,0.706,-0.1588,-0.6775,0.1358,0.6258,-0.7905,0.1575,-0.1265,0.4838,-0.2415,-0.0067,0.0854,0.9118,-0.0604,-0.2865,-0.7341,-0.5756,-0.3154,0.2996,0.0836,-0.0312,-0.9576,0.3968,-0.033,0.3681,-0.451,-0.288,0.4547,0.282,0.0728,0.155,-0.348,-0.27,-0.0865,1.0383,0.3548,-0.7716,-0.591,-1.1703,0.3827,0.6653,-0.464,0.6819,0.1535,-0.7301,2.5866,-0.7383,-0.2974,-0.1037,0.1998,-1.4145,-1.2824,-0.0662,-1.1382,1.1475,0.0316,0.5544,-0.9308,-0.3664,0.9781,-0.3973,-0.1914,-0.2133,-0.2133,-0.1754,-0.2087,-0.0962,-0.2354,-0.2257,-0.3249,-0.0967,-0.067,-0.2362,-0.0008,0,-0.0003,-0.213,-0.0003,-0.0003,0.1117,-0.1289,-0.7989,0.9368],"second":[-0.1298,3.4101,0.5792,-0.9194,2.1585,-1.9159,1.7647,-0.2983,0.2031,0.2169],"accept":0.5};
