// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1284 labelled pages (8649 candidates, 4841 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.7593
//   format:table                   1.4911
//   format:card                    1.0064
//   format:brand-then-line         -0.3055
//   format:heading                 -1.112
//   format:name-then-price         -0.4934
//   format:caption                 0.3965
//   format:linked-prose            0.4253
//   format:anchor-line             0.1793
//   format:anchor-list             -0.3718
//   format:anchor-prose            -0.9268
//   format:anchor-record           -0.3463
//   format:anchor-carry            -1.9191
//   format:anchor-link             0.7801
//   format:anchor-heading          0.0708
//   format:anchor-heading-prose    -0.5273
//   evidence                       1.2803
//   evidence>=4                    0.4049
//   price                          1.2644
//   retailer                       -0.2784
//   url                            0.1795
//   deep-url                       0.2131
//   brand                          5.2067
//   brand-known                    1.7395
//   brand-ambiguous                -0.2336
//   brand-caps                     0.3492
//   name-words                     -0.3096
//   name-long                      -0.065
//   name-noun                      0.9815
//   name-caps                      -0.8884
//   name-lower-start               -1.055
//   name-digits                    -0.1131
//   name-quote                     1.1469
//   chrome                         -1.5267
//   in-article                     -0.1769
//   heading                        -0.5311
//   caption                        0.8965
//   list-item                      0.3058
//   table-cell                     -1.6631
//   depth                          -0.3324
//   siblings                       1.5061
//   line-length                    0.063
//   line-negative                  0.2777
//   page-negative                  -0.3739
//   page-candidates                -0.0712
//   same-price                     -0.3389
//   price-big                      0.8873
//   price-small                    -0.4152
//   label-left                     -0.0819
//   lang-other                     -0.614
//   lang:en                        0.4504
//   lang:de                        -0.0082
//   lang:fr                        0.2637
//   lang:it                        -0.1012
//   lang:es                        0.2715
//   lang:nl                        0.4972
//   lang:pl                        0.6009
//   lang:sv                        -0.8748
//   lang:ja                        -0.4854
//   name-is-shop                   -0.17
//   name-is-title                  -0.4337
//   holds-title                    0.2562
//   record-lines                   1.8783
//   name-one-noun                  0.1839
//   name-sentence                  -0.8607
//   no-price*siblings              -1.5608
//   no-price*brand-known           -0.9984
//   no-price*url                   0.0979
//   no-price*one-noun              0.5674
//   price-range                    -0.7461
//   candidate-siblings             -0.0715
//   page-shop-links                0.1945
//   no-price*shop-links            -0.9584
//   no-price*page-unpriced         2.6644
//   no-price*candidate-siblings    0.9644
//   format:anchor-credit           0.0179
//   format:anchor-maker            -0.2619
//   format:anchor-runon            0.5937
//   maker-lead                     -1.9258
//   maker-tail                     -1.5553
//   maker-inside                   -0.054
//   maker-host                     0.7986
//   maker-read-known               -1.2751
//   no-price*brand-heading-run     3.0415
//   format:anchor-prose-brand      0.104
//   format:anchor-lead             -0.1971
//   format:anchor-cjk              1.9647
//   name-hiragana                  -1.324
//   name-cjk-punct                 -1.0047
//   name-cjk-quoted                0.6829
//   name-cjk-editorial             0.0203
//   name-cjk-holds-brand           -0.5307
//   format:anchor-group            -0.2331
//   in-record                      -0.2331
//   record-group-size              -0.1296
//   record-group-priced            -0.0032
//   record-group-linked            -0.2972
//   record-seq                     0.0098
//   record-price                   -0.0147
//   record-shop-link               -0.149
//   record-buy                     0.2173
//   record-brand-first             0.2545
//   record-length                  -0.1231
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2331
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      -0.084
//   anchor-group*name-proper       0.1678
//   name-used                      -1.6173
//   shared-credit                  1.1399
//   headline-negative              -2.0473
//   format:anchor-own-shop         -0.2988
//   own-shop*slot                  0.4251
//   own-shop*url-repeats           0.5033
//   own-shop*page-slots            0.9662
//   own-shop*page-cart             -0.6957
//   format:anchor-of-maker         0.2269
//   cue:first-person               -0.4032
//   cue:recommend                  -0.456
//   cue:report                     -0.257
//   format:anchor-possessive       -0.4279
//   used-goods                     -1.3907
//   page-used-goods                -1.8646
//   block-run                      -1.0041
//   block-short-offer              1.2765
//   format:anchor-block            -0.7522
//   format:anchor-maker-first      0.4889
//   cue:past-year                  -0.8849
//   cue:parted-or-warned           -0.6994
//   format:anchor-maker-noun       0.6155
//   page-recall-lines              -0.1741
//   page-recall-headline           -0.3293
//   page-unreleased-lines          0.01
//   page-unreleased-headline       -0.9856
//   maker-section                  0.0164
//   maker-section-h1               -1.2407
//   maker-section-named            0.6924
//   maker-section-distance         0.2179
//   format:anchor-noun-maker       0.445

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0824
//   first-logit                    3.4008
//   same-parent-max                0.5087
//   same-parent-mean               -1.351
//   same-grandparent-mean          2.1422
//   page-accepted-share            -1.8814
//   format-accepted-share          1.7984
//   no-price*same-parent-mean      0.1723
//   no-price*format-accepted-share -0.1025
//   no-price*first-logit           -0.4111

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.7593,1.4911,1.0064,-0.3055,-1.112,-0.4934,0.3965,0.4253,0.1793,-0.3718,-0.9268,-0.3463,-1.9191,0.7801,0.0708,-0.5273,1.2803,0.4049,1.2644,-0.2784,0.1795,0.2131,5.2067,1.7395,-0.2336,0.3492,-0.3096,-0.065,0.9815,-0.8884,-1.055,-0.1131,1.1469,-1.5267,-0.1769,-0.5311,0.8965,0.3058,-1.6631,-0.3324,1.5061,0.063,0.2777,-0.3739,-0.0712,-0.3389,0.8873,-0.4152,-0.0819,-0.614,0.4504,-0.0082,0.2637,-0.1012,0.2715,0.4972,0.6009,-0.8748,-0.4854,-0.17,-0.4337,0.2562,1.8783,0.1839,-0.8607,-1.5608,-0.9984,0.0979,0.5674,-0.7461,-0.0715,0.1945,-0.9584,2.6644,0.9644,0.0179,-0.2619,0.5937,-1.9258,-1.5553,-0.054,0.7986,-1.2751,3.0415,0.104,-0.1971,1.9647,-1.324,-1.0047,0.6829,0.0203,-0.5307,-0.2331,-0.2331,-0.1296,-0.0032,-0.2972,0.0098,-0.0147,-0.149,0.2173,0.2545,-0.1231,0,0,0,-0.2331,0,0,-0.084,0.1678,-1.6173,1.1399,-2.0473,-0.2988,0.4251,0.5033,0.9662,-0.6957,0.2269,-0.4032,-0.456,-0.257,-0.4279,-1.3907,-1.8646,-1.0041,1.2765,-0.7522,0.4889,-0.8849,-0.6994,0.6155,-0.1741,-0.3293,0.01,-0.9856,0.0164,-1.2407,0.6924,0.2179,0.445],"second":[0.0824,3.4008,0.5087,-1.351,2.1422,-1.8814,1.7984,0.1723,-0.1025,-0.4111],"accept":0.5};
