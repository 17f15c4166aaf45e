// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 633 labelled pages (4724 candidates, 2795 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.6459
//   format:table                   0.789
//   format:card                    0.9711
//   format:brand-then-line         0.0897
//   format:heading                 -0.8456
//   format:name-then-price         -0.2339
//   format:caption                 0.4769
//   format:linked-prose            0.1533
//   format:anchor-line             -0.2748
//   format:anchor-list             -0.0367
//   format:anchor-prose            -1.3142
//   format:anchor-record           -0.1746
//   format:anchor-carry            -1.1082
//   format:anchor-link             0.1506
//   format:anchor-heading          0.4177
//   evidence                       1.3544
//   evidence>=4                    0.407
//   price                          1.4165
//   retailer                       0.0951
//   url                            0.1317
//   deep-url                       0.2448
//   brand                          3.4633
//   brand-known                    1.9404
//   brand-ambiguous                -0.0505
//   brand-caps                     0.1121
//   name-words                     -0.5454
//   name-long                      -0.2234
//   name-noun                      0.7691
//   name-caps                      -0.3239
//   name-lower-start               -0.8307
//   name-digits                    0.1021
//   name-quote                     0.6105
//   chrome                         -0.8467
//   in-article                     0.1953
//   heading                        -0.2822
//   caption                        0.4217
//   list-item                      -0.0821
//   table-cell                     -0.0451
//   depth                          -0.0787
//   siblings                       0.6694
//   line-length                    -0.1307
//   line-negative                  -0.1158
//   page-negative                  -0.6653
//   page-candidates                -0.6121
//   same-price                     -0.2996
//   price-big                      0.2595
//   price-small                    0.0479
//   label-left                     0.1261
//   lang-other                     -0.8539
//   lang:en                        0.4716
//   lang:de                        0.133
//   lang:fr                        0.3394
//   lang:it                        -0.4774
//   lang:es                        -0.2124
//   lang:nl                        0.4943
//   lang:pl                        0.4135
//   lang:sv                        -0.202
//   lang:ja                        -0.1061
//   name-is-shop                   -0.4036
//   name-is-title                  -0.121
//   holds-title                    -0.0958
//   record-lines                   1.1236
//   name-one-noun                  0.3066
//   name-sentence                  -0.7945
//   no-price*siblings              -0.7787
//   no-price*brand-known           -1.2462
//   no-price*url                   0.2103
//   no-price*one-noun              0.7841
//   price-range                    -0.4834
//   candidate-siblings             0.7365
//   page-shop-links                0.1776
//   no-price*shop-links            -0.6025
//   no-price*page-unpriced         2.5869
//   no-price*candidate-siblings    -0.5801
//   format:anchor-credit           -0.2643
//   format:anchor-maker            0.0514
//   format:anchor-runon            0.2213
//   maker-lead                     -1.4611
//   maker-tail                     -1.2674
//   maker-inside                   -0.0747
//   maker-read-known               -1.109
//   no-price*brand-heading-run     1.174
//   format:anchor-prose-brand      0.0117
//   format:anchor-cjk              1.1759
//   name-hiragana                  -0.8381
//   name-cjk-punct                 -0.3367
//   name-cjk-quoted                0.8361
//   name-cjk-editorial             -0.3963
//   name-cjk-holds-brand           -0.1322
//   format:anchor-group            -0.186
//   in-record                      -0.186
//   record-group-size              -0.1458
//   record-group-priced            -0.1727
//   record-group-linked            -0.1202
//   record-seq                     -0.1748
//   record-price                   -0.1748
//   record-shop-link               -0.3366
//   record-buy                     -0.0921
//   record-brand-first             -0.0963
//   record-length                  -0.2028
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.186
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1506
//   anchor-group*name-proper       -0.0446
//   name-used                      -0.9979
//   shared-credit                  0.8589
//   headline-negative              -0.4769
//   format:anchor-own-shop         -0.0703
//   own-shop*slot                  0.3465
//   own-shop*url-repeats           0.1761
//   own-shop*page-slots            0.5568
//   own-shop*page-cart             -0.1652

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0635
//   first-logit                    3.4743
//   same-parent-max                0.3827
//   same-parent-mean               -0.8876
//   same-grandparent-mean          2.4377
//   page-accepted-share            -1.7422
//   format-accepted-share          1.3629
//   no-price*same-parent-mean      -0.6695
//   no-price*format-accepted-share 0.6408
//   no-price*first-logit           0.0681

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.6459,0.789,0.9711,0.0897,-0.8456,-0.2339,0.4769,0.1533,-0.2748,-0.0367,-1.3142,-0.1746,-1.1082,0.1506,0.4177,1.3544,0.407,1.4165,0.0951,0.1317,0.2448,3.4633,1.9404,-0.0505,0.1121,-0.5454,-0.2234,0.7691,-0.3239,-0.8307,0.1021,0.6105,-0.8467,0.1953,-0.2822,0.4217,-0.0821,-0.0451,-0.0787,0.6694,-0.1307,-0.1158,-0.6653,-0.6121,-0.2996,0.2595,0.0479,0.1261,-0.8539,0.4716,0.133,0.3394,-0.4774,-0.2124,0.4943,0.4135,-0.202,-0.1061,-0.4036,-0.121,-0.0958,1.1236,0.3066,-0.7945,-0.7787,-1.2462,0.2103,0.7841,-0.4834,0.7365,0.1776,-0.6025,2.5869,-0.5801,-0.2643,0.0514,0.2213,-1.4611,-1.2674,-0.0747,-1.109,1.174,0.0117,1.1759,-0.8381,-0.3367,0.8361,-0.3963,-0.1322,-0.186,-0.186,-0.1458,-0.1727,-0.1202,-0.1748,-0.1748,-0.3366,-0.0921,-0.0963,-0.2028,0,0,0,-0.186,0,0,0.1506,-0.0446,-0.9979,0.8589,-0.4769,-0.0703,0.3465,0.1761,0.5568,-0.1652],"second":[-0.0635,3.4743,0.3827,-0.8876,2.4377,-1.7422,1.3629,-0.6695,0.6408,0.0681],"accept":0.5};
