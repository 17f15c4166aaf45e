// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1356 labelled pages (9114 candidates, 5058 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -10.3417
//   format:table                   1.3503
//   format:card                    1.0043
//   format:brand-then-line         -0.2891
//   format:heading                 -1.108
//   format:name-then-price         -0.5143
//   format:caption                 0.5203
//   format:linked-prose            0.4125
//   format:anchor-line             0.1911
//   format:anchor-list             -0.2785
//   format:anchor-prose            -0.8232
//   format:anchor-record           -0.3917
//   format:anchor-carry            -1.9845
//   format:anchor-link             0.5199
//   format:anchor-heading          0.0245
//   format:anchor-heading-prose    -0.5519
//   evidence                       1.3276
//   evidence>=4                    0.3067
//   price                          1.3407
//   retailer                       -0.2413
//   url                            0.1844
//   deep-url                       0.2309
//   brand                          5.1845
//   brand-known                    1.8127
//   brand-ambiguous                -0.2663
//   brand-caps                     0.3094
//   name-words                     -0.4335
//   name-long                      -0.213
//   name-noun                      0.9834
//   name-caps                      -0.8687
//   name-lower-start               -0.9954
//   name-digits                    -0.1149
//   name-quote                     1.1042
//   chrome                         -1.4809
//   in-article                     0.0458
//   heading                        -0.5465
//   caption                        0.7736
//   list-item                      0.2327
//   table-cell                     -1.3788
//   depth                          -0.003
//   siblings                       1.4845
//   line-length                    0.0317
//   line-negative                  0.4616
//   page-negative                  -0.5065
//   page-candidates                0.114
//   same-price                     -0.3536
//   price-big                      0.9385
//   price-small                    -0.5292
//   label-left                     -0.1338
//   lang-other                     -0.6497
//   lang:en                        0.4512
//   lang:de                        -0.0164
//   lang:fr                        0.2168
//   lang:it                        -0.0541
//   lang:es                        0.2455
//   lang:nl                        0.4047
//   lang:pl                        0.6685
//   lang:sv                        -0.8242
//   lang:ja                        -0.4422
//   name-is-shop                   -0.0285
//   name-is-title                  -0.4556
//   holds-title                    0.2882
//   record-lines                   1.8932
//   name-one-noun                  0.1256
//   name-sentence                  -0.7513
//   no-price*siblings              -1.6139
//   no-price*brand-known           -0.902
//   no-price*url                   0.1541
//   no-price*one-noun              0.5258
//   price-range                    -0.707
//   candidate-siblings             -0.019
//   page-shop-links                0.1773
//   no-price*shop-links            -0.9344
//   no-price*page-unpriced         2.6646
//   no-price*candidate-siblings    0.7575
//   format:anchor-credit           0.1123
//   format:anchor-maker            -0.2479
//   format:anchor-runon            0.5586
//   maker-lead                     -1.8291
//   maker-tail                     -1.5112
//   maker-inside                   -0.0444
//   maker-host                     0.6294
//   maker-read-known               -1.4238
//   no-price*brand-heading-run     2.9933
//   format:anchor-prose-brand      -0.1625
//   format:anchor-lead             -0.0395
//   format:anchor-cjk              1.8658
//   name-hiragana                  -1.3416
//   name-cjk-punct                 -1.0059
//   name-cjk-quoted                0.6855
//   name-cjk-editorial             0.0106
//   name-cjk-holds-brand           -0.5229
//   format:anchor-group            -0.2059
//   in-record                      -0.2059
//   record-group-size              -0.1061
//   record-group-priced            -0.0343
//   record-group-linked            -0.2475
//   record-seq                     -0.0263
//   record-price                   -0.0522
//   record-shop-link               -0.1816
//   record-buy                     0.1952
//   record-brand-first             0.2397
//   record-length                  -0.1191
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2059
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      -0.0243
//   anchor-group*name-proper       0.163
//   name-used                      -1.5036
//   shared-credit                  1.112
//   headline-negative              -2.0322
//   format:anchor-own-shop         -0.2835
//   own-shop*slot                  0.3693
//   own-shop*url-repeats           0.5392
//   own-shop*page-slots            0.8586
//   own-shop*page-cart             -0.6187
//   format:anchor-of-maker         0.3252
//   cue:first-person               -0.1372
//   cue:recommend                  -0.5465
//   cue:report                     0.2772
//   format:anchor-possessive       -0.4702
//   used-goods                     -1.3112
//   page-used-goods                -2.0237
//   block-run                      -1.0535
//   block-short-offer              1.2691
//   format:anchor-block            -0.7294
//   format:anchor-maker-first      0.5884
//   cue:past-year                  -0.7868
//   cue:parted-or-warned           -0.2501
//   format:anchor-maker-noun       0.5073
//   page-recall-lines              -0.1951
//   page-recall-headline           -0.4028
//   page-unreleased-lines          0.0854
//   page-unreleased-headline       -0.9185
//   maker-section                  0.0898
//   maker-section-h1               -1.2541
//   maker-section-named            0.7263
//   maker-section-distance         0.2485
//   format:anchor-noun-maker       0.5844
//   format:anchor-capital-maker    -0.2088
//   capital-maker:one-word         -0.6562
//   capital-maker:whole-run        0.2347
//   capital-maker:repeated         -0.0393
//   capital-maker:maker-after      -0.9059
//   capital-maker:known-in-line    -0.6191
//   maker-shop-price               -0.1403
//   maker-shop-list                -0.6963
//   list-item-maker                0.8469

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0527
//   first-logit                    3.3694
//   same-parent-max                0.6024
//   same-parent-mean               -1.5284
//   same-grandparent-mean          2.2643
//   page-accepted-share            -1.8347
//   format-accepted-share          1.7104
//   no-price*same-parent-mean      0.1835
//   no-price*format-accepted-share -0.0839
//   no-price*first-logit           -0.3601

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

export const DETECT_MODEL: DetectModel = {"weights":[-10.3417,1.3503,1.0043,-0.2891,-1.108,-0.5143,0.5203,0.4125,0.1911,-0.2785,-0.8232,-0.3917,-1.9845,0.5199,0.0245,-0.5519,1.3276,0.3067,1.3407,-0.2413,0.1844,0.2309,5.1845,1.8127,-0.2663,0.3094,-0.4335,-0.213,0.9834,-0.8687,-0.9954,-0.1149,1.1042,-1.4809,0.0458,-0.5465,0.7736,0.2327,-1.3788,-0.003,1.4845,0.0317,0.4616,-0.5065,0.114,-0.3536,0.9385,-0.5292,-0.1338,-0.6497,0.4512,-0.0164,0.2168,-0.0541,0.2455,0.4047,0.6685,-0.8242,-0.4422,-0.0285,-0.4556,0.2882,1.8932,0.1256,-0.7513,-1.6139,-0.902,0.1541,0.5258,-0.707,-0.019,0.1773,-0.9344,2.6646,0.7575,0.1123,-0.2479,0.5586,-1.8291,-1.5112,-0.0444,0.6294,-1.4238,2.9933,-0.1625,-0.0395,1.8658,-1.3416,-1.0059,0.6855,0.0106,-0.5229,-0.2059,-0.2059,-0.1061,-0.0343,-0.2475,-0.0263,-0.0522,-0.1816,0.1952,0.2397,-0.1191,0,0,0,-0.2059,0,0,-0.0243,0.163,-1.5036,1.112,-2.0322,-0.2835,0.3693,0.5392,0.8586,-0.6187,0.3252,-0.1372,-0.5465,0.2772,-0.4702,-1.3112,-2.0237,-1.0535,1.2691,-0.7294,0.5884,-0.7868,-0.2501,0.5073,-0.1951,-0.4028,0.0854,-0.9185,0.0898,-1.2541,0.7263,0.2485,0.5844,-0.2088,-0.6562,0.2347,-0.0393,-0.9059,-0.6191,-0.1403,-0.6963,0.8469],"second":[0.0527,3.3694,0.6024,-1.5284,2.2643,-1.8347,1.7104,0.1835,-0.0839,-0.3601],"accept":0.5};
