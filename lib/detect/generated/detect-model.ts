// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 633 labelled pages (4487 candidates, 2654 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.7223
//   format:table                   0.7938
//   format:card                    1.0026
//   format:brand-then-line         0.0994
//   format:heading                 -0.8315
//   format:name-then-price         -0.2057
//   format:caption                 0.4685
//   format:linked-prose            0.1749
//   format:anchor-line             -0.3
//   format:anchor-list             -0.0888
//   format:anchor-prose            -1.1574
//   format:anchor-record           -0.0855
//   format:anchor-carry            -1.0791
//   format:anchor-link             0.1255
//   format:anchor-heading          0.5336
//   evidence                       1.2515
//   evidence>=4                    0.5723
//   price                          1.3244
//   retailer                       0.1646
//   url                            0.0973
//   deep-url                       0.212
//   brand                          3.4505
//   brand-known                    1.922
//   brand-ambiguous                -0.0425
//   brand-caps                     0.1055
//   name-words                     -0.5365
//   name-long                      -0.2081
//   name-noun                      0.7658
//   name-caps                      -0.1491
//   name-lower-start               -0.7237
//   name-digits                    0.1237
//   name-quote                     0.6453
//   chrome                         -0.7936
//   in-article                     0.1683
//   heading                        -0.2334
//   caption                        0.421
//   list-item                      -0.1876
//   table-cell                     -0.0061
//   depth                          0.0513
//   siblings                       0.8225
//   line-length                    -0.1592
//   line-negative                  -0.2133
//   page-negative                  -0.6696
//   page-candidates                -0.5524
//   same-price                     -0.3468
//   price-big                      0.2221
//   price-small                    0.0714
//   label-left                     -0.0145
//   lang-other                     -0.941
//   lang:en                        0.4405
//   lang:de                        0.0268
//   lang:fr                        0.4395
//   lang:it                        -0.3704
//   lang:es                        -0.2364
//   lang:nl                        0.3779
//   lang:pl                        0.2088
//   lang:sv                        -0.0089
//   lang:ja                        0.0633
//   name-is-shop                   -0.3436
//   name-is-title                  -0.1726
//   holds-title                    -0.0926
//   record-lines                   1.043
//   name-one-noun                  0.3768
//   name-sentence                  -0.7271
//   no-price*siblings              -0.5585
//   no-price*brand-known           -1.1738
//   no-price*url                   0.3919
//   no-price*one-noun              0.6904
//   price-range                    -0.5733
//   candidate-siblings             0.7062
//   page-shop-links                0.112
//   no-price*shop-links            -0.7786
//   no-price*page-unpriced         2.5373
//   no-price*candidate-siblings    -0.7593
//   format:anchor-credit           -0.2842
//   format:anchor-maker            -0.2238
//   format:anchor-runon            0.157
//   maker-lead                     -1.4487
//   maker-tail                     -1.2192
//   maker-inside                   -0.0628
//   maker-read-known               -1.1232
//   no-price*brand-heading-run     1.2205
//   format:anchor-prose-brand      0.0096
//   format:anchor-cjk              1.0888
//   name-hiragana                  -0.8793
//   name-cjk-punct                 -0.352
//   name-cjk-quoted                0.8644
//   name-cjk-editorial             -0.3829
//   name-cjk-holds-brand           -0.1588
//   format:anchor-group            -0.198
//   in-record                      -0.198
//   record-group-size              -0.1567
//   record-group-priced            -0.1651
//   record-group-linked            -0.1435
//   record-seq                     -0.1738
//   record-price                   -0.165
//   record-shop-link               -0.3577
//   record-buy                     -0.0973
//   record-brand-first             -0.1002
//   record-length                  -0.2143
//   record-used                    -0.0008
//   record-size-label              0
//   record-group-used              -0.0003
//   record-group-distinct          -0.1977
//   page-used                      -0.0003
//   anchor-group*page-used         -0.0003
//   anchor-group*no-shop-link      0.1597
//   anchor-group*name-proper       -0.0375
//   name-used                      -0.9099
//   shared-credit                  0.8974
//   headline-negative              -0.5391

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.2189
//   first-logit                    3.4482
//   same-parent-max                0.6115
//   same-parent-mean               -0.8737
//   same-grandparent-mean          2.0965
//   page-accepted-share            -1.7541
//   format-accepted-share          1.7893
//   no-price*same-parent-mean      -0.4577
//   no-price*format-accepted-share 0.2753
//   no-price*first-logit           0.0753

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.7223,0.7938,1.0026,0.0994,-0.8315,-0.2057,0.4685,0.1749,-0.3,-0.0888,-1.1574,-0.0855,-1.0791,0.1255,0.5336,1.2515,0.5723,1.3244,0.1646,0.0973,0.212,3.4505,1.922,-0.0425,0.1055,-0.5365,-0.2081,0.7658,-0.1491,-0.7237,0.1237,0.6453,-0.7936,0.1683,-0.2334,0.421,-0.1876,-0.0061,0.0513,0.8225,-0.1592,-0.2133,-0.6696,-0.5524,-0.3468,0.2221,0.0714,-0.0145,-0.941,0.4405,0.0268,0.4395,-0.3704,-0.2364,0.3779,0.2088,-0.0089,0.0633,-0.3436,-0.1726,-0.0926,1.043,0.3768,-0.7271,-0.5585,-1.1738,0.3919,0.6904,-0.5733,0.7062,0.112,-0.7786,2.5373,-0.7593,-0.2842,-0.2238,0.157,-1.4487,-1.2192,-0.0628,-1.1232,1.2205,0.0096,1.0888,-0.8793,-0.352,0.8644,-0.3829,-0.1588,-0.198,-0.198,-0.1567,-0.1651,-0.1435,-0.1738,-0.165,-0.3577,-0.0973,-0.1002,-0.2143,-0.0008,0,-0.0003,-0.1977,-0.0003,-0.0003,0.1597,-0.0375,-0.9099,0.8974,-0.5391],"second":[-0.2189,3.4482,0.6115,-0.8737,2.0965,-1.7541,1.7893,-0.4577,0.2753,0.0753],"accept":0.5};
