// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1284 labelled pages (8767 candidates, 4896 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.7638
//   format:table                   1.4833
//   format:card                    0.9826
//   format:brand-then-line         -0.3001
//   format:heading                 -1.1112
//   format:name-then-price         -0.5039
//   format:caption                 0.3983
//   format:linked-prose            0.4232
//   format:anchor-line             0.1811
//   format:anchor-list             -0.3608
//   format:anchor-prose            -0.9033
//   format:anchor-record           -0.3729
//   format:anchor-carry            -1.9385
//   format:anchor-link             0.816
//   format:anchor-heading          0.0788
//   format:anchor-heading-prose    -0.515
//   evidence                       1.2938
//   evidence>=4                    0.4123
//   price                          1.2197
//   retailer                       -0.2348
//   url                            0.1751
//   deep-url                       0.1822
//   brand                          5.2026
//   brand-known                    1.7464
//   brand-ambiguous                -0.2393
//   brand-caps                     0.3771
//   name-words                     -0.2924
//   name-long                      -0.0757
//   name-noun                      0.984
//   name-caps                      -0.8848
//   name-lower-start               -1.0184
//   name-digits                    -0.0996
//   name-quote                     1.1438
//   chrome                         -1.5153
//   in-article                     -0.144
//   heading                        -0.5514
//   caption                        0.8705
//   list-item                      0.2847
//   table-cell                     -1.681
//   depth                          -0.3625
//   siblings                       1.4901
//   line-length                    -0.0177
//   line-negative                  0.3385
//   page-negative                  -0.4094
//   page-candidates                0.0521
//   same-price                     -0.353
//   price-big                      0.8951
//   price-small                    -0.4099
//   label-left                     -0.0816
//   lang-other                     -0.633
//   lang:en                        0.4518
//   lang:de                        -0.0138
//   lang:fr                        0.2814
//   lang:it                        -0.1084
//   lang:es                        0.261
//   lang:nl                        0.4985
//   lang:pl                        0.5933
//   lang:sv                        -0.8482
//   lang:ja                        -0.4826
//   name-is-shop                   -0.0333
//   name-is-title                  -0.4358
//   holds-title                    0.2558
//   record-lines                   1.8807
//   name-one-noun                  0.1755
//   name-sentence                  -0.9255
//   no-price*siblings              -1.5648
//   no-price*brand-known           -1.0096
//   no-price*url                   0.0274
//   no-price*one-noun              0.5079
//   price-range                    -0.7284
//   candidate-siblings             -0.0714
//   page-shop-links                0.1706
//   no-price*shop-links            -0.9967
//   no-price*page-unpriced         2.6787
//   no-price*candidate-siblings    0.9318
//   format:anchor-credit           0.0513
//   format:anchor-maker            -0.2525
//   format:anchor-runon            0.5142
//   maker-lead                     -1.915
//   maker-tail                     -1.5303
//   maker-inside                   -0.0481
//   maker-host                     0.6607
//   maker-read-known               -1.3553
//   no-price*brand-heading-run     3.0522
//   format:anchor-prose-brand      -0.0012
//   format:anchor-lead             -0.1531
//   format:anchor-cjk              1.9641
//   name-hiragana                  -1.3296
//   name-cjk-punct                 -0.9991
//   name-cjk-quoted                0.6652
//   name-cjk-editorial             0.0115
//   name-cjk-holds-brand           -0.5447
//   format:anchor-group            -0.225
//   in-record                      -0.225
//   record-group-size              -0.1253
//   record-group-priced            -0.0075
//   record-group-linked            -0.2854
//   record-seq                     0.0046
//   record-price                   -0.0203
//   record-shop-link               -0.1468
//   record-buy                     0.2188
//   record-brand-first             0.2519
//   record-length                  -0.118
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.225
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      -0.0782
//   anchor-group*name-proper       0.1727
//   name-used                      -1.5925
//   shared-credit                  1.1316
//   headline-negative              -2.0531
//   format:anchor-own-shop         -0.2975
//   own-shop*slot                  0.4142
//   own-shop*url-repeats           0.5154
//   own-shop*page-slots            0.9531
//   own-shop*page-cart             -0.6683
//   format:anchor-of-maker         0.2177
//   cue:first-person               -0.367
//   cue:recommend                  -0.5256
//   cue:report                     -0.2686
//   format:anchor-possessive       -0.4097
//   used-goods                     -1.3795
//   page-used-goods                -1.8597
//   block-run                      -1.0486
//   block-short-offer              1.297
//   format:anchor-block            -0.753
//   format:anchor-maker-first      0.4659
//   cue:past-year                  -0.8658
//   cue:parted-or-warned           -0.6938
//   format:anchor-maker-noun       0.575
//   page-recall-lines              -0.1622
//   page-recall-headline           -0.3156
//   page-unreleased-lines          0.013
//   page-unreleased-headline       -0.9855
//   maker-section                  0.0728
//   maker-section-h1               -1.2449
//   maker-section-named            0.7095
//   maker-section-distance         0.2343
//   format:anchor-noun-maker       0.5692
//   format:anchor-capital-maker    0.0304
//   capital-maker:one-word         -0.9335
//   capital-maker:whole-run        0.0275
//   capital-maker:repeated         -0.3131
//   capital-maker:maker-after      -0.4245
//   capital-maker:known-in-line    -0.4099

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1026
//   first-logit                    3.393
//   same-parent-max                0.4977
//   same-parent-mean               -1.3468
//   same-grandparent-mean          2.2144
//   page-accepted-share            -1.9902
//   format-accepted-share          1.7967
//   no-price*same-parent-mean      0.218
//   no-price*format-accepted-share -0.1044
//   no-price*first-logit           -0.3887

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.7638,1.4833,0.9826,-0.3001,-1.1112,-0.5039,0.3983,0.4232,0.1811,-0.3608,-0.9033,-0.3729,-1.9385,0.816,0.0788,-0.515,1.2938,0.4123,1.2197,-0.2348,0.1751,0.1822,5.2026,1.7464,-0.2393,0.3771,-0.2924,-0.0757,0.984,-0.8848,-1.0184,-0.0996,1.1438,-1.5153,-0.144,-0.5514,0.8705,0.2847,-1.681,-0.3625,1.4901,-0.0177,0.3385,-0.4094,0.0521,-0.353,0.8951,-0.4099,-0.0816,-0.633,0.4518,-0.0138,0.2814,-0.1084,0.261,0.4985,0.5933,-0.8482,-0.4826,-0.0333,-0.4358,0.2558,1.8807,0.1755,-0.9255,-1.5648,-1.0096,0.0274,0.5079,-0.7284,-0.0714,0.1706,-0.9967,2.6787,0.9318,0.0513,-0.2525,0.5142,-1.915,-1.5303,-0.0481,0.6607,-1.3553,3.0522,-0.0012,-0.1531,1.9641,-1.3296,-0.9991,0.6652,0.0115,-0.5447,-0.225,-0.225,-0.1253,-0.0075,-0.2854,0.0046,-0.0203,-0.1468,0.2188,0.2519,-0.118,0,0,0,-0.225,0,0,-0.0782,0.1727,-1.5925,1.1316,-2.0531,-0.2975,0.4142,0.5154,0.9531,-0.6683,0.2177,-0.367,-0.5256,-0.2686,-0.4097,-1.3795,-1.8597,-1.0486,1.297,-0.753,0.4659,-0.8658,-0.6938,0.575,-0.1622,-0.3156,0.013,-0.9855,0.0728,-1.2449,0.7095,0.2343,0.5692,0.0304,-0.9335,0.0275,-0.3131,-0.4245,-0.4099],"second":[0.1026,3.393,0.4977,-1.3468,2.2144,-1.9902,1.7967,0.218,-0.1044,-0.3887],"accept":0.5};
