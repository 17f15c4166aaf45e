// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 708 labelled pages (5658 candidates, 3270 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.7104
//   format:table                   0.9591
//   format:card                    0.6137
//   format:brand-then-line         0.1378
//   format:heading                 -0.9044
//   format:name-then-price         -0.1826
//   format:caption                 0.4631
//   format:linked-prose            0.2816
//   format:anchor-line             -0.0638
//   format:anchor-list             0.1022
//   format:anchor-prose            -1.1463
//   format:anchor-record           0.2954
//   format:anchor-carry            -1.3251
//   format:anchor-link             0.405
//   format:anchor-heading          0.1797
//   evidence                       0.9875
//   evidence>=4                    0.6956
//   price                          1.4452
//   retailer                       0.012
//   url                            0.0562
//   deep-url                       0.1413
//   brand                          3.5542
//   brand-known                    2.0645
//   brand-ambiguous                -0.0591
//   brand-caps                     0.0934
//   name-words                     -0.2979
//   name-long                      -0.3157
//   name-noun                      0.7727
//   name-caps                      -0.4646
//   name-lower-start               -1.0351
//   name-digits                    0.1631
//   name-quote                     0.6021
//   chrome                         -0.8002
//   in-article                     0.0871
//   heading                        -0.4148
//   caption                        0.407
//   list-item                      -0.2996
//   table-cell                     -0.0433
//   depth                          0.4146
//   siblings                       1.1146
//   line-length                    0.6288
//   line-negative                  0.0129
//   page-negative                  -0.6906
//   page-candidates                -0.6188
//   same-price                     -0.1887
//   price-big                      0.4721
//   price-small                    0.051
//   label-left                     0.1553
//   lang-other                     -1.2713
//   lang:en                        0.4749
//   lang:de                        0.0616
//   lang:fr                        0.3192
//   lang:it                        -0.4684
//   lang:es                        0.1092
//   lang:nl                        0.6817
//   lang:pl                        0.5625
//   lang:sv                        -0.4546
//   lang:ja                        -0.0146
//   name-is-shop                   -0.3318
//   name-is-title                  0.0021
//   holds-title                    -0.1552
//   record-lines                   0.8715
//   name-one-noun                  0.4114
//   name-sentence                  -0.6886
//   no-price*siblings              -1.1118
//   no-price*brand-known           -1.2418
//   no-price*url                   0.2773
//   no-price*one-noun              0.7954
//   price-range                    -0.4501
//   candidate-siblings             -0.0765
//   page-shop-links                0.3924
//   no-price*shop-links            -0.5924
//   no-price*page-unpriced         2.6336
//   no-price*candidate-siblings    0.1651
//   format:anchor-credit           -0.1038
//   format:anchor-maker            0.2322
//   format:anchor-runon            0.2483
//   maker-lead                     -1.3787
//   maker-tail                     -1.2378
//   maker-inside                   -0.0652
//   maker-read-known               -0.9714
//   no-price*brand-heading-run     1.5314
//   format:anchor-prose-brand      -0.2649
//   format:anchor-cjk              1.2329
//   name-hiragana                  -0.834
//   name-cjk-punct                 -0.3144
//   name-cjk-quoted                0.8703
//   name-cjk-editorial             -0.4529
//   name-cjk-holds-brand           -0.1852
//   format:anchor-group            -0.0835
//   in-record                      -0.0835
//   record-group-size              -0.0598
//   record-group-priced            0.0415
//   record-group-linked            -0.1551
//   record-seq                     0.0261
//   record-price                   0.0261
//   record-shop-link               -0.1729
//   record-buy                     -0.0981
//   record-brand-first             -0.1125
//   record-length                  -0.0709
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.0835
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0894
//   anchor-group*name-proper       -0.1031
//   name-used                      -0.7631
//   shared-credit                  0.8667
//   headline-negative              -0.3705
//   format:anchor-own-shop         0.0346
//   own-shop*slot                  0.4157
//   own-shop*url-repeats           0.1826
//   own-shop*page-slots            0.6456
//   own-shop*page-cart             -0.1446
//   format:anchor-of-maker         -0.5373
//   cue:first-person               -0.0049
//   cue:recommend                  -0.193
//   cue:report                     -0.042
//   format:anchor-possessive       -0.0823
//   used-goods                     -0.6541
//   page-used-goods                -0.8184
//   block-run                      -0.5086
//   block-short-offer              0.9277
//   format:anchor-block            -0.666
//   format:anchor-maker-first      0.1744

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0879
//   first-logit                    3.4526
//   same-parent-max                0.5857
//   same-parent-mean               -1.3938
//   same-grandparent-mean          1.9798
//   page-accepted-share            -2.1037
//   format-accepted-share          1.8261
//   no-price*same-parent-mean      0.1157
//   no-price*format-accepted-share 0.3639
//   no-price*first-logit           0.0328

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.7104,0.9591,0.6137,0.1378,-0.9044,-0.1826,0.4631,0.2816,-0.0638,0.1022,-1.1463,0.2954,-1.3251,0.405,0.1797,0.9875,0.6956,1.4452,0.012,0.0562,0.1413,3.5542,2.0645,-0.0591,0.0934,-0.2979,-0.3157,0.7727,-0.4646,-1.0351,0.1631,0.6021,-0.8002,0.0871,-0.4148,0.407,-0.2996,-0.0433,0.4146,1.1146,0.6288,0.0129,-0.6906,-0.6188,-0.1887,0.4721,0.051,0.1553,-1.2713,0.4749,0.0616,0.3192,-0.4684,0.1092,0.6817,0.5625,-0.4546,-0.0146,-0.3318,0.0021,-0.1552,0.8715,0.4114,-0.6886,-1.1118,-1.2418,0.2773,0.7954,-0.4501,-0.0765,0.3924,-0.5924,2.6336,0.1651,-0.1038,0.2322,0.2483,-1.3787,-1.2378,-0.0652,-0.9714,1.5314,-0.2649,1.2329,-0.834,-0.3144,0.8703,-0.4529,-0.1852,-0.0835,-0.0835,-0.0598,0.0415,-0.1551,0.0261,0.0261,-0.1729,-0.0981,-0.1125,-0.0709,0,0,0,-0.0835,0,0,0.0894,-0.1031,-0.7631,0.8667,-0.3705,0.0346,0.4157,0.1826,0.6456,-0.1446,-0.5373,-0.0049,-0.193,-0.042,-0.0823,-0.6541,-0.8184,-0.5086,0.9277,-0.666,0.1744],"second":[0.0879,3.4526,0.5857,-1.3938,1.9798,-2.1037,1.8261,0.1157,0.3639,0.0328],"accept":0.5};
