// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1140 labelled pages (7980 candidates, 4508 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -10.021
//   format:table                   1.3966
//   format:card                    1.0402
//   format:brand-then-line         -0.5725
//   format:heading                 -1.136
//   format:name-then-price         -0.5025
//   format:caption                 0.5371
//   format:linked-prose            0.3421
//   format:anchor-line             0.09
//   format:anchor-list             -0.4748
//   format:anchor-prose            -0.9253
//   format:anchor-record           -0.2436
//   format:anchor-carry            -1.8418
//   format:anchor-link             0.741
//   format:anchor-heading          0.1131
//   evidence                       1.2281
//   evidence>=4                    0.4906
//   price                          1.7915
//   retailer                       -0.301
//   url                            0.1637
//   deep-url                       0.2352
//   brand                          5.036
//   brand-known                    1.8066
//   brand-ambiguous                -0.2515
//   brand-caps                     0.4243
//   name-words                     -0.3913
//   name-long                      -0.0166
//   name-noun                      0.9482
//   name-caps                      -1.0534
//   name-lower-start               -1.0387
//   name-digits                    0.0026
//   name-quote                     1.236
//   chrome                         -1.5163
//   in-article                     -0.1896
//   heading                        -0.4971
//   caption                        0.8555
//   list-item                      0.3356
//   table-cell                     -1.6699
//   depth                          0.0059
//   siblings                       1.4474
//   line-length                    0.021
//   line-negative                  0.2639
//   page-negative                  -0.284
//   page-candidates                -0.2619
//   same-price                     -0.3521
//   price-big                      0.6963
//   price-small                    -0.089
//   label-left                     0.0544
//   lang-other                     -0.7924
//   lang:en                        0.4405
//   lang:de                        -0.1053
//   lang:fr                        0.3059
//   lang:it                        -0.0968
//   lang:es                        0.3633
//   lang:nl                        0.4931
//   lang:pl                        0.606
//   lang:sv                        -1.0169
//   lang:ja                        -0.1974
//   name-is-shop                   -0.1731
//   name-is-title                  -0.3214
//   holds-title                    0.2906
//   record-lines                   1.7156
//   name-one-noun                  0.0274
//   name-sentence                  -0.604
//   no-price*siblings              -1.1945
//   no-price*brand-known           -0.8174
//   no-price*url                   0.1836
//   no-price*one-noun              0.7964
//   price-range                    -0.7785
//   candidate-siblings             0.0493
//   page-shop-links                0.2156
//   no-price*shop-links            -0.6412
//   no-price*page-unpriced         2.7016
//   no-price*candidate-siblings    0.7214
//   format:anchor-credit           0.0434
//   format:anchor-maker            -0.3242
//   format:anchor-runon            0.6241
//   maker-lead                     -1.8842
//   maker-tail                     -1.6521
//   maker-inside                   -0.04
//   maker-host                     0.7717
//   maker-read-known               -1.7774
//   no-price*brand-heading-run     2.4761
//   format:anchor-prose-brand      -0.0171
//   format:anchor-cjk              2.0263
//   name-hiragana                  -1.299
//   name-cjk-punct                 -1.0613
//   name-cjk-quoted                0.7654
//   name-cjk-editorial             -0.1848
//   name-cjk-holds-brand           -0.3061
//   format:anchor-group            -0.231
//   in-record                      -0.231
//   record-group-size              -0.2053
//   record-group-priced            0.0262
//   record-group-linked            -0.3426
//   record-seq                     0.0451
//   record-price                   0.021
//   record-shop-link               -0.3121
//   record-buy                     -0.185
//   record-brand-first             -0.2133
//   record-length                  -0.2397
//   record-used                    0
//   record-size-label              0
//   record-group-used              -0.0021
//   record-group-distinct          -0.231
//   page-used                      -0.0014
//   anchor-group*page-used         -0.0014
//   anchor-group*no-shop-link      0.081
//   anchor-group*name-proper       0.0834
//   name-used                      -1.5753
//   shared-credit                  1.215
//   headline-negative              -2.0407
//   format:anchor-own-shop         -0.439
//   own-shop*slot                  0.545
//   own-shop*url-repeats           0.6
//   own-shop*page-slots            0.8571
//   own-shop*page-cart             -0.542
//   format:anchor-of-maker         0.4091
//   cue:first-person               -0.6623
//   cue:recommend                  -0.5294
//   cue:report                     -0.3163
//   format:anchor-possessive       -0.3286
//   used-goods                     -1.3279
//   page-used-goods                -2.4696
//   block-run                      -0.8809
//   block-short-offer              1.2075
//   format:anchor-block            -0.8157
//   format:anchor-maker-first      0.1644
//   cue:past-year                  -0.892
//   cue:parted-or-warned           -0.8473
//   format:anchor-maker-noun       0.8437
//   page-recall-lines              -0.1953
//   page-recall-headline           -0.3538
//   page-unreleased-lines          0.0077
//   page-unreleased-headline       -0.9389
//   maker-section                  0.7872
//   maker-section-h1               -0.7194
//   maker-section-named            0.6948
//   maker-section-distance         0.4309

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.143
//   first-logit                    3.4778
//   same-parent-max                0.5587
//   same-parent-mean               -1.7304
//   same-grandparent-mean          2.5265
//   page-accepted-share            -1.9551
//   format-accepted-share          1.6631
//   no-price*same-parent-mean      0.1506
//   no-price*format-accepted-share -0.0783
//   no-price*first-logit           -0.4495

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

export const DETECT_MODEL: DetectModel = {"weights":[-10.021,1.3966,1.0402,-0.5725,-1.136,-0.5025,0.5371,0.3421,0.09,-0.4748,-0.9253,-0.2436,-1.8418,0.741,0.1131,1.2281,0.4906,1.7915,-0.301,0.1637,0.2352,5.036,1.8066,-0.2515,0.4243,-0.3913,-0.0166,0.9482,-1.0534,-1.0387,0.0026,1.236,-1.5163,-0.1896,-0.4971,0.8555,0.3356,-1.6699,0.0059,1.4474,0.021,0.2639,-0.284,-0.2619,-0.3521,0.6963,-0.089,0.0544,-0.7924,0.4405,-0.1053,0.3059,-0.0968,0.3633,0.4931,0.606,-1.0169,-0.1974,-0.1731,-0.3214,0.2906,1.7156,0.0274,-0.604,-1.1945,-0.8174,0.1836,0.7964,-0.7785,0.0493,0.2156,-0.6412,2.7016,0.7214,0.0434,-0.3242,0.6241,-1.8842,-1.6521,-0.04,0.7717,-1.7774,2.4761,-0.0171,2.0263,-1.299,-1.0613,0.7654,-0.1848,-0.3061,-0.231,-0.231,-0.2053,0.0262,-0.3426,0.0451,0.021,-0.3121,-0.185,-0.2133,-0.2397,0,0,-0.0021,-0.231,-0.0014,-0.0014,0.081,0.0834,-1.5753,1.215,-2.0407,-0.439,0.545,0.6,0.8571,-0.542,0.4091,-0.6623,-0.5294,-0.3163,-0.3286,-1.3279,-2.4696,-0.8809,1.2075,-0.8157,0.1644,-0.892,-0.8473,0.8437,-0.1953,-0.3538,0.0077,-0.9389,0.7872,-0.7194,0.6948,0.4309],"second":[0.143,3.4778,0.5587,-1.7304,2.5265,-1.9551,1.6631,0.1506,-0.0783,-0.4495],"accept":0.5};
