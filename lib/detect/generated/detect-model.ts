// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 852 labelled pages (6398 candidates, 3783 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -10.5785
//   format:table                   1.6567
//   format:card                    0.8052
//   format:brand-then-line         -0.1845
//   format:heading                 -1.1418
//   format:name-then-price         -0.3914
//   format:caption                 0.6316
//   format:linked-prose            0.4865
//   format:anchor-line             0.0644
//   format:anchor-list             -0.2679
//   format:anchor-prose            -1.2667
//   format:anchor-record           0.1038
//   format:anchor-carry            -1.9958
//   format:anchor-link             0.8145
//   format:anchor-heading          0.0309
//   evidence                       1.1648
//   evidence>=4                    0.5924
//   price                          2.6806
//   retailer                       -0.2472
//   url                            0.0669
//   deep-url                       0.1687
//   brand                          4.7802
//   brand-known                    1.8884
//   brand-ambiguous                -0.1293
//   brand-caps                     0.3209
//   name-words                     -0.1427
//   name-long                      -0.0646
//   name-noun                      0.8402
//   name-caps                      -0.7418
//   name-lower-start               -1.1798
//   name-digits                    0.1808
//   name-quote                     1.101
//   chrome                         -1.3447
//   in-article                     -0.5632
//   heading                        -0.332
//   caption                        0.6593
//   list-item                      -0.0076
//   table-cell                     -0.3097
//   depth                          0.4033
//   siblings                       1.5139
//   line-length                    0.5509
//   line-negative                  0.0984
//   page-negative                  -0.6616
//   page-candidates                -0.6933
//   same-price                     -0.3226
//   price-big                      0.7065
//   price-small                    -0.1307
//   label-left                     0.1286
//   lang-other                     -1.2599
//   lang:en                        0.4858
//   lang:de                        -0.0879
//   lang:fr                        0.3866
//   lang:it                        -0.2981
//   lang:es                        0.2447
//   lang:nl                        0.6565
//   lang:pl                        0.6952
//   lang:sv                        -0.7538
//   lang:ja                        -0.0691
//   name-is-shop                   -0.0948
//   name-is-title                  -0.0096
//   holds-title                    0.1434
//   record-lines                   1.3701
//   name-one-noun                  0.324
//   name-sentence                  -1.0591
//   no-price*siblings              -1.0971
//   no-price*brand-known           -0.8142
//   no-price*url                   0.2743
//   no-price*one-noun              0.7515
//   price-range                    -0.8463
//   candidate-siblings             -0.1483
//   page-shop-links                0.313
//   no-price*shop-links            -0.5479
//   no-price*page-unpriced         3.426
//   no-price*candidate-siblings    1.1922
//   format:anchor-credit           0.31
//   format:anchor-maker            -0.0769
//   format:anchor-runon            0.2726
//   maker-lead                     -1.7194
//   maker-tail                     -1.5003
//   maker-inside                   -0.0975
//   maker-read-known               -1.43
//   no-price*brand-heading-run     2.5274
//   format:anchor-prose-brand      -0.4946
//   format:anchor-cjk              1.1105
//   name-hiragana                  -1.7169
//   name-cjk-punct                 -0.2476
//   name-cjk-quoted                1.5054
//   name-cjk-editorial             -0.3322
//   name-cjk-holds-brand           -0.4303
//   format:anchor-group            -0.2207
//   in-record                      -0.2207
//   record-group-size              -0.1752
//   record-group-priced            -0.0198
//   record-group-linked            -0.2662
//   record-seq                     -0.0379
//   record-price                   -0.0379
//   record-shop-link               -0.3402
//   record-buy                     -0.1655
//   record-brand-first             -0.1624
//   record-length                  -0.2511
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2207
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1195
//   anchor-group*name-proper       0.1215
//   name-used                      -1.4346
//   shared-credit                  1.5363
//   headline-negative              -1.5188
//   format:anchor-own-shop         -0.1598
//   own-shop*slot                  0.6625
//   own-shop*url-repeats           0.5195
//   own-shop*page-slots            0.9155
//   own-shop*page-cart             -0.6294
//   format:anchor-of-maker         -0.3112
//   cue:first-person               -0.4051
//   cue:recommend                  -0.5183
//   cue:report                     -0.1348
//   format:anchor-possessive       -0.2246
//   used-goods                     -1.2702
//   page-used-goods                -1.677
//   block-run                      -0.8565
//   block-short-offer              1.3448
//   format:anchor-block            -0.9132
//   format:anchor-maker-first      0.4007
//   cue:past-year                  -1.1116
//   cue:parted-or-warned           -0.867
//   format:anchor-maker-noun       -0.3962

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0094
//   first-logit                    3.2582
//   same-parent-max                0.7342
//   same-parent-mean               -1.5777
//   same-grandparent-mean          2.0084
//   page-accepted-share            -1.9584
//   format-accepted-share          1.9104
//   no-price*same-parent-mean      0.2329
//   no-price*format-accepted-share 0.0258
//   no-price*first-logit           -0.2452

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

export const DETECT_MODEL: DetectModel = {"weights":[-10.5785,1.6567,0.8052,-0.1845,-1.1418,-0.3914,0.6316,0.4865,0.0644,-0.2679,-1.2667,0.1038,-1.9958,0.8145,0.0309,1.1648,0.5924,2.6806,-0.2472,0.0669,0.1687,4.7802,1.8884,-0.1293,0.3209,-0.1427,-0.0646,0.8402,-0.7418,-1.1798,0.1808,1.101,-1.3447,-0.5632,-0.332,0.6593,-0.0076,-0.3097,0.4033,1.5139,0.5509,0.0984,-0.6616,-0.6933,-0.3226,0.7065,-0.1307,0.1286,-1.2599,0.4858,-0.0879,0.3866,-0.2981,0.2447,0.6565,0.6952,-0.7538,-0.0691,-0.0948,-0.0096,0.1434,1.3701,0.324,-1.0591,-1.0971,-0.8142,0.2743,0.7515,-0.8463,-0.1483,0.313,-0.5479,3.426,1.1922,0.31,-0.0769,0.2726,-1.7194,-1.5003,-0.0975,-1.43,2.5274,-0.4946,1.1105,-1.7169,-0.2476,1.5054,-0.3322,-0.4303,-0.2207,-0.2207,-0.1752,-0.0198,-0.2662,-0.0379,-0.0379,-0.3402,-0.1655,-0.1624,-0.2511,0,0,0,-0.2207,0,0,0.1195,0.1215,-1.4346,1.5363,-1.5188,-0.1598,0.6625,0.5195,0.9155,-0.6294,-0.3112,-0.4051,-0.5183,-0.1348,-0.2246,-1.2702,-1.677,-0.8565,1.3448,-0.9132,0.4007,-1.1116,-0.867,-0.3962],"second":[0.0094,3.2582,0.7342,-1.5777,2.0084,-1.9584,1.9104,0.2329,0.0258,-0.2452],"accept":0.5};
