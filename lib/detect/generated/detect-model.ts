// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 996 labelled pages (7464 candidates, 4239 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.2864
//   format:table                   1.4293
//   format:card                    0.9527
//   format:brand-then-line         -0.3789
//   format:heading                 -1.2204
//   format:name-then-price         -0.5397
//   format:caption                 0.6202
//   format:linked-prose            0.283
//   format:anchor-line             -0.0321
//   format:anchor-list             -0.5481
//   format:anchor-prose            -0.9932
//   format:anchor-record           -0.2358
//   format:anchor-carry            -1.9204
//   format:anchor-link             0.6954
//   format:anchor-heading          0.0745
//   evidence                       1.188
//   evidence>=4                    0.5694
//   price                          1.8246
//   retailer                       -0.2297
//   url                            0.0859
//   deep-url                       0.227
//   brand                          5.0421
//   brand-known                    1.7435
//   brand-ambiguous                -0.2545
//   brand-caps                     0.3811
//   name-words                     -0.2009
//   name-long                      0.0773
//   name-noun                      0.8889
//   name-caps                      -0.6379
//   name-lower-start               -1.0535
//   name-digits                    -0.0767
//   name-quote                     1.0861
//   chrome                         -1.5115
//   in-article                     -0.7102
//   heading                        -0.4825
//   caption                        0.6627
//   list-item                      0.3594
//   table-cell                     -1.7907
//   depth                          -0.2328
//   siblings                       1.5195
//   line-length                    0.027
//   line-negative                  0.2285
//   page-negative                  -0.3508
//   page-candidates                -0.2237
//   same-price                     -0.3238
//   price-big                      0.8382
//   price-small                    -0.0748
//   label-left                     0.1281
//   lang-other                     -0.737
//   lang:en                        0.524
//   lang:de                        -0.1053
//   lang:fr                        0.3367
//   lang:it                        -0.0776
//   lang:es                        0.3633
//   lang:nl                        0.5131
//   lang:pl                        0.7922
//   lang:sv                        -1.0829
//   lang:ja                        -0.5265
//   name-is-shop                   -0.2652
//   name-is-title                  -0.4157
//   holds-title                    -0.0447
//   record-lines                   1.5435
//   name-one-noun                  0.2252
//   name-sentence                  -0.6572
//   no-price*siblings              -1.1972
//   no-price*brand-known           -0.7761
//   no-price*url                   0.1609
//   no-price*one-noun              0.5004
//   price-range                    -0.9495
//   candidate-siblings             -0.0911
//   page-shop-links                0.0875
//   no-price*shop-links            -0.6178
//   no-price*page-unpriced         2.8721
//   no-price*candidate-siblings    0.6773
//   format:anchor-credit           0.2778
//   format:anchor-maker            -0.3243
//   format:anchor-runon            0.4205
//   maker-lead                     -1.857
//   maker-tail                     -1.6886
//   maker-inside                   -0.0582
//   maker-host                     0.7794
//   maker-read-known               -1.397
//   no-price*brand-heading-run     2.2482
//   format:anchor-prose-brand      -0.1296
//   format:anchor-cjk              2.2774
//   name-hiragana                  -1.0234
//   name-cjk-punct                 -0.8019
//   name-cjk-quoted                0.4467
//   name-cjk-editorial             -0.1871
//   name-cjk-holds-brand           -0.2987
//   format:anchor-group            -0.2404
//   in-record                      -0.2404
//   record-group-size              -0.2019
//   record-group-priced            0.0266
//   record-group-linked            -0.3514
//   record-seq                     0.0206
//   record-price                   0.0206
//   record-shop-link               -0.3547
//   record-buy                     -0.1776
//   record-brand-first             -0.2093
//   record-length                  -0.2464
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2404
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1143
//   anchor-group*name-proper       0.0606
//   name-used                      -1.6314
//   shared-credit                  1.5127
//   headline-negative              -1.947
//   format:anchor-own-shop         -0.1034
//   own-shop*slot                  0.4279
//   own-shop*url-repeats           0.4832
//   own-shop*page-slots            0.7277
//   own-shop*page-cart             -0.7245
//   format:anchor-of-maker         0.5515
//   cue:first-person               -0.6969
//   cue:recommend                  -0.7823
//   cue:report                     -0.4844
//   format:anchor-possessive       -0.2914
//   used-goods                     -1.4288
//   page-used-goods                -2.3574
//   block-run                      -1.0331
//   block-short-offer              1.3088
//   format:anchor-block            -0.9153
//   format:anchor-maker-first      0.0304
//   cue:past-year                  -0.9996
//   cue:parted-or-warned           -0.8782
//   format:anchor-maker-noun       0.6311
//   page-recall-lines              -0.3021
//   page-recall-headline           -0.3742
//   page-unreleased-lines          0.187
//   page-unreleased-headline       -0.9467

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1631
//   first-logit                    3.4176
//   same-parent-max                0.5752
//   same-parent-mean               -1.5413
//   same-grandparent-mean          2.3593
//   page-accepted-share            -2.2166
//   format-accepted-share          1.8591
//   no-price*same-parent-mean      0.1908
//   no-price*format-accepted-share -0.048
//   no-price*first-logit           -0.4621

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.2864,1.4293,0.9527,-0.3789,-1.2204,-0.5397,0.6202,0.283,-0.0321,-0.5481,-0.9932,-0.2358,-1.9204,0.6954,0.0745,1.188,0.5694,1.8246,-0.2297,0.0859,0.227,5.0421,1.7435,-0.2545,0.3811,-0.2009,0.0773,0.8889,-0.6379,-1.0535,-0.0767,1.0861,-1.5115,-0.7102,-0.4825,0.6627,0.3594,-1.7907,-0.2328,1.5195,0.027,0.2285,-0.3508,-0.2237,-0.3238,0.8382,-0.0748,0.1281,-0.737,0.524,-0.1053,0.3367,-0.0776,0.3633,0.5131,0.7922,-1.0829,-0.5265,-0.2652,-0.4157,-0.0447,1.5435,0.2252,-0.6572,-1.1972,-0.7761,0.1609,0.5004,-0.9495,-0.0911,0.0875,-0.6178,2.8721,0.6773,0.2778,-0.3243,0.4205,-1.857,-1.6886,-0.0582,0.7794,-1.397,2.2482,-0.1296,2.2774,-1.0234,-0.8019,0.4467,-0.1871,-0.2987,-0.2404,-0.2404,-0.2019,0.0266,-0.3514,0.0206,0.0206,-0.3547,-0.1776,-0.2093,-0.2464,0,0,0,-0.2404,0,0,0.1143,0.0606,-1.6314,1.5127,-1.947,-0.1034,0.4279,0.4832,0.7277,-0.7245,0.5515,-0.6969,-0.7823,-0.4844,-0.2914,-1.4288,-2.3574,-1.0331,1.3088,-0.9153,0.0304,-0.9996,-0.8782,0.6311,-0.3021,-0.3742,0.187,-0.9467],"second":[0.1631,3.4176,0.5752,-1.5413,2.3593,-2.2166,1.8591,0.1908,-0.048,-0.4621],"accept":0.5};
