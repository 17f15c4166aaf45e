// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 780 labelled pages (5931 candidates, 3462 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.5505
//   format:table                   0.8677
//   format:card                    0.6964
//   format:brand-then-line         -0.0662
//   format:heading                 -0.9613
//   format:name-then-price         -0.1936
//   format:caption                 0.4114
//   format:linked-prose            0.2733
//   format:anchor-line             0.0026
//   format:anchor-list             -0.1144
//   format:anchor-prose            -1.0385
//   format:anchor-record           0.077
//   format:anchor-carry            -1.2309
//   format:anchor-link             0.5522
//   format:anchor-heading          0.1267
//   evidence                       1.095
//   evidence>=4                    0.5846
//   price                          1.362
//   retailer                       -0.089
//   url                            0.1966
//   deep-url                       0.1877
//   brand                          3.6814
//   brand-known                    1.9472
//   brand-ambiguous                -0.1236
//   brand-caps                     0.1363
//   name-words                     -0.1547
//   name-long                      -0.1537
//   name-noun                      0.7493
//   name-caps                      -0.6049
//   name-lower-start               -1.1138
//   name-digits                    0.1938
//   name-quote                     0.4642
//   chrome                         -0.8936
//   in-article                     -0.1882
//   heading                        -0.315
//   caption                        0.45
//   list-item                      -0.1539
//   table-cell                     -0.0689
//   depth                          0.3898
//   siblings                       1.1978
//   line-length                    0.3918
//   line-negative                  -0.0539
//   page-negative                  -0.5402
//   page-candidates                -0.5143
//   same-price                     -0.1607
//   price-big                      0.6247
//   price-small                    0.033
//   label-left                     0.1391
//   lang-other                     -1.1598
//   lang:en                        0.4929
//   lang:de                        -0.0404
//   lang:fr                        0.4179
//   lang:it                        -0.4422
//   lang:es                        0.1353
//   lang:nl                        0.5865
//   lang:pl                        0.4944
//   lang:sv                        -0.4888
//   lang:ja                        0.0042
//   name-is-shop                   -0.1717
//   name-is-title                  -0.1163
//   holds-title                    0.0249
//   record-lines                   0.9196
//   name-one-noun                  0.4234
//   name-sentence                  -0.5392
//   no-price*siblings              -1.1892
//   no-price*brand-known           -1.0086
//   no-price*url                   0.124
//   no-price*one-noun              0.6981
//   price-range                    -0.4333
//   candidate-siblings             0.0834
//   page-shop-links                0.2004
//   no-price*shop-links            -0.7107
//   no-price*page-unpriced         2.7916
//   no-price*candidate-siblings    0.0587
//   format:anchor-credit           0.2428
//   format:anchor-maker            0.1917
//   format:anchor-runon            0.4
//   maker-lead                     -1.4225
//   maker-tail                     -1.4413
//   maker-inside                   -0.0947
//   maker-read-known               -1.0051
//   no-price*brand-heading-run     1.3944
//   format:anchor-prose-brand      -0.2684
//   format:anchor-cjk              1.1741
//   name-hiragana                  -0.9908
//   name-cjk-punct                 -0.2673
//   name-cjk-quoted                0.8561
//   name-cjk-editorial             -0.4317
//   name-cjk-holds-brand           -0.1592
//   format:anchor-group            -0.1
//   in-record                      -0.1
//   record-group-size              -0.082
//   record-group-priced            0.0356
//   record-group-linked            -0.1749
//   record-seq                     0.0252
//   record-price                   0.0252
//   record-shop-link               -0.1844
//   record-buy                     -0.102
//   record-brand-first             -0.113
//   record-length                  -0.0882
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.1
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0844
//   anchor-group*name-proper       -0.0991
//   name-used                      -0.8831
//   shared-credit                  0.9397
//   headline-negative              -0.4136
//   format:anchor-own-shop         -0.1013
//   own-shop*slot                  0.4271
//   own-shop*url-repeats           0.1956
//   own-shop*page-slots            0.6196
//   own-shop*page-cart             -0.2699
//   format:anchor-of-maker         -0.4337
//   cue:first-person               -0.1035
//   cue:recommend                  -0.2185
//   cue:report                     -0.0544
//   format:anchor-possessive       -0.0803
//   used-goods                     -0.7575
//   page-used-goods                -0.8741
//   block-run                      -0.5846
//   block-short-offer              0.8966
//   format:anchor-block            -0.6375
//   format:anchor-maker-first      0.2099
//   cue:past-year                  -0.6869
//   cue:parted-or-warned           -0.5421

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0265
//   first-logit                    3.5233
//   same-parent-max                0.6324
//   same-parent-mean               -1.2559
//   same-grandparent-mean          1.8106
//   page-accepted-share            -2.0914
//   format-accepted-share          2.0245
//   no-price*same-parent-mean      0.2073
//   no-price*format-accepted-share 0.1463
//   no-price*first-logit           -0.0524

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.5505,0.8677,0.6964,-0.0662,-0.9613,-0.1936,0.4114,0.2733,0.0026,-0.1144,-1.0385,0.077,-1.2309,0.5522,0.1267,1.095,0.5846,1.362,-0.089,0.1966,0.1877,3.6814,1.9472,-0.1236,0.1363,-0.1547,-0.1537,0.7493,-0.6049,-1.1138,0.1938,0.4642,-0.8936,-0.1882,-0.315,0.45,-0.1539,-0.0689,0.3898,1.1978,0.3918,-0.0539,-0.5402,-0.5143,-0.1607,0.6247,0.033,0.1391,-1.1598,0.4929,-0.0404,0.4179,-0.4422,0.1353,0.5865,0.4944,-0.4888,0.0042,-0.1717,-0.1163,0.0249,0.9196,0.4234,-0.5392,-1.1892,-1.0086,0.124,0.6981,-0.4333,0.0834,0.2004,-0.7107,2.7916,0.0587,0.2428,0.1917,0.4,-1.4225,-1.4413,-0.0947,-1.0051,1.3944,-0.2684,1.1741,-0.9908,-0.2673,0.8561,-0.4317,-0.1592,-0.1,-0.1,-0.082,0.0356,-0.1749,0.0252,0.0252,-0.1844,-0.102,-0.113,-0.0882,0,0,0,-0.1,0,0,0.0844,-0.0991,-0.8831,0.9397,-0.4136,-0.1013,0.4271,0.1956,0.6196,-0.2699,-0.4337,-0.1035,-0.2185,-0.0544,-0.0803,-0.7575,-0.8741,-0.5846,0.8966,-0.6375,0.2099,-0.6869,-0.5421],"second":[0.0265,3.5233,0.6324,-1.2559,1.8106,-2.0914,2.0245,0.2073,0.1463,-0.0524],"accept":0.5};
