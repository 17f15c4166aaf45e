// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 597 labelled pages (4271 candidates, 2564 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.6683
//   format:table                   0.817
//   format:card                    0.9334
//   format:brand-then-line         0.0998
//   format:heading                 -0.8637
//   format:name-then-price         -0.1941
//   format:caption                 0.3419
//   format:linked-prose            0.2263
//   format:anchor-line             -0.4303
//   format:anchor-list             0.0408
//   format:anchor-prose            -1.076
//   format:anchor-record           -0.0364
//   format:anchor-carry            -1.1277
//   format:anchor-link             0.2997
//   format:anchor-heading          0.5845
//   evidence                       1.3396
//   evidence>=4                    0.6071
//   price                          1.2609
//   retailer                       0.161
//   url                            0.1052
//   deep-url                       0.2149
//   brand                          3.2962
//   brand-known                    1.8944
//   brand-ambiguous                0.0044
//   brand-caps                     -0.0549
//   name-words                     -0.5435
//   name-long                      -0.6978
//   name-noun                      0.7038
//   name-caps                      -0.1394
//   name-lower-start               -0.7381
//   name-digits                    0.1238
//   name-quote                     0.6192
//   chrome                         -0.7871
//   in-article                     0.1572
//   heading                        -0.1177
//   caption                        0.4568
//   list-item                      -0.2234
//   table-cell                     -0.0062
//   depth                          0.0678
//   siblings                       0.9157
//   line-length                    -0.1237
//   line-negative                  -0.272
//   page-negative                  -0.725
//   page-candidates                -0.6288
//   same-price                     -0.2698
//   price-big                      0.3349
//   price-small                    0.0876
//   label-left                     -0.041
//   lang-other                     -0.9466
//   lang:en                        0.3509
//   lang:de                        -0.0153
//   lang:fr                        0.3769
//   lang:it                        -0.4723
//   lang:es                        -0.3174
//   lang:nl                        0.4598
//   lang:pl                        0.2861
//   lang:sv                        0.0753
//   lang:ja                        0.2027
//   name-is-shop                   -0.3346
//   name-is-title                  -0.2785
//   holds-title                    -0.082
//   record-lines                   1.0577
//   name-one-noun                  0.2069
//   name-sentence                  -0.7718
//   no-price*siblings              -0.5877
//   no-price*brand-known           -1.1864
//   no-price*url                   0.3998
//   no-price*one-noun              0.8231
//   price-range                    -0.4268
//   candidate-siblings             0.7108
//   page-shop-links                0.1599
//   no-price*shop-links            -0.739
//   no-price*page-unpriced         2.6065
//   no-price*candidate-siblings    -0.7753
//   format:anchor-credit           -0.2498
//   format:anchor-maker            -0.051
//   format:anchor-runon            0.2383
//   maker-lead                     -1.3602
//   maker-tail                     -1.2563
//   maker-inside                   -0.0675
//   maker-read-known               -1.1378
//   no-price*brand-heading-run     1.1118
//   format:anchor-prose-brand      0.0759
//   format:anchor-cjk              0.5864
//   name-hiragana                  -0.9617
//   name-cjk-punct                 -0.3857
//   name-cjk-quoted                0.9896
//   name-cjk-editorial             -0.3899
//   name-cjk-holds-brand           -0.1692
//   format:anchor-group            -0.2149
//   in-record                      -0.2149
//   record-group-size              -0.1771
//   record-group-priced            -0.2119
//   record-group-linked            -0.0967
//   record-seq                     -0.2381
//   record-price                   -0.2288
//   record-shop-link               -0.3286
//   record-buy                     -0.0961
//   record-brand-first             -0.0647
//   record-length                  -0.2382
//   record-used                    -0.0008
//   record-size-label              0
//   record-group-used              -0.0003
//   record-group-distinct          -0.2147
//   page-used                      -0.0003
//   anchor-group*page-used         -0.0003
//   anchor-group*no-shop-link      0.1137
//   anchor-group*name-proper       -0.1261
//   name-used                      -0.8271

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0696
//   first-logit                    3.4574
//   same-parent-max                0.5558
//   same-parent-mean               -0.9637
//   same-grandparent-mean          2.3043
//   page-accepted-share            -1.9752
//   format-accepted-share          1.6064
//   no-price*same-parent-mean      -0.3388
//   no-price*format-accepted-share 0.2866
//   no-price*first-logit           0.2468

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.6683,0.817,0.9334,0.0998,-0.8637,-0.1941,0.3419,0.2263,-0.4303,0.0408,-1.076,-0.0364,-1.1277,0.2997,0.5845,1.3396,0.6071,1.2609,0.161,0.1052,0.2149,3.2962,1.8944,0.0044,-0.0549,-0.5435,-0.6978,0.7038,-0.1394,-0.7381,0.1238,0.6192,-0.7871,0.1572,-0.1177,0.4568,-0.2234,-0.0062,0.0678,0.9157,-0.1237,-0.272,-0.725,-0.6288,-0.2698,0.3349,0.0876,-0.041,-0.9466,0.3509,-0.0153,0.3769,-0.4723,-0.3174,0.4598,0.2861,0.0753,0.2027,-0.3346,-0.2785,-0.082,1.0577,0.2069,-0.7718,-0.5877,-1.1864,0.3998,0.8231,-0.4268,0.7108,0.1599,-0.739,2.6065,-0.7753,-0.2498,-0.051,0.2383,-1.3602,-1.2563,-0.0675,-1.1378,1.1118,0.0759,0.5864,-0.9617,-0.3857,0.9896,-0.3899,-0.1692,-0.2149,-0.2149,-0.1771,-0.2119,-0.0967,-0.2381,-0.2288,-0.3286,-0.0961,-0.0647,-0.2382,-0.0008,0,-0.0003,-0.2147,-0.0003,-0.0003,0.1137,-0.1261,-0.8271],"second":[-0.0696,3.4574,0.5558,-0.9637,2.3043,-1.9752,1.6064,-0.3388,0.2866,0.2468],"accept":0.5};
