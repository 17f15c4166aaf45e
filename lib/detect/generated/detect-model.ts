// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 924 labelled pages (6966 candidates, 3978 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -10.3385
//   format:table                   1.6843
//   format:card                    0.8561
//   format:brand-then-line         -0.1345
//   format:heading                 -1.0932
//   format:name-then-price         -0.36
//   format:caption                 0.6535
//   format:linked-prose            0.5391
//   format:anchor-line             0.1308
//   format:anchor-list             -0.2882
//   format:anchor-prose            -1.1168
//   format:anchor-record           0.1264
//   format:anchor-carry            -1.87
//   format:anchor-link             0.8159
//   format:anchor-heading          0.0546
//   evidence                       1.1382
//   evidence>=4                    0.5301
//   price                          2.4187
//   retailer                       -0.302
//   url                            0.0643
//   deep-url                       0.259
//   brand                          4.765
//   brand-known                    1.8912
//   brand-ambiguous                -0.1667
//   brand-caps                     0.4024
//   name-words                     -0.3056
//   name-long                      0.0192
//   name-noun                      0.8792
//   name-caps                      -0.76
//   name-lower-start               -1.1124
//   name-digits                    0.1287
//   name-quote                     1.1859
//   chrome                         -1.4019
//   in-article                     -0.5925
//   heading                        -0.3786
//   caption                        0.6318
//   list-item                      0.1435
//   table-cell                     -1.9029
//   depth                          0.4095
//   siblings                       1.4299
//   line-length                    0.5169
//   line-negative                  0.2524
//   page-negative                  -0.7194
//   page-candidates                -0.7426
//   same-price                     -0.3092
//   price-big                      0.7313
//   price-small                    -0.0852
//   label-left                     0.2209
//   lang-other                     -1.1585
//   lang:en                        0.4941
//   lang:de                        -0.1121
//   lang:fr                        0.1251
//   lang:it                        -0.2113
//   lang:es                        0.3011
//   lang:nl                        0.7218
//   lang:pl                        0.716
//   lang:sv                        -0.9627
//   lang:ja                        0.0864
//   name-is-shop                   -0.0681
//   name-is-title                  -0.2024
//   holds-title                    0.1699
//   record-lines                   1.5407
//   name-one-noun                  0.2355
//   name-sentence                  -1.0226
//   no-price*siblings              -1.038
//   no-price*brand-known           -0.8502
//   no-price*url                   0.1443
//   no-price*one-noun              0.8997
//   price-range                    -0.8159
//   candidate-siblings             -0.1366
//   page-shop-links                0.4785
//   no-price*shop-links            -0.6665
//   no-price*page-unpriced         3.4127
//   no-price*candidate-siblings    1.0869
//   format:anchor-credit           0.3001
//   format:anchor-maker            -0.0523
//   format:anchor-runon            0.1548
//   maker-lead                     -1.6117
//   maker-tail                     -1.3977
//   maker-inside                   -0.0906
//   maker-read-known               -1.4577
//   no-price*brand-heading-run     2.4825
//   format:anchor-prose-brand      -0.4757
//   format:anchor-cjk              1.12
//   name-hiragana                  -1.7551
//   name-cjk-punct                 -0.2537
//   name-cjk-quoted                1.4595
//   name-cjk-editorial             -0.2213
//   name-cjk-holds-brand           -0.7639
//   format:anchor-group            -0.2168
//   in-record                      -0.2168
//   record-group-size              -0.1627
//   record-group-priced            -0.0291
//   record-group-linked            -0.2532
//   record-seq                     -0.0421
//   record-price                   -0.0421
//   record-shop-link               -0.3361
//   record-buy                     -0.1959
//   record-brand-first             -0.1791
//   record-length                  -0.2594
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2168
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1194
//   anchor-group*name-proper       0.1143
//   name-used                      -1.2631
//   shared-credit                  1.5448
//   headline-negative              -1.5348
//   format:anchor-own-shop         -0.1433
//   own-shop*slot                  0.6174
//   own-shop*url-repeats           0.4917
//   own-shop*page-slots            0.8736
//   own-shop*page-cart             -0.6597
//   format:anchor-of-maker         -0.0361
//   cue:first-person               -0.5472
//   cue:recommend                  -0.5411
//   cue:report                     -0.1718
//   format:anchor-possessive       -0.2102
//   used-goods                     -1.1235
//   page-used-goods                -2.55
//   block-run                      -0.7835
//   block-short-offer              1.3458
//   format:anchor-block            -0.833
//   format:anchor-maker-first      0.2316
//   cue:past-year                  -1.1679
//   cue:parted-or-warned           -0.8597
//   format:anchor-maker-noun       0.3019

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0126
//   first-logit                    3.2682
//   same-parent-max                0.6916
//   same-parent-mean               -1.7858
//   same-grandparent-mean          2.4935
//   page-accepted-share            -2.0751
//   format-accepted-share          1.8134
//   no-price*same-parent-mean      0.1509
//   no-price*format-accepted-share 0.1101
//   no-price*first-logit           -0.2522

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

export const DETECT_MODEL: DetectModel = {"weights":[-10.3385,1.6843,0.8561,-0.1345,-1.0932,-0.36,0.6535,0.5391,0.1308,-0.2882,-1.1168,0.1264,-1.87,0.8159,0.0546,1.1382,0.5301,2.4187,-0.302,0.0643,0.259,4.765,1.8912,-0.1667,0.4024,-0.3056,0.0192,0.8792,-0.76,-1.1124,0.1287,1.1859,-1.4019,-0.5925,-0.3786,0.6318,0.1435,-1.9029,0.4095,1.4299,0.5169,0.2524,-0.7194,-0.7426,-0.3092,0.7313,-0.0852,0.2209,-1.1585,0.4941,-0.1121,0.1251,-0.2113,0.3011,0.7218,0.716,-0.9627,0.0864,-0.0681,-0.2024,0.1699,1.5407,0.2355,-1.0226,-1.038,-0.8502,0.1443,0.8997,-0.8159,-0.1366,0.4785,-0.6665,3.4127,1.0869,0.3001,-0.0523,0.1548,-1.6117,-1.3977,-0.0906,-1.4577,2.4825,-0.4757,1.12,-1.7551,-0.2537,1.4595,-0.2213,-0.7639,-0.2168,-0.2168,-0.1627,-0.0291,-0.2532,-0.0421,-0.0421,-0.3361,-0.1959,-0.1791,-0.2594,0,0,0,-0.2168,0,0,0.1194,0.1143,-1.2631,1.5448,-1.5348,-0.1433,0.6174,0.4917,0.8736,-0.6597,-0.0361,-0.5472,-0.5411,-0.1718,-0.2102,-1.1235,-2.55,-0.7835,1.3458,-0.833,0.2316,-1.1679,-0.8597,0.3019],"second":[0.0126,3.2682,0.6916,-1.7858,2.4935,-2.0751,1.8134,0.1509,0.1101,-0.2522],"accept":0.5};
