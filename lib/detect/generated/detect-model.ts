// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 597 labelled pages (4270 candidates, 2564 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.5953
//   format:table                   0.8342
//   format:card                    0.9597
//   format:brand-then-line         0.1004
//   format:heading                 -0.8264
//   format:name-then-price         -0.1872
//   format:caption                 0.3394
//   format:linked-prose            0.232
//   format:anchor-line             -0.4486
//   format:anchor-list             -0.0194
//   format:anchor-prose            -1.0838
//   format:anchor-record           -0.0103
//   format:anchor-carry            -1.1164
//   format:anchor-link             0.2897
//   format:anchor-heading          0.6282
//   evidence                       1.363
//   evidence>=4                    0.6077
//   price                          1.1999
//   retailer                       0.1694
//   url                            0.1125
//   deep-url                       0.2203
//   brand                          3.2964
//   brand-known                    1.8966
//   brand-ambiguous                -0.0112
//   brand-caps                     -0.0501
//   name-words                     -0.5404
//   name-long                      -0.7006
//   name-noun                      0.7032
//   name-caps                      -0.1356
//   name-lower-start               -0.7362
//   name-digits                    0.1213
//   name-quote                     0.616
//   chrome                         -0.7965
//   in-article                     0.1521
//   heading                        -0.1179
//   caption                        0.4621
//   list-item                      -0.2269
//   table-cell                     -0.0063
//   depth                          0.0738
//   siblings                       0.9334
//   line-length                    -0.1378
//   line-negative                  -0.2773
//   page-negative                  -0.7168
//   page-candidates                -0.6099
//   same-price                     -0.3378
//   price-big                      0.3475
//   price-small                    0.1033
//   label-left                     -0.0396
//   lang-other                     -0.9606
//   lang:en                        0.3508
//   lang:de                        -0.0103
//   lang:fr                        0.3851
//   lang:it                        -0.4692
//   lang:es                        -0.3019
//   lang:nl                        0.4501
//   lang:pl                        0.2766
//   lang:sv                        0.0723
//   lang:ja                        0.2072
//   name-is-shop                   -0.3365
//   name-is-title                  -0.2729
//   holds-title                    -0.0831
//   record-lines                   1.0116
//   name-one-noun                  0.2092
//   name-sentence                  -0.7794
//   no-price*siblings              -0.6096
//   no-price*brand-known           -1.1938
//   no-price*url                   0.3651
//   no-price*one-noun              0.8113
//   price-range                    -0.4236
//   candidate-siblings             0.7021
//   page-shop-links                0.166
//   no-price*shop-links            -0.7517
//   no-price*page-unpriced         2.5944
//   no-price*candidate-siblings    -0.7698
//   format:anchor-credit           -0.2881
//   format:anchor-maker            -0.0572
//   format:anchor-runon            0.2007
//   maker-lead                     -1.3566
//   maker-tail                     -1.2701
//   maker-inside                   -0.0624
//   maker-read-known               -1.142
//   no-price*brand-heading-run     1.118
//   format:anchor-prose-brand      0.0572
//   format:anchor-cjk              0.6147
//   name-hiragana                  -0.9578
//   name-cjk-punct                 -0.3844
//   name-cjk-quoted                0.9829
//   name-cjk-editorial             -0.387
//   name-cjk-holds-brand           -0.1667
//   format:anchor-group            -0.2188
//   in-record                      -0.2188
//   record-group-size              -0.18
//   record-group-priced            -0.2122
//   record-group-linked            -0.1011
//   record-seq                     -0.2381
//   record-price                   -0.2286
//   record-shop-link               -0.3331
//   record-buy                     -0.0958
//   record-brand-first             -0.0647
//   record-length                  -0.241
//   record-used                    -0.0008
//   record-size-label              0
//   record-group-used              -0.0003
//   record-group-distinct          -0.2185
//   page-used                      -0.0003
//   anchor-group*page-used         -0.0003
//   anchor-group*no-shop-link      0.1143
//   anchor-group*name-proper       -0.1274
//   name-used                      -0.828

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0629
//   first-logit                    3.4749
//   same-parent-max                0.5703
//   same-parent-mean               -0.9729
//   same-grandparent-mean          2.2449
//   page-accepted-share            -1.9236
//   format-accepted-share          1.591
//   no-price*same-parent-mean      -0.3044
//   no-price*format-accepted-share 0.2485
//   no-price*first-logit           0.2293

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.5953,0.8342,0.9597,0.1004,-0.8264,-0.1872,0.3394,0.232,-0.4486,-0.0194,-1.0838,-0.0103,-1.1164,0.2897,0.6282,1.363,0.6077,1.1999,0.1694,0.1125,0.2203,3.2964,1.8966,-0.0112,-0.0501,-0.5404,-0.7006,0.7032,-0.1356,-0.7362,0.1213,0.616,-0.7965,0.1521,-0.1179,0.4621,-0.2269,-0.0063,0.0738,0.9334,-0.1378,-0.2773,-0.7168,-0.6099,-0.3378,0.3475,0.1033,-0.0396,-0.9606,0.3508,-0.0103,0.3851,-0.4692,-0.3019,0.4501,0.2766,0.0723,0.2072,-0.3365,-0.2729,-0.0831,1.0116,0.2092,-0.7794,-0.6096,-1.1938,0.3651,0.8113,-0.4236,0.7021,0.166,-0.7517,2.5944,-0.7698,-0.2881,-0.0572,0.2007,-1.3566,-1.2701,-0.0624,-1.142,1.118,0.0572,0.6147,-0.9578,-0.3844,0.9829,-0.387,-0.1667,-0.2188,-0.2188,-0.18,-0.2122,-0.1011,-0.2381,-0.2286,-0.3331,-0.0958,-0.0647,-0.241,-0.0008,0,-0.0003,-0.2185,-0.0003,-0.0003,0.1143,-0.1274,-0.828],"second":[-0.0629,3.4749,0.5703,-0.9729,2.2449,-1.9236,1.591,-0.3044,0.2485,0.2293],"accept":0.5};
