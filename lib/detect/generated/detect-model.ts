// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 816 labelled pages (6102 candidates, 3573 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.2612
//   format:table                   0.8206
//   format:card                    0.6995
//   format:brand-then-line         -0.0799
//   format:heading                 -0.9524
//   format:name-then-price         -0.1995
//   format:caption                 0.4609
//   format:linked-prose            0.2645
//   format:anchor-line             0.033
//   format:anchor-list             -0.1985
//   format:anchor-prose            -1.0237
//   format:anchor-record           0.1044
//   format:anchor-carry            -1.26
//   format:anchor-link             0.552
//   format:anchor-heading          0.0819
//   evidence                       1.0059
//   evidence>=4                    0.6102
//   price                          1.4941
//   retailer                       -0.1001
//   url                            0.1617
//   deep-url                       0.1497
//   brand                          3.7549
//   brand-known                    1.9668
//   brand-ambiguous                -0.1173
//   brand-caps                     0.2179
//   name-words                     -0.1629
//   name-long                      -0.2056
//   name-noun                      0.764
//   name-caps                      -0.6369
//   name-lower-start               -1.1398
//   name-digits                    0.2108
//   name-quote                     0.4506
//   chrome                         -0.9288
//   in-article                     -0.3089
//   heading                        -0.3538
//   caption                        0.4949
//   list-item                      -0.2101
//   table-cell                     -0.1611
//   depth                          0.4066
//   siblings                       1.1986
//   line-length                    0.1876
//   line-negative                  -0.0025
//   page-negative                  -0.5649
//   page-candidates                -0.5273
//   same-price                     -0.2073
//   price-big                      0.512
//   price-small                    -0.0012
//   label-left                     0.1339
//   lang-other                     -1.1057
//   lang:en                        0.5325
//   lang:de                        -0.0382
//   lang:fr                        0.3963
//   lang:it                        -0.4712
//   lang:es                        0.114
//   lang:nl                        0.5818
//   lang:pl                        0.4676
//   lang:sv                        -0.4952
//   lang:ja                        0.0182
//   name-is-shop                   -0.262
//   name-is-title                  -0.1457
//   holds-title                    0.0249
//   record-lines                   0.924
//   name-one-noun                  0.4126
//   name-sentence                  -0.5785
//   no-price*siblings              -1.1879
//   no-price*brand-known           -1.0462
//   no-price*url                   0.1683
//   no-price*one-noun              0.726
//   price-range                    -0.4483
//   candidate-siblings             0.0572
//   page-shop-links                0.1612
//   no-price*shop-links            -0.6308
//   no-price*page-unpriced         2.791
//   no-price*candidate-siblings    0.0856
//   format:anchor-credit           0.2157
//   format:anchor-maker            0.1365
//   format:anchor-runon            0.3997
//   maker-lead                     -1.4043
//   maker-tail                     -1.2838
//   maker-inside                   -0.0805
//   maker-read-known               -1.0821
//   no-price*brand-heading-run     1.4175
//   format:anchor-prose-brand      -0.294
//   format:anchor-cjk              0.9645
//   name-hiragana                  -1.0118
//   name-cjk-punct                 -0.269
//   name-cjk-quoted                0.8871
//   name-cjk-editorial             -0.4453
//   name-cjk-holds-brand           -0.1953
//   format:anchor-group            -0.1155
//   in-record                      -0.1155
//   record-group-size              -0.0935
//   record-group-priced            0.0186
//   record-group-linked            -0.1673
//   record-seq                     0.0026
//   record-price                   0.0026
//   record-shop-link               -0.1787
//   record-buy                     -0.1022
//   record-brand-first             -0.1221
//   record-length                  -0.1066
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.1155
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0632
//   anchor-group*name-proper       -0.1133
//   name-used                      -0.8492
//   shared-credit                  0.8672
//   headline-negative              -0.5592
//   format:anchor-own-shop         -0.1061
//   own-shop*slot                  0.4188
//   own-shop*url-repeats           0.1916
//   own-shop*page-slots            0.621
//   own-shop*page-cart             -0.2718
//   format:anchor-of-maker         -0.4396
//   cue:first-person               -0.0364
//   cue:recommend                  -0.2019
//   cue:report                     -0.0558
//   format:anchor-possessive       -0.0989
//   used-goods                     -0.7254
//   page-used-goods                -0.8552
//   block-run                      -0.5736
//   block-short-offer              0.868
//   format:anchor-block            -0.6885
//   format:anchor-maker-first      0.1963
//   cue:past-year                  -0.7462
//   cue:parted-or-warned           -0.5521

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0334
//   first-logit                    3.5392
//   same-parent-max                0.5727
//   same-parent-mean               -1.0607
//   same-grandparent-mean          1.7099
//   page-accepted-share            -2.1419
//   format-accepted-share          2.0939
//   no-price*same-parent-mean      0.1472
//   no-price*format-accepted-share 0.1605
//   no-price*first-logit           -0.0669

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.2612,0.8206,0.6995,-0.0799,-0.9524,-0.1995,0.4609,0.2645,0.033,-0.1985,-1.0237,0.1044,-1.26,0.552,0.0819,1.0059,0.6102,1.4941,-0.1001,0.1617,0.1497,3.7549,1.9668,-0.1173,0.2179,-0.1629,-0.2056,0.764,-0.6369,-1.1398,0.2108,0.4506,-0.9288,-0.3089,-0.3538,0.4949,-0.2101,-0.1611,0.4066,1.1986,0.1876,-0.0025,-0.5649,-0.5273,-0.2073,0.512,-0.0012,0.1339,-1.1057,0.5325,-0.0382,0.3963,-0.4712,0.114,0.5818,0.4676,-0.4952,0.0182,-0.262,-0.1457,0.0249,0.924,0.4126,-0.5785,-1.1879,-1.0462,0.1683,0.726,-0.4483,0.0572,0.1612,-0.6308,2.791,0.0856,0.2157,0.1365,0.3997,-1.4043,-1.2838,-0.0805,-1.0821,1.4175,-0.294,0.9645,-1.0118,-0.269,0.8871,-0.4453,-0.1953,-0.1155,-0.1155,-0.0935,0.0186,-0.1673,0.0026,0.0026,-0.1787,-0.1022,-0.1221,-0.1066,0,0,0,-0.1155,0,0,0.0632,-0.1133,-0.8492,0.8672,-0.5592,-0.1061,0.4188,0.1916,0.621,-0.2718,-0.4396,-0.0364,-0.2019,-0.0558,-0.0989,-0.7254,-0.8552,-0.5736,0.868,-0.6885,0.1963,-0.7462,-0.5521],"second":[0.0334,3.5392,0.5727,-1.0607,1.7099,-2.1419,2.0939,0.1472,0.1605,-0.0669],"accept":0.5};
