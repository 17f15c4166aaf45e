// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 996 labelled pages (7436 candidates, 4218 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.2737
//   format:table                   1.4356
//   format:card                    0.9746
//   format:brand-then-line         -0.3842
//   format:heading                 -1.2188
//   format:name-then-price         -0.533
//   format:caption                 0.6108
//   format:linked-prose            0.2904
//   format:anchor-line             -0.0326
//   format:anchor-list             -0.5473
//   format:anchor-prose            -1.0123
//   format:anchor-record           -0.2191
//   format:anchor-carry            -1.9186
//   format:anchor-link             0.722
//   format:anchor-heading          0.0765
//   evidence                       1.2169
//   evidence>=4                    0.5497
//   price                          1.8471
//   retailer                       -0.2257
//   url                            0.079
//   deep-url                       0.2282
//   brand                          5.0444
//   brand-known                    1.7421
//   brand-ambiguous                -0.2512
//   brand-caps                     0.3838
//   name-words                     -0.2528
//   name-long                      0.1147
//   name-noun                      0.8899
//   name-caps                      -0.632
//   name-lower-start               -1.0709
//   name-digits                    -0.0722
//   name-quote                     1.0904
//   chrome                         -1.5076
//   in-article                     -0.6968
//   heading                        -0.4787
//   caption                        0.6699
//   list-item                      0.3701
//   table-cell                     -1.7995
//   depth                          -0.2147
//   siblings                       1.5446
//   line-length                    0.0654
//   line-negative                  0.3158
//   page-negative                  -0.3959
//   page-candidates                -0.3401
//   same-price                     -0.3173
//   price-big                      0.8235
//   price-small                    -0.0921
//   label-left                     0.0609
//   lang-other                     -0.7178
//   lang:en                        0.5423
//   lang:de                        -0.0764
//   lang:fr                        0.3238
//   lang:it                        -0.1544
//   lang:es                        0.3815
//   lang:nl                        0.5015
//   lang:pl                        0.7995
//   lang:sv                        -1.0844
//   lang:ja                        -0.5156
//   name-is-shop                   -0.2649
//   name-is-title                  -0.4129
//   holds-title                    -0.0614
//   record-lines                   1.543
//   name-one-noun                  0.1843
//   name-sentence                  -0.6543
//   no-price*siblings              -1.2346
//   no-price*brand-known           -0.762
//   no-price*url                   0.1583
//   no-price*one-noun              0.553
//   price-range                    -0.9548
//   candidate-siblings             -0.0992
//   page-shop-links                0.0891
//   no-price*shop-links            -0.5425
//   no-price*page-unpriced         2.8933
//   no-price*candidate-siblings    0.6344
//   format:anchor-credit           0.2695
//   format:anchor-maker            -0.2595
//   format:anchor-runon            0.3852
//   maker-lead                     -1.8543
//   maker-tail                     -1.6986
//   maker-inside                   -0.0559
//   maker-host                     0.8318
//   maker-read-known               -1.388
//   no-price*brand-heading-run     2.2229
//   format:anchor-prose-brand      -0.1352
//   format:anchor-cjk              2.2692
//   name-hiragana                  -1.0345
//   name-cjk-punct                 -0.7986
//   name-cjk-quoted                0.4449
//   name-cjk-editorial             -0.1941
//   name-cjk-holds-brand           -0.3048
//   format:anchor-group            -0.2438
//   in-record                      -0.2438
//   record-group-size              -0.2009
//   record-group-priced            0.0212
//   record-group-linked            -0.3473
//   record-seq                     0.0131
//   record-price                   0.0131
//   record-shop-link               -0.367
//   record-buy                     -0.185
//   record-brand-first             -0.2133
//   record-length                  -0.2532
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2438
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1232
//   anchor-group*name-proper       0.0519
//   name-used                      -1.6133
//   shared-credit                  1.521
//   headline-negative              -1.8966
//   format:anchor-own-shop         -0.087
//   own-shop*slot                  0.4097
//   own-shop*url-repeats           0.4576
//   own-shop*page-slots            0.7547
//   own-shop*page-cart             -0.733
//   format:anchor-of-maker         0.4604
//   cue:first-person               -0.7672
//   cue:recommend                  -0.7241
//   cue:report                     -0.4669
//   format:anchor-possessive       -0.2843
//   used-goods                     -1.4249
//   page-used-goods                -2.515
//   block-run                      -0.9936
//   block-short-offer              1.2908
//   format:anchor-block            -0.9057
//   format:anchor-maker-first      0.0122
//   cue:past-year                  -1.0144
//   cue:parted-or-warned           -0.881
//   format:anchor-maker-noun       0.6438
//   page-recall-lines              -0.291
//   page-recall-headline           -0.3751
//   page-unreleased-lines          0.2149
//   page-unreleased-headline       -0.9492

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1622
//   first-logit                    3.4262
//   same-parent-max                0.6016
//   same-parent-mean               -1.5578
//   same-grandparent-mean          2.4228
//   page-accepted-share            -2.2262
//   format-accepted-share          1.7926
//   no-price*same-parent-mean      0.1416
//   no-price*format-accepted-share -0.0044
//   no-price*first-logit           -0.4456

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.2737,1.4356,0.9746,-0.3842,-1.2188,-0.533,0.6108,0.2904,-0.0326,-0.5473,-1.0123,-0.2191,-1.9186,0.722,0.0765,1.2169,0.5497,1.8471,-0.2257,0.079,0.2282,5.0444,1.7421,-0.2512,0.3838,-0.2528,0.1147,0.8899,-0.632,-1.0709,-0.0722,1.0904,-1.5076,-0.6968,-0.4787,0.6699,0.3701,-1.7995,-0.2147,1.5446,0.0654,0.3158,-0.3959,-0.3401,-0.3173,0.8235,-0.0921,0.0609,-0.7178,0.5423,-0.0764,0.3238,-0.1544,0.3815,0.5015,0.7995,-1.0844,-0.5156,-0.2649,-0.4129,-0.0614,1.543,0.1843,-0.6543,-1.2346,-0.762,0.1583,0.553,-0.9548,-0.0992,0.0891,-0.5425,2.8933,0.6344,0.2695,-0.2595,0.3852,-1.8543,-1.6986,-0.0559,0.8318,-1.388,2.2229,-0.1352,2.2692,-1.0345,-0.7986,0.4449,-0.1941,-0.3048,-0.2438,-0.2438,-0.2009,0.0212,-0.3473,0.0131,0.0131,-0.367,-0.185,-0.2133,-0.2532,0,0,0,-0.2438,0,0,0.1232,0.0519,-1.6133,1.521,-1.8966,-0.087,0.4097,0.4576,0.7547,-0.733,0.4604,-0.7672,-0.7241,-0.4669,-0.2843,-1.4249,-2.515,-0.9936,1.2908,-0.9057,0.0122,-1.0144,-0.881,0.6438,-0.291,-0.3751,0.2149,-0.9492],"second":[0.1622,3.4262,0.6016,-1.5578,2.4228,-2.2262,1.7926,0.1416,-0.0044,-0.4456],"accept":0.5};
