// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1284 labelled pages (8671 candidates, 4854 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.6832
//   format:table                   1.4884
//   format:card                    1.0347
//   format:brand-then-line         -0.2677
//   format:heading                 -1.104
//   format:name-then-price         -0.4832
//   format:caption                 0.4338
//   format:linked-prose            0.4503
//   format:anchor-line             0.2373
//   format:anchor-list             -0.3712
//   format:anchor-prose            -0.8428
//   format:anchor-record           -0.3156
//   format:anchor-carry            -1.8752
//   format:anchor-link             0.8159
//   format:anchor-heading          0.1036
//   format:anchor-heading-prose    -0.5013
//   evidence                       1.275
//   evidence>=4                    0.4194
//   price                          1.1862
//   retailer                       -0.2946
//   url                            0.1816
//   deep-url                       0.2208
//   brand                          5.1732
//   brand-known                    1.7531
//   brand-ambiguous                -0.2284
//   brand-caps                     0.3304
//   name-words                     -0.3914
//   name-long                      0.0013
//   name-noun                      1.0055
//   name-caps                      -0.9713
//   name-lower-start               -1.0364
//   name-digits                    -0.0834
//   name-quote                     1.0366
//   chrome                         -1.561
//   in-article                     -0.1921
//   heading                        -0.5073
//   caption                        0.8896
//   list-item                      0.2984
//   table-cell                     -1.2834
//   depth                          -0.3252
//   siblings                       1.4713
//   line-length                    0.0352
//   line-negative                  0.3353
//   page-negative                  -0.3842
//   page-candidates                -0.061
//   same-price                     -0.3153
//   price-big                      0.7548
//   price-small                    -0.4166
//   label-left                     -0.1868
//   lang-other                     -0.653
//   lang:en                        0.4433
//   lang:de                        -0.0316
//   lang:fr                        0.2232
//   lang:it                        -0.1168
//   lang:es                        0.2534
//   lang:nl                        0.4887
//   lang:pl                        0.5966
//   lang:sv                        -0.8779
//   lang:ja                        -0.3261
//   name-is-shop                   -0.1626
//   name-is-title                  -0.4661
//   holds-title                    0.2396
//   record-lines                   1.9301
//   name-one-noun                  0.1566
//   name-sentence                  -0.8446
//   no-price*siblings              -1.5481
//   no-price*brand-known           -1.0128
//   no-price*url                   0.0898
//   no-price*one-noun              0.5506
//   price-range                    -0.7089
//   candidate-siblings             -0.0327
//   page-shop-links                0.1853
//   no-price*shop-links            -0.9779
//   no-price*page-unpriced         2.6677
//   no-price*candidate-siblings    0.9489
//   format:anchor-credit           0.0104
//   format:anchor-maker            -0.1882
//   format:anchor-runon            0.4818
//   maker-lead                     -1.9061
//   maker-tail                     -1.5215
//   maker-inside                   -0.0535
//   maker-host                     0.7997
//   maker-read-known               -1.2853
//   no-price*brand-heading-run     3.0289
//   format:anchor-prose-brand      0.1112
//   format:anchor-lead             -0.1788
//   format:anchor-cjk              1.7689
//   name-hiragana                  -1.3284
//   name-cjk-punct                 -1.0267
//   name-cjk-quoted                0.7663
//   name-cjk-editorial             -0.0059
//   name-cjk-holds-brand           -0.535
//   format:anchor-group            -0.2274
//   in-record                      -0.2274
//   record-group-size              -0.1254
//   record-group-priced            0.0038
//   record-group-linked            -0.3024
//   record-seq                     0.0199
//   record-price                   -0.0051
//   record-shop-link               -0.1497
//   record-buy                     0.2129
//   record-brand-first             0.2468
//   record-length                  -0.1158
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2274
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      -0.0777
//   anchor-group*name-proper       0.1527
//   name-used                      -1.5843
//   shared-credit                  1.137
//   headline-negative              -2.0194
//   format:anchor-own-shop         -0.2868
//   own-shop*slot                  0.4039
//   own-shop*url-repeats           0.5006
//   own-shop*page-slots            0.9646
//   own-shop*page-cart             -0.6701
//   format:anchor-of-maker         0.2217
//   cue:first-person               -0.3676
//   cue:recommend                  -0.5905
//   cue:report                     -0.2353
//   format:anchor-possessive       -0.4239
//   used-goods                     -1.369
//   page-used-goods                -2.0395
//   block-run                      -1.0329
//   block-short-offer              1.2863
//   format:anchor-block            -0.7299
//   format:anchor-maker-first      0.4725
//   cue:past-year                  -0.8677
//   cue:parted-or-warned           -0.6836
//   format:anchor-maker-noun       0.6053
//   page-recall-lines              -0.1705
//   page-recall-headline           -0.324
//   page-unreleased-lines          0.0248
//   page-unreleased-headline       -0.9703
//   maker-section                  0.0539
//   maker-section-h1               -1.2442
//   maker-section-named            0.6804
//   maker-section-distance         0.2343
//   format:anchor-noun-maker       0.4628
//   maker-shop-price               -0.0707
//   maker-shop-list                -0.4561

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1156
//   first-logit                    3.3882
//   same-parent-max                0.4437
//   same-parent-mean               -1.3452
//   same-grandparent-mean          2.2133
//   page-accepted-share            -1.9018
//   format-accepted-share          1.7384
//   no-price*same-parent-mean      0.0985
//   no-price*format-accepted-share 0.0241
//   no-price*first-logit           -0.4281

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.6832,1.4884,1.0347,-0.2677,-1.104,-0.4832,0.4338,0.4503,0.2373,-0.3712,-0.8428,-0.3156,-1.8752,0.8159,0.1036,-0.5013,1.275,0.4194,1.1862,-0.2946,0.1816,0.2208,5.1732,1.7531,-0.2284,0.3304,-0.3914,0.0013,1.0055,-0.9713,-1.0364,-0.0834,1.0366,-1.561,-0.1921,-0.5073,0.8896,0.2984,-1.2834,-0.3252,1.4713,0.0352,0.3353,-0.3842,-0.061,-0.3153,0.7548,-0.4166,-0.1868,-0.653,0.4433,-0.0316,0.2232,-0.1168,0.2534,0.4887,0.5966,-0.8779,-0.3261,-0.1626,-0.4661,0.2396,1.9301,0.1566,-0.8446,-1.5481,-1.0128,0.0898,0.5506,-0.7089,-0.0327,0.1853,-0.9779,2.6677,0.9489,0.0104,-0.1882,0.4818,-1.9061,-1.5215,-0.0535,0.7997,-1.2853,3.0289,0.1112,-0.1788,1.7689,-1.3284,-1.0267,0.7663,-0.0059,-0.535,-0.2274,-0.2274,-0.1254,0.0038,-0.3024,0.0199,-0.0051,-0.1497,0.2129,0.2468,-0.1158,0,0,0,-0.2274,0,0,-0.0777,0.1527,-1.5843,1.137,-2.0194,-0.2868,0.4039,0.5006,0.9646,-0.6701,0.2217,-0.3676,-0.5905,-0.2353,-0.4239,-1.369,-2.0395,-1.0329,1.2863,-0.7299,0.4725,-0.8677,-0.6836,0.6053,-0.1705,-0.324,0.0248,-0.9703,0.0539,-1.2442,0.6804,0.2343,0.4628,-0.0707,-0.4561],"second":[0.1156,3.3882,0.4437,-1.3452,2.2133,-1.9018,1.7384,0.0985,0.0241,-0.4281],"accept":0.5};
