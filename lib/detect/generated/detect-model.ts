// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1284 labelled pages (8728 candidates, 4869 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.6965
//   format:table                   1.4795
//   format:card                    0.9885
//   format:brand-then-line         -0.2834
//   format:heading                 -1.1135
//   format:name-then-price         -0.501
//   format:caption                 0.4152
//   format:linked-prose            0.4331
//   format:anchor-line             0.2119
//   format:anchor-list             -0.3779
//   format:anchor-prose            -0.8569
//   format:anchor-record           -0.3576
//   format:anchor-carry            -1.8886
//   format:anchor-link             0.8303
//   format:anchor-heading          0.0933
//   format:anchor-heading-prose    -0.4934
//   evidence                       1.2675
//   evidence>=4                    0.4293
//   price                          1.1479
//   retailer                       -0.2396
//   url                            0.1822
//   deep-url                       0.1814
//   brand                          5.193
//   brand-known                    1.7607
//   brand-ambiguous                -0.2369
//   brand-caps                     0.3537
//   name-words                     -0.3074
//   name-long                      -0.0727
//   name-noun                      0.9932
//   name-caps                      -0.9811
//   name-lower-start               -1.0438
//   name-digits                    -0.0963
//   name-quote                     1.1326
//   chrome                         -1.5104
//   in-article                     -0.1683
//   heading                        -0.5375
//   caption                        0.8883
//   list-item                      0.2852
//   table-cell                     -1.6781
//   depth                          -0.3624
//   siblings                       1.4825
//   line-length                    -0.029
//   line-negative                  0.3501
//   page-negative                  -0.4043
//   page-candidates                0.0667
//   same-price                     -0.3383
//   price-big                      0.7651
//   price-small                    -0.3968
//   label-left                     -0.0845
//   lang-other                     -0.6693
//   lang:en                        0.4335
//   lang:de                        -0.0281
//   lang:fr                        0.2495
//   lang:it                        -0.1185
//   lang:es                        0.2431
//   lang:nl                        0.4848
//   lang:pl                        0.5872
//   lang:sv                        -0.858
//   lang:ja                        -0.3241
//   name-is-shop                   -0.0968
//   name-is-title                  -0.4302
//   holds-title                    0.2529
//   record-lines                   1.9264
//   name-one-noun                  0.1872
//   name-sentence                  -0.8587
//   no-price*siblings              -1.5637
//   no-price*brand-known           -1.0419
//   no-price*url                   0.0137
//   no-price*one-noun              0.4819
//   price-range                    -0.7045
//   candidate-siblings             -0.0504
//   page-shop-links                0.1551
//   no-price*shop-links            -0.9807
//   no-price*page-unpriced         2.6923
//   no-price*candidate-siblings    0.9098
//   format:anchor-credit           0.0006
//   format:anchor-maker            -0.2168
//   format:anchor-runon            0.5658
//   maker-lead                     -1.9023
//   maker-tail                     -1.514
//   maker-inside                   -0.0485
//   maker-host                     0.6651
//   maker-read-known               -1.3694
//   no-price*brand-heading-run     3.0351
//   format:anchor-prose-brand      -0.0018
//   format:anchor-lead             -0.1641
//   format:anchor-cjk              1.7529
//   name-hiragana                  -1.3291
//   name-cjk-punct                 -1.0149
//   name-cjk-quoted                0.7547
//   name-cjk-editorial             -0.0076
//   name-cjk-holds-brand           -0.5496
//   format:anchor-group            -0.2249
//   in-record                      -0.2249
//   record-group-size              -0.1266
//   record-group-priced            0.0003
//   record-group-linked            -0.2928
//   record-seq                     0.0124
//   record-price                   -0.0125
//   record-shop-link               -0.1486
//   record-buy                     0.2173
//   record-brand-first             0.2515
//   record-length                  -0.1149
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2249
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      -0.0763
//   anchor-group*name-proper       0.1656
//   name-used                      -1.6072
//   shared-credit                  1.1329
//   headline-negative              -2.0523
//   format:anchor-own-shop         -0.3055
//   own-shop*slot                  0.4133
//   own-shop*url-repeats           0.5081
//   own-shop*page-slots            0.9491
//   own-shop*page-cart             -0.6659
//   format:anchor-of-maker         0.2147
//   cue:first-person               -0.3531
//   cue:recommend                  -0.5251
//   cue:report                     -0.2859
//   format:anchor-possessive       -0.4293
//   used-goods                     -1.3922
//   page-used-goods                -1.8357
//   block-run                      -1.0833
//   block-short-offer              1.3154
//   format:anchor-block            -0.7482
//   format:anchor-maker-first      0.4601
//   cue:past-year                  -0.852
//   cue:parted-or-warned           -0.6945
//   format:anchor-maker-noun       0.6531
//   page-recall-lines              -0.1619
//   page-recall-headline           -0.3158
//   page-unreleased-lines          0.0044
//   page-unreleased-headline       -0.9971
//   maker-section                  0.0928
//   maker-section-h1               -1.246
//   maker-section-named            0.7016
//   maker-section-distance         0.2438
//   format:anchor-noun-maker       0.4638
//   format:anchor-capital-maker    0.0136
//   capital-maker:one-word         -0.9344
//   capital-maker:whole-run        0.0446
//   capital-maker:repeated         -0.3114
//   capital-maker:maker-after      -0.4242
//   capital-maker:known-in-line    -0.4214

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1108
//   first-logit                    3.3886
//   same-parent-max                0.4886
//   same-parent-mean               -1.3557
//   same-grandparent-mean          2.2375
//   page-accepted-share            -2.0233
//   format-accepted-share          1.8064
//   no-price*same-parent-mean      0.2393
//   no-price*format-accepted-share -0.1081
//   no-price*first-logit           -0.404

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.6965,1.4795,0.9885,-0.2834,-1.1135,-0.501,0.4152,0.4331,0.2119,-0.3779,-0.8569,-0.3576,-1.8886,0.8303,0.0933,-0.4934,1.2675,0.4293,1.1479,-0.2396,0.1822,0.1814,5.193,1.7607,-0.2369,0.3537,-0.3074,-0.0727,0.9932,-0.9811,-1.0438,-0.0963,1.1326,-1.5104,-0.1683,-0.5375,0.8883,0.2852,-1.6781,-0.3624,1.4825,-0.029,0.3501,-0.4043,0.0667,-0.3383,0.7651,-0.3968,-0.0845,-0.6693,0.4335,-0.0281,0.2495,-0.1185,0.2431,0.4848,0.5872,-0.858,-0.3241,-0.0968,-0.4302,0.2529,1.9264,0.1872,-0.8587,-1.5637,-1.0419,0.0137,0.4819,-0.7045,-0.0504,0.1551,-0.9807,2.6923,0.9098,0.0006,-0.2168,0.5658,-1.9023,-1.514,-0.0485,0.6651,-1.3694,3.0351,-0.0018,-0.1641,1.7529,-1.3291,-1.0149,0.7547,-0.0076,-0.5496,-0.2249,-0.2249,-0.1266,0.0003,-0.2928,0.0124,-0.0125,-0.1486,0.2173,0.2515,-0.1149,0,0,0,-0.2249,0,0,-0.0763,0.1656,-1.6072,1.1329,-2.0523,-0.3055,0.4133,0.5081,0.9491,-0.6659,0.2147,-0.3531,-0.5251,-0.2859,-0.4293,-1.3922,-1.8357,-1.0833,1.3154,-0.7482,0.4601,-0.852,-0.6945,0.6531,-0.1619,-0.3158,0.0044,-0.9971,0.0928,-1.246,0.7016,0.2438,0.4638,0.0136,-0.9344,0.0446,-0.3114,-0.4242,-0.4214],"second":[0.1108,3.3886,0.4886,-1.3557,2.2375,-2.0233,1.8064,0.2393,-0.1081,-0.404],"accept":0.5};
