// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 597 labelled pages (4275 candidates, 2586 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.6742
//   format:table                   0.8289
//   format:card                    0.9786
//   format:brand-then-line         0.0988
//   format:heading                 -0.8161
//   format:name-then-price         -0.1957
//   format:caption                 0.4417
//   format:linked-prose            0.2151
//   format:anchor-line             -0.3991
//   format:anchor-list             -0.05
//   format:anchor-prose            -1.1837
//   format:anchor-record           -0.0121
//   format:anchor-carry            -1.0367
//   format:anchor-link             0.1753
//   format:anchor-heading          0.5849
//   evidence                       1.3791
//   evidence>=4                    0.5388
//   price                          1.2536
//   retailer                       0.1571
//   url                            0.0874
//   deep-url                       0.2264
//   brand                          3.3172
//   brand-known                    1.9084
//   brand-ambiguous                -0.0552
//   brand-caps                     0.0889
//   name-words                     -0.585
//   name-long                      -0.6625
//   name-noun                      0.691
//   name-caps                      -0.1736
//   name-lower-start               -0.6042
//   name-digits                    0.1237
//   name-quote                     0.6398
//   chrome                         -0.8145
//   in-article                     0.1687
//   heading                        -0.1447
//   caption                        0.4324
//   list-item                      -0.1893
//   table-cell                     -0.0071
//   depth                          0.0731
//   siblings                       0.909
//   line-length                    -0.0602
//   line-negative                  -0.1661
//   page-negative                  -0.7225
//   page-candidates                -0.6291
//   same-price                     -0.3282
//   price-big                      0.2676
//   price-small                    0.0832
//   label-left                     -0.0254
//   lang-other                     -0.9484
//   lang:en                        0.4319
//   lang:de                        0.0051
//   lang:fr                        0.3581
//   lang:it                        -0.4574
//   lang:es                        -0.2757
//   lang:nl                        0.4472
//   lang:pl                        0.2754
//   lang:sv                        0.0401
//   lang:ja                        0.1238
//   name-is-shop                   -0.3538
//   name-is-title                  -0.2733
//   holds-title                    -0.0888
//   record-lines                   1.016
//   name-one-noun                  0.3791
//   name-sentence                  -0.7824
//   no-price*siblings              -0.6171
//   no-price*brand-known           -1.1739
//   no-price*url                   0.385
//   no-price*one-noun              0.6539
//   price-range                    -0.4785
//   candidate-siblings             0.6789
//   page-shop-links                0.18
//   no-price*shop-links            -0.7281
//   no-price*page-unpriced         2.5468
//   no-price*candidate-siblings    -0.746
//   format:anchor-credit           -0.2906
//   format:anchor-maker            -0.1717
//   format:anchor-runon            0.1841
//   maker-lead                     -1.4313
//   maker-tail                     -1.2844
//   maker-inside                   -0.0676
//   maker-read-known               -1.1565
//   no-price*brand-heading-run     1.1529
//   format:anchor-prose-brand      0.0123
//   format:anchor-cjk              0.8527
//   name-hiragana                  -0.9042
//   name-cjk-punct                 -0.3569
//   name-cjk-quoted                0.9178
//   name-cjk-editorial             -0.3925
//   name-cjk-holds-brand           -0.1726
//   format:anchor-group            -0.2166
//   in-record                      -0.2166
//   record-group-size              -0.1784
//   record-group-priced            -0.2112
//   record-group-linked            -0.097
//   record-seq                     -0.2382
//   record-price                   -0.2289
//   record-shop-link               -0.3252
//   record-buy                     -0.0927
//   record-brand-first             -0.0642
//   record-length                  -0.2388
//   record-used                    -0.0007
//   record-size-label              0
//   record-group-used              -0.0002
//   record-group-distinct          -0.2164
//   page-used                      -0.0002
//   anchor-group*page-used         -0.0002
//   anchor-group*no-shop-link      0.1086
//   anchor-group*name-proper       -0.1262
//   name-used                      -0.843
//   shared-credit                  0.9215

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.1624
//   first-logit                    3.4281
//   same-parent-max                0.6352
//   same-parent-mean               -0.9263
//   same-grandparent-mean          2.1672
//   page-accepted-share            -1.8479
//   format-accepted-share          1.7012
//   no-price*same-parent-mean      -0.4321
//   no-price*format-accepted-share 0.3253
//   no-price*first-logit           0.1872

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.6742,0.8289,0.9786,0.0988,-0.8161,-0.1957,0.4417,0.2151,-0.3991,-0.05,-1.1837,-0.0121,-1.0367,0.1753,0.5849,1.3791,0.5388,1.2536,0.1571,0.0874,0.2264,3.3172,1.9084,-0.0552,0.0889,-0.585,-0.6625,0.691,-0.1736,-0.6042,0.1237,0.6398,-0.8145,0.1687,-0.1447,0.4324,-0.1893,-0.0071,0.0731,0.909,-0.0602,-0.1661,-0.7225,-0.6291,-0.3282,0.2676,0.0832,-0.0254,-0.9484,0.4319,0.0051,0.3581,-0.4574,-0.2757,0.4472,0.2754,0.0401,0.1238,-0.3538,-0.2733,-0.0888,1.016,0.3791,-0.7824,-0.6171,-1.1739,0.385,0.6539,-0.4785,0.6789,0.18,-0.7281,2.5468,-0.746,-0.2906,-0.1717,0.1841,-1.4313,-1.2844,-0.0676,-1.1565,1.1529,0.0123,0.8527,-0.9042,-0.3569,0.9178,-0.3925,-0.1726,-0.2166,-0.2166,-0.1784,-0.2112,-0.097,-0.2382,-0.2289,-0.3252,-0.0927,-0.0642,-0.2388,-0.0007,0,-0.0002,-0.2164,-0.0002,-0.0002,0.1086,-0.1262,-0.843,0.9215],"second":[-0.1624,3.4281,0.6352,-0.9263,2.1672,-1.8479,1.7012,-0.4321,0.3253,0.1872],"accept":0.5};
