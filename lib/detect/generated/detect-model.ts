// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 924 labelled pages (6907 candidates, 4007 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -10.4564
//   format:table                   1.4937
//   format:card                    1.0927
//   format:brand-then-line         -0.3179
//   format:heading                 -1.1703
//   format:name-then-price         -0.4675
//   format:caption                 0.7097
//   format:linked-prose            0.4067
//   format:anchor-line             0.0731
//   format:anchor-list             -0.3114
//   format:anchor-prose            -0.9848
//   format:anchor-record           -0.1103
//   format:anchor-carry            -1.8882
//   format:anchor-link             0.7732
//   format:anchor-heading          0.1153
//   evidence                       1.2338
//   evidence>=4                    0.5292
//   price                          2.5328
//   retailer                       -0.2216
//   url                            0.092
//   deep-url                       0.2299
//   brand                          5.0569
//   brand-known                    1.6966
//   brand-ambiguous                -0.2056
//   brand-caps                     0.2809
//   name-words                     -0.1581
//   name-long                      0.094
//   name-noun                      0.8948
//   name-caps                      -0.4729
//   name-lower-start               -1.1227
//   name-digits                    -0.0121
//   name-quote                     1.1502
//   chrome                         -1.3872
//   in-article                     -0.7193
//   heading                        -0.3803
//   caption                        0.6401
//   list-item                      0.212
//   table-cell                     -1.9492
//   depth                          0.2246
//   siblings                       1.574
//   line-length                    0.2634
//   line-negative                  0.1058
//   page-negative                  -0.5411
//   page-candidates                -0.5054
//   same-price                     -0.2833
//   price-big                      0.8621
//   price-small                    -0.1374
//   label-left                     0.1528
//   lang-other                     -0.7033
//   lang:en                        0.487
//   lang:de                        -0.1662
//   lang:fr                        0.2454
//   lang:it                        -0.2275
//   lang:es                        0.3002
//   lang:nl                        0.6552
//   lang:pl                        0.8198
//   lang:sv                        -1.0457
//   lang:ja                        -0.3649
//   name-is-shop                   -0.0912
//   name-is-title                  -0.2255
//   holds-title                    0.229
//   record-lines                   1.6161
//   name-one-noun                  0.2347
//   name-sentence                  -0.6111
//   no-price*siblings              -1.1041
//   no-price*brand-known           -0.7164
//   no-price*url                   0.1447
//   no-price*one-noun              0.8201
//   price-range                    -0.9079
//   candidate-siblings             -0.0159
//   page-shop-links                0.1308
//   no-price*shop-links            -0.4933
//   no-price*page-unpriced         3.4793
//   no-price*candidate-siblings    0.9305
//   format:anchor-credit           0.2847
//   format:anchor-maker            -0.0962
//   format:anchor-runon            0.0899
//   maker-lead                     -1.8366
//   maker-tail                     -1.806
//   maker-inside                   -0.0673
//   maker-host                     0.7509
//   maker-read-known               -1.3448
//   no-price*brand-heading-run     2.4702
//   format:anchor-prose-brand      -0.3656
//   format:anchor-cjk              1.662
//   name-hiragana                  -1.3694
//   name-cjk-punct                 -0.3347
//   name-cjk-quoted                0.5179
//   name-cjk-editorial             -0.2271
//   name-cjk-holds-brand           -0.3255
//   format:anchor-group            -0.2399
//   in-record                      -0.2399
//   record-group-size              -0.1897
//   record-group-priced            -0.0062
//   record-group-linked            -0.3092
//   record-seq                     -0.0091
//   record-price                   -0.0091
//   record-shop-link               -0.3726
//   record-buy                     -0.203
//   record-brand-first             -0.1881
//   record-length                  -0.2721
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2399
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1327
//   anchor-group*name-proper       0.1264
//   name-used                      -1.4518
//   shared-credit                  1.5731
//   headline-negative              -1.6077
//   format:anchor-own-shop         0.0586
//   own-shop*slot                  0.5093
//   own-shop*url-repeats           0.4769
//   own-shop*page-slots            0.7595
//   own-shop*page-cart             -0.7946
//   format:anchor-of-maker         -0.0001
//   cue:first-person               -0.4825
//   cue:recommend                  -0.5722
//   cue:report                     -0.2236
//   format:anchor-possessive       -0.1879
//   used-goods                     -1.3086
//   page-used-goods                -2.6486
//   block-run                      -0.9879
//   block-short-offer              1.2655
//   format:anchor-block            -0.8367
//   format:anchor-maker-first      0.2223
//   cue:past-year                  -1.1886
//   cue:parted-or-warned           -0.872
//   format:anchor-maker-noun       0.301

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0048
//   first-logit                    3.3524
//   same-parent-max                0.6036
//   same-parent-mean               -1.562
//   same-grandparent-mean          2.2275
//   page-accepted-share            -1.8743
//   format-accepted-share          1.8833
//   no-price*same-parent-mean      0.1047
//   no-price*format-accepted-share 0.0313
//   no-price*first-logit           -0.3397

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

export const DETECT_MODEL: DetectModel = {"weights":[-10.4564,1.4937,1.0927,-0.3179,-1.1703,-0.4675,0.7097,0.4067,0.0731,-0.3114,-0.9848,-0.1103,-1.8882,0.7732,0.1153,1.2338,0.5292,2.5328,-0.2216,0.092,0.2299,5.0569,1.6966,-0.2056,0.2809,-0.1581,0.094,0.8948,-0.4729,-1.1227,-0.0121,1.1502,-1.3872,-0.7193,-0.3803,0.6401,0.212,-1.9492,0.2246,1.574,0.2634,0.1058,-0.5411,-0.5054,-0.2833,0.8621,-0.1374,0.1528,-0.7033,0.487,-0.1662,0.2454,-0.2275,0.3002,0.6552,0.8198,-1.0457,-0.3649,-0.0912,-0.2255,0.229,1.6161,0.2347,-0.6111,-1.1041,-0.7164,0.1447,0.8201,-0.9079,-0.0159,0.1308,-0.4933,3.4793,0.9305,0.2847,-0.0962,0.0899,-1.8366,-1.806,-0.0673,0.7509,-1.3448,2.4702,-0.3656,1.662,-1.3694,-0.3347,0.5179,-0.2271,-0.3255,-0.2399,-0.2399,-0.1897,-0.0062,-0.3092,-0.0091,-0.0091,-0.3726,-0.203,-0.1881,-0.2721,0,0,0,-0.2399,0,0,0.1327,0.1264,-1.4518,1.5731,-1.6077,0.0586,0.5093,0.4769,0.7595,-0.7946,-0.0001,-0.4825,-0.5722,-0.2236,-0.1879,-1.3086,-2.6486,-0.9879,1.2655,-0.8367,0.2223,-1.1886,-0.872,0.301],"second":[0.0048,3.3524,0.6036,-1.562,2.2275,-1.8743,1.8833,0.1047,0.0313,-0.3397],"accept":0.5};
