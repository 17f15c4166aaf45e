// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 780 labelled pages (5926 candidates, 3462 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.5958
//   format:table                   0.8532
//   format:card                    0.6965
//   format:brand-then-line         -0.0618
//   format:heading                 -0.9467
//   format:name-then-price         -0.1927
//   format:caption                 0.3951
//   format:linked-prose            0.2671
//   format:anchor-line             -0.0159
//   format:anchor-list             -0.1049
//   format:anchor-prose            -1.0848
//   format:anchor-record           0.1456
//   format:anchor-carry            -1.2362
//   format:anchor-link             0.5583
//   format:anchor-heading          0.1571
//   evidence                       1.0517
//   evidence>=4                    0.625
//   price                          1.381
//   retailer                       -0.0617
//   url                            0.1708
//   deep-url                       0.1643
//   brand                          3.6646
//   brand-known                    1.9834
//   brand-ambiguous                -0.1316
//   brand-caps                     0.1379
//   name-words                     -0.1239
//   name-long                      -0.1702
//   name-noun                      0.7329
//   name-caps                      -0.6249
//   name-lower-start               -1.1223
//   name-digits                    0.2091
//   name-quote                     0.4487
//   chrome                         -0.8945
//   in-article                     -0.1719
//   heading                        -0.3406
//   caption                        0.4388
//   list-item                      -0.181
//   table-cell                     -0.1646
//   depth                          0.4643
//   siblings                       1.193
//   line-length                    0.4207
//   line-negative                  -0.0473
//   page-negative                  -0.5616
//   page-candidates                -0.5233
//   same-price                     -0.1905
//   price-big                      0.6063
//   price-small                    0.0214
//   label-left                     0.1419
//   lang-other                     -1.0704
//   lang:en                        0.4826
//   lang:de                        -0.0491
//   lang:fr                        0.4022
//   lang:it                        -0.4726
//   lang:es                        0.1349
//   lang:nl                        0.5762
//   lang:pl                        0.4827
//   lang:sv                        -0.4915
//   lang:ja                        0.0049
//   name-is-shop                   -0.1742
//   name-is-title                  -0.1153
//   holds-title                    0.0268
//   record-lines                   0.9779
//   name-one-noun                  0.4355
//   name-sentence                  -0.461
//   no-price*siblings              -1.2001
//   no-price*brand-known           -1.0476
//   no-price*url                   0.1487
//   no-price*one-noun              0.7078
//   price-range                    -0.4274
//   candidate-siblings             0.0836
//   page-shop-links                0.1981
//   no-price*shop-links            -0.7039
//   no-price*page-unpriced         2.7777
//   no-price*candidate-siblings    0.0679
//   format:anchor-credit           0.248
//   format:anchor-maker            0.1656
//   format:anchor-runon            0.384
//   maker-lead                     -1.396
//   maker-tail                     -1.4462
//   maker-inside                   -0.092
//   maker-read-known               -1.0159
//   no-price*brand-heading-run     1.3983
//   format:anchor-prose-brand      -0.2653
//   format:anchor-cjk              1.1828
//   name-hiragana                  -1.0022
//   name-cjk-punct                 -0.2695
//   name-cjk-quoted                0.8565
//   name-cjk-editorial             -0.4424
//   name-cjk-holds-brand           -0.1812
//   format:anchor-group            -0.1002
//   in-record                      -0.1002
//   record-group-size              -0.0818
//   record-group-priced            0.0345
//   record-group-linked            -0.1744
//   record-seq                     0.0241
//   record-price                   0.0241
//   record-shop-link               -0.1855
//   record-buy                     -0.1062
//   record-brand-first             -0.1152
//   record-length                  -0.0898
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.1002
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0852
//   anchor-group*name-proper       -0.1012
//   name-used                      -0.8781
//   shared-credit                  0.9414
//   headline-negative              -0.4118
//   format:anchor-own-shop         -0.1036
//   own-shop*slot                  0.435
//   own-shop*url-repeats           0.1953
//   own-shop*page-slots            0.6282
//   own-shop*page-cart             -0.2603
//   format:anchor-of-maker         -0.4373
//   cue:first-person               -0.1072
//   cue:recommend                  -0.2128
//   cue:report                     -0.0527
//   format:anchor-possessive       -0.0786
//   used-goods                     -0.7533
//   page-used-goods                -0.8719
//   block-run                      -0.5606
//   block-short-offer              0.8732
//   format:anchor-block            -0.6364
//   format:anchor-maker-first      0.2112
//   cue:past-year                  -0.7126
//   cue:parted-or-warned           -0.5472

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0044
//   first-logit                    3.5219
//   same-parent-max                0.6505
//   same-parent-mean               -1.2437
//   same-grandparent-mean          1.7536
//   page-accepted-share            -2.0529
//   format-accepted-share          2.0635
//   no-price*same-parent-mean      0.2203
//   no-price*format-accepted-share 0.11
//   no-price*first-logit           -0.05

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.5958,0.8532,0.6965,-0.0618,-0.9467,-0.1927,0.3951,0.2671,-0.0159,-0.1049,-1.0848,0.1456,-1.2362,0.5583,0.1571,1.0517,0.625,1.381,-0.0617,0.1708,0.1643,3.6646,1.9834,-0.1316,0.1379,-0.1239,-0.1702,0.7329,-0.6249,-1.1223,0.2091,0.4487,-0.8945,-0.1719,-0.3406,0.4388,-0.181,-0.1646,0.4643,1.193,0.4207,-0.0473,-0.5616,-0.5233,-0.1905,0.6063,0.0214,0.1419,-1.0704,0.4826,-0.0491,0.4022,-0.4726,0.1349,0.5762,0.4827,-0.4915,0.0049,-0.1742,-0.1153,0.0268,0.9779,0.4355,-0.461,-1.2001,-1.0476,0.1487,0.7078,-0.4274,0.0836,0.1981,-0.7039,2.7777,0.0679,0.248,0.1656,0.384,-1.396,-1.4462,-0.092,-1.0159,1.3983,-0.2653,1.1828,-1.0022,-0.2695,0.8565,-0.4424,-0.1812,-0.1002,-0.1002,-0.0818,0.0345,-0.1744,0.0241,0.0241,-0.1855,-0.1062,-0.1152,-0.0898,0,0,0,-0.1002,0,0,0.0852,-0.1012,-0.8781,0.9414,-0.4118,-0.1036,0.435,0.1953,0.6282,-0.2603,-0.4373,-0.1072,-0.2128,-0.0527,-0.0786,-0.7533,-0.8719,-0.5606,0.8732,-0.6364,0.2112,-0.7126,-0.5472],"second":[0.0044,3.5219,0.6505,-1.2437,1.7536,-2.0529,2.0635,0.2203,0.11,-0.05],"accept":0.5};
