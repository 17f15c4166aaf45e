// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 852 labelled pages (6372 candidates, 3742 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.3892
//   format:table                   0.8405
//   format:card                    0.7265
//   format:brand-then-line         -0.0841
//   format:heading                 -0.9163
//   format:name-then-price         -0.1774
//   format:caption                 0.4404
//   format:linked-prose            0.2966
//   format:anchor-line             0.0246
//   format:anchor-list             -0.2781
//   format:anchor-prose            -1.0086
//   format:anchor-record           0.1357
//   format:anchor-carry            -1.2171
//   format:anchor-link             0.6729
//   format:anchor-heading          0.1206
//   evidence                       1.0224
//   evidence>=4                    0.6222
//   price                          1.7288
//   retailer                       -0.1291
//   url                            0.1046
//   deep-url                       0.1346
//   brand                          3.7628
//   brand-known                    1.9238
//   brand-ambiguous                -0.0856
//   brand-caps                     0.2928
//   name-words                     -0.1736
//   name-long                      -0.1657
//   name-noun                      0.7751
//   name-caps                      -0.6507
//   name-lower-start               -1.0171
//   name-digits                    0.1906
//   name-quote                     0.4823
//   chrome                         -0.9867
//   in-article                     -0.3889
//   heading                        -0.4159
//   caption                        0.5064
//   list-item                      -0.066
//   table-cell                     -0.1515
//   depth                          0.3216
//   siblings                       1.2066
//   line-length                    0.1677
//   line-negative                  0.0735
//   page-negative                  -0.708
//   page-candidates                -0.5749
//   same-price                     -0.2159
//   price-big                      0.4745
//   price-small                    0.0027
//   label-left                     0.1087
//   lang-other                     -1.1144
//   lang:en                        0.5394
//   lang:de                        -0.0479
//   lang:fr                        0.3413
//   lang:it                        -0.3055
//   lang:es                        0.1762
//   lang:nl                        0.5295
//   lang:pl                        0.4603
//   lang:sv                        -0.5064
//   lang:ja                        -0.0725
//   name-is-shop                   -0.1336
//   name-is-title                  -0.0297
//   holds-title                    0.0336
//   record-lines                   1.0061
//   name-one-noun                  0.319
//   name-sentence                  -0.613
//   no-price*siblings              -0.9861
//   no-price*brand-known           -0.93
//   no-price*url                   0.1438
//   no-price*one-noun              0.6176
//   price-range                    -0.4556
//   candidate-siblings             0.0366
//   page-shop-links                0.2629
//   no-price*shop-links            -0.4621
//   no-price*page-unpriced         2.872
//   no-price*candidate-siblings    0.6084
//   format:anchor-credit           0.2788
//   format:anchor-maker            0.0429
//   format:anchor-runon            0.2354
//   maker-lead                     -1.4243
//   maker-tail                     -1.1605
//   maker-inside                   -0.082
//   maker-read-known               -1.1359
//   no-price*brand-heading-run     1.3869
//   format:anchor-prose-brand      -0.3685
//   format:anchor-cjk              1.0148
//   name-hiragana                  -1.0993
//   name-cjk-punct                 -0.2237
//   name-cjk-quoted                0.8981
//   name-cjk-editorial             -0.3755
//   name-cjk-holds-brand           -0.5804
//   format:anchor-group            -0.1362
//   in-record                      -0.1362
//   record-group-size              -0.1096
//   record-group-priced            0.0309
//   record-group-linked            -0.194
//   record-seq                     0.0165
//   record-price                   0.0165
//   record-shop-link               -0.1885
//   record-buy                     -0.1093
//   record-brand-first             -0.1199
//   record-length                  -0.1195
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.1362
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0523
//   anchor-group*name-proper       -0.1235
//   name-used                      -0.8253
//   shared-credit                  0.872
//   headline-negative              -0.5702
//   format:anchor-own-shop         -0.0598
//   own-shop*slot                  0.4223
//   own-shop*url-repeats           0.2116
//   own-shop*page-slots            0.6107
//   own-shop*page-cart             -0.261
//   format:anchor-of-maker         -0.2922
//   cue:first-person               -0.3957
//   cue:recommend                  -0.3259
//   cue:report                     -0.0744
//   format:anchor-possessive       -0.1368
//   used-goods                     -0.7201
//   page-used-goods                -0.8191
//   block-run                      -0.5389
//   block-short-offer              0.9297
//   format:anchor-block            -0.6995
//   format:anchor-maker-first      0.2044
//   cue:past-year                  -0.7338
//   cue:parted-or-warned           -0.5114
//   format:anchor-maker-noun       -0.1909

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0572
//   first-logit                    3.6022
//   same-parent-max                0.6124
//   same-parent-mean               -1.7983
//   same-grandparent-mean          2.2321
//   page-accepted-share            -1.9462
//   format-accepted-share          1.9811
//   no-price*same-parent-mean      0.3039
//   no-price*format-accepted-share -0.0744
//   no-price*first-logit           -0.1987

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.3892,0.8405,0.7265,-0.0841,-0.9163,-0.1774,0.4404,0.2966,0.0246,-0.2781,-1.0086,0.1357,-1.2171,0.6729,0.1206,1.0224,0.6222,1.7288,-0.1291,0.1046,0.1346,3.7628,1.9238,-0.0856,0.2928,-0.1736,-0.1657,0.7751,-0.6507,-1.0171,0.1906,0.4823,-0.9867,-0.3889,-0.4159,0.5064,-0.066,-0.1515,0.3216,1.2066,0.1677,0.0735,-0.708,-0.5749,-0.2159,0.4745,0.0027,0.1087,-1.1144,0.5394,-0.0479,0.3413,-0.3055,0.1762,0.5295,0.4603,-0.5064,-0.0725,-0.1336,-0.0297,0.0336,1.0061,0.319,-0.613,-0.9861,-0.93,0.1438,0.6176,-0.4556,0.0366,0.2629,-0.4621,2.872,0.6084,0.2788,0.0429,0.2354,-1.4243,-1.1605,-0.082,-1.1359,1.3869,-0.3685,1.0148,-1.0993,-0.2237,0.8981,-0.3755,-0.5804,-0.1362,-0.1362,-0.1096,0.0309,-0.194,0.0165,0.0165,-0.1885,-0.1093,-0.1199,-0.1195,0,0,0,-0.1362,0,0,0.0523,-0.1235,-0.8253,0.872,-0.5702,-0.0598,0.4223,0.2116,0.6107,-0.261,-0.2922,-0.3957,-0.3259,-0.0744,-0.1368,-0.7201,-0.8191,-0.5389,0.9297,-0.6995,0.2044,-0.7338,-0.5114,-0.1909],"second":[0.0572,3.6022,0.6124,-1.7983,2.2321,-1.9462,1.9811,0.3039,-0.0744,-0.1987],"accept":0.5};
