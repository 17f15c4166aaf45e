// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1284 labelled pages (8644 candidates, 4836 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.7203
//   format:table                   1.4861
//   format:card                    1.0126
//   format:brand-then-line         -0.2924
//   format:heading                 -1.1082
//   format:name-then-price         -0.4905
//   format:caption                 0.4243
//   format:linked-prose            0.4385
//   format:anchor-line             0.214
//   format:anchor-list             -0.3874
//   format:anchor-prose            -0.883
//   format:anchor-record           -0.3301
//   format:anchor-carry            -1.8978
//   format:anchor-link             0.7881
//   format:anchor-heading          0.0823
//   format:anchor-heading-prose    -0.5074
//   evidence                       1.2704
//   evidence>=4                    0.4089
//   price                          1.2073
//   retailer                       -0.2831
//   url                            0.1791
//   deep-url                       0.2172
//   brand                          5.1961
//   brand-known                    1.7543
//   brand-ambiguous                -0.2309
//   brand-caps                     0.3328
//   name-words                     -0.3241
//   name-long                      -0.058
//   name-noun                      0.9936
//   name-caps                      -0.9879
//   name-lower-start               -1.0537
//   name-digits                    -0.1041
//   name-quote                     1.142
//   chrome                         -1.5213
//   in-article                     -0.1857
//   heading                        -0.5187
//   caption                        0.8965
//   list-item                      0.3048
//   table-cell                     -1.665
//   depth                          -0.3336
//   siblings                       1.4996
//   line-length                    0.0329
//   line-negative                  0.3038
//   page-negative                  -0.364
//   page-candidates                -0.0536
//   same-price                     -0.3221
//   price-big                      0.7573
//   price-small                    -0.4054
//   label-left                     -0.08
//   lang-other                     -0.6648
//   lang:en                        0.4337
//   lang:de                        -0.0212
//   lang:fr                        0.2552
//   lang:it                        -0.1168
//   lang:es                        0.2508
//   lang:nl                        0.4811
//   lang:pl                        0.5872
//   lang:sv                        -0.8829
//   lang:ja                        -0.3225
//   name-is-shop                   -0.1623
//   name-is-title                  -0.434
//   holds-title                    0.2538
//   record-lines                   1.9203
//   name-one-noun                  0.1946
//   name-sentence                  -0.8587
//   no-price*siblings              -1.5626
//   no-price*brand-known           -1.0152
//   no-price*url                   0.0892
//   no-price*one-noun              0.5581
//   price-range                    -0.716
//   candidate-siblings             -0.0532
//   page-shop-links                0.177
//   no-price*shop-links            -0.9406
//   no-price*page-unpriced         2.674
//   no-price*candidate-siblings    0.948
//   format:anchor-credit           -0.0047
//   format:anchor-maker            -0.235
//   format:anchor-runon            0.5851
//   maker-lead                     -1.9176
//   maker-tail                     -1.5363
//   maker-inside                   -0.0547
//   maker-host                     0.7989
//   maker-read-known               -1.2887
//   no-price*brand-heading-run     3.0251
//   format:anchor-prose-brand      0.1058
//   format:anchor-lead             -0.2032
//   format:anchor-cjk              1.7543
//   name-hiragana                  -1.325
//   name-cjk-punct                 -1.0214
//   name-cjk-quoted                0.7709
//   name-cjk-editorial             -0.0009
//   name-cjk-holds-brand           -0.5383
//   format:anchor-group            -0.2318
//   in-record                      -0.2318
//   record-group-size              -0.1306
//   record-group-priced            0.002
//   record-group-linked            -0.301
//   record-seq                     0.0147
//   record-price                   -0.0099
//   record-shop-link               -0.1527
//   record-buy                     0.2154
//   record-brand-first             0.2536
//   record-length                  -0.1206
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2318
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      -0.079
//   anchor-group*name-proper       0.1651
//   name-used                      -1.6329
//   shared-credit                  1.1356
//   headline-negative              -2.0437
//   format:anchor-own-shop         -0.3076
//   own-shop*slot                  0.416
//   own-shop*url-repeats           0.5015
//   own-shop*page-slots            0.9626
//   own-shop*page-cart             -0.6813
//   format:anchor-of-maker         0.2229
//   cue:first-person               -0.3984
//   cue:recommend                  -0.4574
//   cue:report                     -0.2605
//   format:anchor-possessive       -0.4306
//   used-goods                     -1.4044
//   page-used-goods                -1.8582
//   block-run                      -1.0402
//   block-short-offer              1.2922
//   format:anchor-block            -0.7415
//   format:anchor-maker-first      0.4773
//   cue:past-year                  -0.8746
//   cue:parted-or-warned           -0.6982
//   format:anchor-maker-noun       0.606
//   page-recall-lines              -0.1745
//   page-recall-headline           -0.3304
//   page-unreleased-lines          0.0056
//   page-unreleased-headline       -0.9901
//   maker-section                  0.0333
//   maker-section-h1               -1.2385
//   maker-section-named            0.688
//   maker-section-distance         0.2248
//   format:anchor-noun-maker       0.4397

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0952
//   first-logit                    3.4072
//   same-parent-max                0.5113
//   same-parent-mean               -1.3689
//   same-grandparent-mean          2.2019
//   page-accepted-share            -1.9222
//   format-accepted-share          1.7551
//   no-price*same-parent-mean      0.1589
//   no-price*format-accepted-share -0.0572
//   no-price*first-logit           -0.4263

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.7203,1.4861,1.0126,-0.2924,-1.1082,-0.4905,0.4243,0.4385,0.214,-0.3874,-0.883,-0.3301,-1.8978,0.7881,0.0823,-0.5074,1.2704,0.4089,1.2073,-0.2831,0.1791,0.2172,5.1961,1.7543,-0.2309,0.3328,-0.3241,-0.058,0.9936,-0.9879,-1.0537,-0.1041,1.142,-1.5213,-0.1857,-0.5187,0.8965,0.3048,-1.665,-0.3336,1.4996,0.0329,0.3038,-0.364,-0.0536,-0.3221,0.7573,-0.4054,-0.08,-0.6648,0.4337,-0.0212,0.2552,-0.1168,0.2508,0.4811,0.5872,-0.8829,-0.3225,-0.1623,-0.434,0.2538,1.9203,0.1946,-0.8587,-1.5626,-1.0152,0.0892,0.5581,-0.716,-0.0532,0.177,-0.9406,2.674,0.948,-0.0047,-0.235,0.5851,-1.9176,-1.5363,-0.0547,0.7989,-1.2887,3.0251,0.1058,-0.2032,1.7543,-1.325,-1.0214,0.7709,-0.0009,-0.5383,-0.2318,-0.2318,-0.1306,0.002,-0.301,0.0147,-0.0099,-0.1527,0.2154,0.2536,-0.1206,0,0,0,-0.2318,0,0,-0.079,0.1651,-1.6329,1.1356,-2.0437,-0.3076,0.416,0.5015,0.9626,-0.6813,0.2229,-0.3984,-0.4574,-0.2605,-0.4306,-1.4044,-1.8582,-1.0402,1.2922,-0.7415,0.4773,-0.8746,-0.6982,0.606,-0.1745,-0.3304,0.0056,-0.9901,0.0333,-1.2385,0.688,0.2248,0.4397],"second":[0.0952,3.4072,0.5113,-1.3689,2.2019,-1.9222,1.7551,0.1589,-0.0572,-0.4263],"accept":0.5};
