// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 744 labelled pages (5821 candidates, 3380 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.6196
//   format:table                   0.9005
//   format:card                    0.7785
//   format:brand-then-line         -0.0194
//   format:heading                 -0.9321
//   format:name-then-price         -0.1615
//   format:caption                 0.3615
//   format:linked-prose            0.2879
//   format:anchor-line             -0.0311
//   format:anchor-list             -0.0606
//   format:anchor-prose            -1.0898
//   format:anchor-record           0.28
//   format:anchor-carry            -1.3589
//   format:anchor-link             0.5382
//   format:anchor-heading          0.2048
//   evidence                       0.9754
//   evidence>=4                    0.6662
//   price                          1.3553
//   retailer                       -0.1454
//   url                            0.1737
//   deep-url                       0.2314
//   brand                          3.5719
//   brand-known                    2.0031
//   brand-ambiguous                -0.1249
//   brand-caps                     0.2091
//   name-words                     -0.3704
//   name-long                      -0.4406
//   name-noun                      0.7535
//   name-caps                      -0.5615
//   name-lower-start               -1.1025
//   name-digits                    0.2856
//   name-quote                     0.4041
//   chrome                         -0.886
//   in-article                     -0.1763
//   heading                        -0.317
//   caption                        0.4637
//   list-item                      -0.1364
//   table-cell                     -0.0448
//   depth                          0.6558
//   siblings                       1.1473
//   line-length                    0.5636
//   line-negative                  -0.0629
//   page-negative                  -0.5639
//   page-candidates                -0.5927
//   same-price                     -0.254
//   price-big                      0.5699
//   price-small                    0.0176
//   label-left                     0.1575
//   lang-other                     -1.2292
//   lang:en                        0.4846
//   lang:de                        0.0481
//   lang:fr                        0.4044
//   lang:it                        -0.6034
//   lang:es                        0.1563
//   lang:nl                        0.5653
//   lang:pl                        0.5828
//   lang:sv                        -0.4311
//   lang:ja                        0.0221
//   name-is-shop                   -0.3163
//   name-is-title                  -0.0014
//   holds-title                    0.0439
//   record-lines                   1.0141
//   name-one-noun                  0.4268
//   name-sentence                  -0.7889
//   no-price*siblings              -1.179
//   no-price*brand-known           -1.0282
//   no-price*url                   0.1197
//   no-price*one-noun              0.6138
//   price-range                    -0.4352
//   candidate-siblings             0.0986
//   page-shop-links                0.3417
//   no-price*shop-links            -0.7261
//   no-price*page-unpriced         2.7205
//   no-price*candidate-siblings    -0.0302
//   format:anchor-credit           -0.023
//   format:anchor-maker            0.1743
//   format:anchor-runon            0.3831
//   maker-lead                     -1.3372
//   maker-tail                     -1.3759
//   maker-inside                   -0.0736
//   maker-read-known               -1.0087
//   no-price*brand-heading-run     1.4456
//   format:anchor-prose-brand      -0.2975
//   format:anchor-cjk              1.1681
//   name-hiragana                  -0.8911
//   name-cjk-punct                 -0.3157
//   name-cjk-quoted                0.8741
//   name-cjk-editorial             -0.4756
//   name-cjk-holds-brand           -0.2131
//   format:anchor-group            -0.0875
//   in-record                      -0.0875
//   record-group-size              -0.0704
//   record-group-priced            0.0279
//   record-group-linked            -0.1591
//   record-seq                     0.0175
//   record-price                   0.0175
//   record-shop-link               -0.1761
//   record-buy                     -0.1102
//   record-brand-first             -0.1241
//   record-length                  -0.0833
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.0875
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0886
//   anchor-group*name-proper       -0.1051
//   name-used                      -0.8306
//   shared-credit                  0.9483
//   headline-negative              -0.3626
//   format:anchor-own-shop         -0.0187
//   own-shop*slot                  0.4277
//   own-shop*url-repeats           0.1991
//   own-shop*page-slots            0.6312
//   own-shop*page-cart             -0.2643
//   format:anchor-of-maker         -0.4996
//   cue:first-person               -0.043
//   cue:recommend                  -0.2188
//   cue:report                     -0.0467
//   format:anchor-possessive       -0.0845
//   used-goods                     -0.6802
//   page-used-goods                -0.8427
//   block-run                      -0.4832
//   block-short-offer              0.8809
//   format:anchor-block            -0.6162
//   format:anchor-maker-first      0.2035
//   cue:past-year                  -0.6195
//   cue:parted-or-warned           -0.5406

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0187
//   first-logit                    3.5224
//   same-parent-max                0.7461
//   same-parent-mean               -1.4209
//   same-grandparent-mean          1.7443
//   page-accepted-share            -2.0672
//   format-accepted-share          2.0199
//   no-price*same-parent-mean      0.1705
//   no-price*format-accepted-share 0.3148
//   no-price*first-logit           -0.1097

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.6196,0.9005,0.7785,-0.0194,-0.9321,-0.1615,0.3615,0.2879,-0.0311,-0.0606,-1.0898,0.28,-1.3589,0.5382,0.2048,0.9754,0.6662,1.3553,-0.1454,0.1737,0.2314,3.5719,2.0031,-0.1249,0.2091,-0.3704,-0.4406,0.7535,-0.5615,-1.1025,0.2856,0.4041,-0.886,-0.1763,-0.317,0.4637,-0.1364,-0.0448,0.6558,1.1473,0.5636,-0.0629,-0.5639,-0.5927,-0.254,0.5699,0.0176,0.1575,-1.2292,0.4846,0.0481,0.4044,-0.6034,0.1563,0.5653,0.5828,-0.4311,0.0221,-0.3163,-0.0014,0.0439,1.0141,0.4268,-0.7889,-1.179,-1.0282,0.1197,0.6138,-0.4352,0.0986,0.3417,-0.7261,2.7205,-0.0302,-0.023,0.1743,0.3831,-1.3372,-1.3759,-0.0736,-1.0087,1.4456,-0.2975,1.1681,-0.8911,-0.3157,0.8741,-0.4756,-0.2131,-0.0875,-0.0875,-0.0704,0.0279,-0.1591,0.0175,0.0175,-0.1761,-0.1102,-0.1241,-0.0833,0,0,0,-0.0875,0,0,0.0886,-0.1051,-0.8306,0.9483,-0.3626,-0.0187,0.4277,0.1991,0.6312,-0.2643,-0.4996,-0.043,-0.2188,-0.0467,-0.0845,-0.6802,-0.8427,-0.4832,0.8809,-0.6162,0.2035,-0.6195,-0.5406],"second":[0.0187,3.5224,0.7461,-1.4209,1.7443,-2.0672,2.0199,0.1705,0.3148,-0.1097],"accept":0.5};
