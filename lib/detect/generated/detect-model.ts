// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 597 labelled pages (4275 candidates, 2585 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.6387
//   format:table                   0.8236
//   format:card                    0.9895
//   format:brand-then-line         0.099
//   format:heading                 -0.8172
//   format:name-then-price         -0.1952
//   format:caption                 0.4464
//   format:linked-prose            0.2112
//   format:anchor-line             -0.4145
//   format:anchor-list             -0.0685
//   format:anchor-prose            -1.1697
//   format:anchor-record           -0.0194
//   format:anchor-carry            -1.0334
//   format:anchor-link             0.185
//   format:anchor-heading          0.5728
//   evidence                       1.3348
//   evidence>=4                    0.5535
//   price                          1.2567
//   retailer                       0.1626
//   url                            0.0807
//   deep-url                       0.2138
//   brand                          3.3144
//   brand-known                    1.8992
//   brand-ambiguous                -0.046
//   brand-caps                     0.0821
//   name-words                     -0.5679
//   name-long                      -0.6581
//   name-noun                      0.6851
//   name-caps                      -0.1742
//   name-lower-start               -0.6255
//   name-digits                    0.1185
//   name-quote                     0.6326
//   chrome                         -0.8133
//   in-article                     0.1647
//   heading                        -0.146
//   caption                        0.4496
//   list-item                      -0.1893
//   table-cell                     -0.007
//   depth                          0.0851
//   siblings                       0.8954
//   line-length                    -0.0862
//   line-negative                  -0.2891
//   page-negative                  -0.7277
//   page-candidates                -0.6019
//   same-price                     -0.3222
//   price-big                      0.2754
//   price-small                    0.0805
//   label-left                     -0.0299
//   lang-other                     -0.9534
//   lang:en                        0.4241
//   lang:de                        -0.0017
//   lang:fr                        0.3631
//   lang:it                        -0.4541
//   lang:es                        -0.2743
//   lang:nl                        0.4487
//   lang:pl                        0.2858
//   lang:sv                        0.0426
//   lang:ja                        0.1192
//   name-is-shop                   -0.3486
//   name-is-title                  -0.2722
//   holds-title                    -0.0871
//   record-lines                   1.0106
//   name-one-noun                  0.3404
//   name-sentence                  -0.7811
//   no-price*siblings              -0.6062
//   no-price*brand-known           -1.172
//   no-price*url                   0.3955
//   no-price*one-noun              0.682
//   price-range                    -0.475
//   candidate-siblings             0.6953
//   page-shop-links                0.1963
//   no-price*shop-links            -0.7378
//   no-price*page-unpriced         2.5588
//   no-price*candidate-siblings    -0.7548
//   format:anchor-credit           -0.2966
//   format:anchor-maker            -0.1584
//   format:anchor-runon            0.1979
//   maker-lead                     -1.4199
//   maker-tail                     -1.281
//   maker-inside                   -0.0682
//   maker-read-known               -1.1538
//   no-price*brand-heading-run     1.1476
//   format:anchor-prose-brand      0.0162
//   format:anchor-cjk              0.8465
//   name-hiragana                  -0.9068
//   name-cjk-punct                 -0.36
//   name-cjk-quoted                0.9187
//   name-cjk-editorial             -0.3907
//   name-cjk-holds-brand           -0.1728
//   format:anchor-group            -0.2155
//   in-record                      -0.2155
//   record-group-size              -0.1763
//   record-group-priced            -0.2118
//   record-group-linked            -0.0952
//   record-seq                     -0.239
//   record-price                   -0.2295
//   record-shop-link               -0.3216
//   record-buy                     -0.0964
//   record-brand-first             -0.0673
//   record-length                  -0.2387
//   record-used                    -0.0008
//   record-size-label              0
//   record-group-used              -0.0003
//   record-group-distinct          -0.2152
//   page-used                      -0.0003
//   anchor-group*page-used         -0.0003
//   anchor-group*no-shop-link      0.1062
//   anchor-group*name-proper       -0.1311
//   name-used                      -0.8112
//   shared-credit                  0.9357

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.1461
//   first-logit                    3.428
//   same-parent-max                0.6176
//   same-parent-mean               -0.9231
//   same-grandparent-mean          2.1926
//   page-accepted-share            -1.8969
//   format-accepted-share          1.7108
//   no-price*same-parent-mean      -0.3999
//   no-price*format-accepted-share 0.3017
//   no-price*first-logit           0.2009

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.6387,0.8236,0.9895,0.099,-0.8172,-0.1952,0.4464,0.2112,-0.4145,-0.0685,-1.1697,-0.0194,-1.0334,0.185,0.5728,1.3348,0.5535,1.2567,0.1626,0.0807,0.2138,3.3144,1.8992,-0.046,0.0821,-0.5679,-0.6581,0.6851,-0.1742,-0.6255,0.1185,0.6326,-0.8133,0.1647,-0.146,0.4496,-0.1893,-0.007,0.0851,0.8954,-0.0862,-0.2891,-0.7277,-0.6019,-0.3222,0.2754,0.0805,-0.0299,-0.9534,0.4241,-0.0017,0.3631,-0.4541,-0.2743,0.4487,0.2858,0.0426,0.1192,-0.3486,-0.2722,-0.0871,1.0106,0.3404,-0.7811,-0.6062,-1.172,0.3955,0.682,-0.475,0.6953,0.1963,-0.7378,2.5588,-0.7548,-0.2966,-0.1584,0.1979,-1.4199,-1.281,-0.0682,-1.1538,1.1476,0.0162,0.8465,-0.9068,-0.36,0.9187,-0.3907,-0.1728,-0.2155,-0.2155,-0.1763,-0.2118,-0.0952,-0.239,-0.2295,-0.3216,-0.0964,-0.0673,-0.2387,-0.0008,0,-0.0003,-0.2152,-0.0003,-0.0003,0.1062,-0.1311,-0.8112,0.9357],"second":[-0.1461,3.428,0.6176,-0.9231,2.1926,-1.8969,1.7108,-0.3999,0.3017,0.2009],"accept":0.5};
