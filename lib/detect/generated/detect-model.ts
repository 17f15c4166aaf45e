// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 852 labelled pages (6379 candidates, 3749 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.3247
//   format:table                   0.8405
//   format:card                    0.7225
//   format:brand-then-line         -0.084
//   format:heading                 -0.9186
//   format:name-then-price         -0.1774
//   format:caption                 0.4381
//   format:linked-prose            0.2969
//   format:anchor-line             0.023
//   format:anchor-list             -0.2826
//   format:anchor-prose            -1.0082
//   format:anchor-record           0.134
//   format:anchor-carry            -1.2183
//   format:anchor-link             0.6729
//   format:anchor-heading          0.1198
//   evidence                       1.0274
//   evidence>=4                    0.6223
//   price                          1.7253
//   retailer                       -0.1291
//   url                            0.1041
//   deep-url                       0.1346
//   brand                          3.7611
//   brand-known                    1.9256
//   brand-ambiguous                -0.0894
//   brand-caps                     0.3002
//   name-words                     -0.1755
//   name-long                      -0.1615
//   name-noun                      0.7757
//   name-caps                      -0.6554
//   name-lower-start               -1.0164
//   name-digits                    0.191
//   name-quote                     0.4814
//   chrome                         -0.9886
//   in-article                     -0.4335
//   heading                        -0.4164
//   caption                        0.5039
//   list-item                      -0.0647
//   table-cell                     -0.1545
//   depth                          0.3174
//   siblings                       1.2095
//   line-length                    0.1621
//   line-negative                  0.0703
//   page-negative                  -0.7084
//   page-candidates                -0.5893
//   same-price                     -0.2137
//   price-big                      0.4757
//   price-small                    0.0037
//   label-left                     0.1075
//   lang-other                     -1.0993
//   lang:en                        0.5355
//   lang:de                        -0.051
//   lang:fr                        0.3499
//   lang:it                        -0.3071
//   lang:es                        0.173
//   lang:nl                        0.529
//   lang:pl                        0.4544
//   lang:sv                        -0.5097
//   lang:ja                        -0.0748
//   name-is-shop                   -0.1344
//   name-is-title                  -0.0303
//   holds-title                    0.0337
//   record-lines                   1.0025
//   name-one-noun                  0.3213
//   name-sentence                  -0.6103
//   no-price*siblings              -0.9718
//   no-price*brand-known           -0.9281
//   no-price*url                   0.1368
//   no-price*one-noun              0.6202
//   price-range                    -0.4549
//   candidate-siblings             0.0322
//   page-shop-links                0.2652
//   no-price*shop-links            -0.4678
//   no-price*page-unpriced         2.8731
//   no-price*candidate-siblings    0.5996
//   format:anchor-credit           0.2711
//   format:anchor-maker            0.0399
//   format:anchor-runon            0.2615
//   maker-lead                     -1.4236
//   maker-tail                     -1.1595
//   maker-inside                   -0.0818
//   maker-read-known               -1.1351
//   no-price*brand-heading-run     1.382
//   format:anchor-prose-brand      -0.3742
//   format:anchor-cjk              1.0141
//   name-hiragana                  -1.0988
//   name-cjk-punct                 -0.2232
//   name-cjk-quoted                0.8985
//   name-cjk-editorial             -0.3761
//   name-cjk-holds-brand           -0.5818
//   format:anchor-group            -0.1359
//   in-record                      -0.1359
//   record-group-size              -0.1091
//   record-group-priced            0.0309
//   record-group-linked            -0.1937
//   record-seq                     0.0166
//   record-price                   0.0166
//   record-shop-link               -0.1885
//   record-buy                     -0.1095
//   record-brand-first             -0.1201
//   record-length                  -0.1193
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.1359
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0526
//   anchor-group*name-proper       -0.1235
//   name-used                      -0.825
//   shared-credit                  0.8731
//   headline-negative              -0.5692
//   format:anchor-own-shop         -0.0622
//   own-shop*slot                  0.4234
//   own-shop*url-repeats           0.2118
//   own-shop*page-slots            0.6124
//   own-shop*page-cart             -0.2603
//   format:anchor-of-maker         -0.3011
//   cue:first-person               -0.3967
//   cue:recommend                  -0.3271
//   cue:report                     -0.0767
//   format:anchor-possessive       -0.1391
//   used-goods                     -0.72
//   page-used-goods                -0.8181
//   block-run                      -0.5335
//   block-short-offer              0.9305
//   format:anchor-block            -0.7012
//   format:anchor-maker-first      0.2392
//   cue:past-year                  -0.7453
//   cue:parted-or-warned           -0.5112
//   format:anchor-maker-noun       -0.199

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0684
//   first-logit                    3.6071
//   same-parent-max                0.6002
//   same-parent-mean               -1.7903
//   same-grandparent-mean          2.2411
//   page-accepted-share            -1.974
//   format-accepted-share          1.9909
//   no-price*same-parent-mean      0.3448
//   no-price*format-accepted-share -0.1057
//   no-price*first-logit           -0.1968

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.3247,0.8405,0.7225,-0.084,-0.9186,-0.1774,0.4381,0.2969,0.023,-0.2826,-1.0082,0.134,-1.2183,0.6729,0.1198,1.0274,0.6223,1.7253,-0.1291,0.1041,0.1346,3.7611,1.9256,-0.0894,0.3002,-0.1755,-0.1615,0.7757,-0.6554,-1.0164,0.191,0.4814,-0.9886,-0.4335,-0.4164,0.5039,-0.0647,-0.1545,0.3174,1.2095,0.1621,0.0703,-0.7084,-0.5893,-0.2137,0.4757,0.0037,0.1075,-1.0993,0.5355,-0.051,0.3499,-0.3071,0.173,0.529,0.4544,-0.5097,-0.0748,-0.1344,-0.0303,0.0337,1.0025,0.3213,-0.6103,-0.9718,-0.9281,0.1368,0.6202,-0.4549,0.0322,0.2652,-0.4678,2.8731,0.5996,0.2711,0.0399,0.2615,-1.4236,-1.1595,-0.0818,-1.1351,1.382,-0.3742,1.0141,-1.0988,-0.2232,0.8985,-0.3761,-0.5818,-0.1359,-0.1359,-0.1091,0.0309,-0.1937,0.0166,0.0166,-0.1885,-0.1095,-0.1201,-0.1193,0,0,0,-0.1359,0,0,0.0526,-0.1235,-0.825,0.8731,-0.5692,-0.0622,0.4234,0.2118,0.6124,-0.2603,-0.3011,-0.3967,-0.3271,-0.0767,-0.1391,-0.72,-0.8181,-0.5335,0.9305,-0.7012,0.2392,-0.7453,-0.5112,-0.199],"second":[0.0684,3.6071,0.6002,-1.7903,2.2411,-1.974,1.9909,0.3448,-0.1057,-0.1968],"accept":0.5};
