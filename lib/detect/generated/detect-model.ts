// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1356 labelled pages (9146 candidates, 5074 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -10.3666
//   format:table                   1.3503
//   format:card                    1.0134
//   format:brand-then-line         -0.2854
//   format:heading                 -1.1009
//   format:name-then-price         -0.5043
//   format:caption                 0.5242
//   format:linked-prose            0.4198
//   format:anchor-line             0.1932
//   format:anchor-list             -0.2817
//   format:anchor-prose            -0.821
//   format:anchor-record           -0.3937
//   format:anchor-carry            -1.9833
//   format:anchor-link             0.5126
//   format:anchor-heading          0.0194
//   format:anchor-heading-prose    -0.5538
//   evidence                       1.3252
//   evidence>=4                    0.2952
//   price                          1.3381
//   retailer                       -0.2304
//   url                            0.1787
//   deep-url                       0.2257
//   brand                          5.193
//   brand-known                    1.8094
//   brand-ambiguous                -0.2588
//   brand-caps                     0.3076
//   name-words                     -0.4232
//   name-long                      -0.2811
//   name-noun                      0.9777
//   name-caps                      -0.8712
//   name-lower-start               -1.003
//   name-digits                    -0.113
//   name-quote                     1.0965
//   chrome                         -1.4762
//   in-article                     0.0103
//   heading                        -0.5406
//   caption                        0.7891
//   list-item                      0.2313
//   table-cell                     -1.3856
//   depth                          0.0087
//   siblings                       1.503
//   line-length                    0.0671
//   line-negative                  0.4493
//   page-negative                  -0.5066
//   page-candidates                0.1233
//   same-price                     -0.3495
//   price-big                      0.9349
//   price-small                    -0.5345
//   label-left                     -0.1319
//   lang-other                     -0.6644
//   lang:en                        0.4471
//   lang:de                        -0.0101
//   lang:fr                        0.2156
//   lang:it                        -0.0694
//   lang:es                        0.2481
//   lang:nl                        0.3983
//   lang:pl                        0.6704
//   lang:sv                        -0.7862
//   lang:ja                        -0.4494
//   name-is-shop                   -0.0289
//   name-is-title                  -0.4561
//   holds-title                    0.2919
//   record-lines                   1.9001
//   name-one-noun                  0.1361
//   name-sentence                  -0.6757
//   no-price*siblings              -1.6274
//   no-price*brand-known           -0.8972
//   no-price*url                   0.1625
//   no-price*one-noun              0.5186
//   price-range                    -0.7291
//   candidate-siblings             0.0009
//   page-shop-links                0.1502
//   no-price*shop-links            -0.9077
//   no-price*page-unpriced         2.6649
//   no-price*candidate-siblings    0.7442
//   format:anchor-credit           0.1119
//   format:anchor-maker            -0.2509
//   format:anchor-runon            0.5635
//   maker-lead                     -1.8345
//   maker-tail                     -1.5296
//   maker-inside                   -0.0476
//   maker-host                     0.6187
//   maker-read-known               -1.354
//   no-price*brand-heading-run     2.9928
//   format:anchor-prose-brand      -0.1676
//   format:anchor-lead             -0.0517
//   format:anchor-cjk              1.8666
//   name-hiragana                  -1.3443
//   name-cjk-punct                 -1.0058
//   name-cjk-quoted                0.6873
//   name-cjk-editorial             0.0102
//   name-cjk-holds-brand           -0.5214
//   format:anchor-group            -0.2045
//   in-record                      -0.2045
//   record-group-size              -0.106
//   record-group-priced            -0.0334
//   record-group-linked            -0.2468
//   record-seq                     -0.0248
//   record-price                   -0.0513
//   record-shop-link               -0.1796
//   record-buy                     0.1953
//   record-brand-first             0.2397
//   record-length                  -0.1176
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2045
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      -0.0249
//   anchor-group*name-proper       0.1653
//   name-used                      -1.4944
//   shared-credit                  1.0998
//   headline-negative              -2.0607
//   format:anchor-own-shop         -0.2852
//   own-shop*slot                  0.3718
//   own-shop*url-repeats           0.5407
//   own-shop*page-slots            0.8594
//   own-shop*page-cart             -0.621
//   format:anchor-of-maker         0.3252
//   cue:first-person               -0.1362
//   cue:recommend                  -0.5461
//   cue:report                     0.2722
//   format:anchor-possessive       -0.478
//   used-goods                     -1.3008
//   page-used-goods                -2.0302
//   block-run                      -1.0659
//   block-short-offer              1.2794
//   format:anchor-block            -0.726
//   format:anchor-maker-first      0.5931
//   cue:past-year                  -0.792
//   cue:parted-or-warned           -0.2529
//   format:anchor-maker-noun       0.503
//   page-recall-lines              -0.1862
//   page-recall-headline           -0.3958
//   page-unreleased-lines          0.0807
//   page-unreleased-headline       -0.9191
//   maker-section                  0.0424
//   maker-section-h1               -1.2423
//   maker-section-named            0.7156
//   maker-section-distance         0.2307
//   format:anchor-noun-maker       0.5841
//   format:anchor-capital-maker    -0.2085
//   capital-maker:one-word         -0.6585
//   capital-maker:whole-run        0.2395
//   capital-maker:repeated         -0.0412
//   capital-maker:maker-after      -0.9045
//   capital-maker:known-in-line    -0.6194
//   maker-shop-price               -0.1538
//   maker-shop-list                -0.7004
//   list-item-maker                0.848
//   maker-near                     0.3938
//   maker-near-tail                0.4825
//   maker-near-lines               -0.5724
//   maker-near-sentences           -0.3239
//   maker-near-others              -0.8301
//   maker-near-prices              0.3346
//   maker-near-page                -0.0572
//   maker-near-store               -0.361
//   maker-near-name-caps           0.7048

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0815
//   first-logit                    3.3922
//   same-parent-max                0.569
//   same-parent-mean               -1.5313
//   same-grandparent-mean          2.3307
//   page-accepted-share            -1.8778
//   format-accepted-share          1.6708
//   no-price*same-parent-mean      0.2222
//   no-price*format-accepted-share -0.113
//   no-price*first-logit           -0.3524

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

export const DETECT_MODEL: DetectModel = {"weights":[-10.3666,1.3503,1.0134,-0.2854,-1.1009,-0.5043,0.5242,0.4198,0.1932,-0.2817,-0.821,-0.3937,-1.9833,0.5126,0.0194,-0.5538,1.3252,0.2952,1.3381,-0.2304,0.1787,0.2257,5.193,1.8094,-0.2588,0.3076,-0.4232,-0.2811,0.9777,-0.8712,-1.003,-0.113,1.0965,-1.4762,0.0103,-0.5406,0.7891,0.2313,-1.3856,0.0087,1.503,0.0671,0.4493,-0.5066,0.1233,-0.3495,0.9349,-0.5345,-0.1319,-0.6644,0.4471,-0.0101,0.2156,-0.0694,0.2481,0.3983,0.6704,-0.7862,-0.4494,-0.0289,-0.4561,0.2919,1.9001,0.1361,-0.6757,-1.6274,-0.8972,0.1625,0.5186,-0.7291,0.0009,0.1502,-0.9077,2.6649,0.7442,0.1119,-0.2509,0.5635,-1.8345,-1.5296,-0.0476,0.6187,-1.354,2.9928,-0.1676,-0.0517,1.8666,-1.3443,-1.0058,0.6873,0.0102,-0.5214,-0.2045,-0.2045,-0.106,-0.0334,-0.2468,-0.0248,-0.0513,-0.1796,0.1953,0.2397,-0.1176,0,0,0,-0.2045,0,0,-0.0249,0.1653,-1.4944,1.0998,-2.0607,-0.2852,0.3718,0.5407,0.8594,-0.621,0.3252,-0.1362,-0.5461,0.2722,-0.478,-1.3008,-2.0302,-1.0659,1.2794,-0.726,0.5931,-0.792,-0.2529,0.503,-0.1862,-0.3958,0.0807,-0.9191,0.0424,-1.2423,0.7156,0.2307,0.5841,-0.2085,-0.6585,0.2395,-0.0412,-0.9045,-0.6194,-0.1538,-0.7004,0.848,0.3938,0.4825,-0.5724,-0.3239,-0.8301,0.3346,-0.0572,-0.361,0.7048],"second":[0.0815,3.3922,0.569,-1.5313,2.3307,-1.8778,1.6708,0.2222,-0.113,-0.3524],"accept":0.5};
