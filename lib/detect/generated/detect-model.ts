// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 520 labelled pages (4010 candidates, 2366 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.9119
//   format:table                   0.9194
//   format:card                    0.9016
//   format:brand-then-line         0.107
//   format:heading                 -0.7597
//   format:name-then-price         -0.1257
//   format:caption                 0.3098
//   format:linked-prose            0.286
//   format:anchor-line             -0.5331
//   format:anchor-list             -0.5467
//   format:anchor-prose            -1.1808
//   format:anchor-record           0.1871
//   format:anchor-carry            -0.8089
//   format:anchor-link             0.5305
//   format:anchor-heading          0.9252
//   evidence                       1.3531
//   evidence>=4                    0.8102
//   price                          0.9396
//   retailer                       0.1253
//   url                            0.195
//   deep-url                       0.2825
//   brand                          3.1432
//   brand-known                    1.9126
//   brand-ambiguous                0.0567
//   brand-caps                     -0.2661
//   name-words                     -0.4272
//   name-long                      -0.8802
//   name-noun                      0.9774
//   name-caps                      -0.2004
//   name-lower-start               -0.8269
//   name-digits                    0.038
//   name-quote                     0.5821
//   chrome                         -0.8078
//   in-article                     0.3013
//   heading                        0.0914
//   caption                        0.448
//   list-item                      -0.1572
//   table-cell                     -0.0023
//   depth                          0.0031
//   siblings                       0.8625
//   line-length                    -0.0814
//   line-negative                  -0.3096
//   page-negative                  -0.6348
//   page-candidates                -0.707
//   same-price                     -0.4922
//   price-big                      0.3909
//   price-small                    0.337
//   label-left                     -0.1728
//   lang-other                     -0.5677
//   lang:en                        0.5097
//   lang:de                        0.0175
//   lang:fr                        0.1298
//   lang:it                        -0.3732
//   lang:es                        -0.3414
//   lang:nl                        -0.0202
//   lang:pl                        0.2332
//   lang:sv                        0.1654
//   lang:ja                        0.2469
//   name-is-shop                   -0.726
//   name-is-title                  -0.0434
//   holds-title                    -0.0796
//   record-lines                   0.9771
//   name-one-noun                  0.0691
//   name-sentence                  -0.8274
//   no-price*siblings              -0.7183
//   no-price*brand-known           -0.8971
//   no-price*url                   -0.053
//   no-price*one-noun              0.7323
//   price-range                    -0.3203
//   candidate-siblings             0.8549
//   page-shop-links                0.0787
//   no-price*shop-links            -0.7086
//   no-price*page-unpriced         2.8562
//   no-price*candidate-siblings    -0.8059
//   format:anchor-credit           -0.3979
//   format:anchor-maker            0.2733
//   format:anchor-runon            -0.0085
//   maker-lead                     -1.2666
//   maker-tail                     -1.4895
//   maker-inside                   -0.0575
//   maker-read-known               -1.0246
//   format:anchor-cjk              -0.0784
//   name-hiragana                  -0.9638
//   name-cjk-punct                 -0.4008
//   name-cjk-quoted                1.16

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.1071
//   first-logit                    3.592
//   same-parent-max                0.6904
//   same-parent-mean               -1.1241
//   same-grandparent-mean          1.7257
//   page-accepted-share            -1.7854
//   format-accepted-share          1.9835
//   no-price*same-parent-mean      -0.3093
//   no-price*format-accepted-share 0.3913
//   no-price*first-logit           -0.3178

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.9119,0.9194,0.9016,0.107,-0.7597,-0.1257,0.3098,0.286,-0.5331,-0.5467,-1.1808,0.1871,-0.8089,0.5305,0.9252,1.3531,0.8102,0.9396,0.1253,0.195,0.2825,3.1432,1.9126,0.0567,-0.2661,-0.4272,-0.8802,0.9774,-0.2004,-0.8269,0.038,0.5821,-0.8078,0.3013,0.0914,0.448,-0.1572,-0.0023,0.0031,0.8625,-0.0814,-0.3096,-0.6348,-0.707,-0.4922,0.3909,0.337,-0.1728,-0.5677,0.5097,0.0175,0.1298,-0.3732,-0.3414,-0.0202,0.2332,0.1654,0.2469,-0.726,-0.0434,-0.0796,0.9771,0.0691,-0.8274,-0.7183,-0.8971,-0.053,0.7323,-0.3203,0.8549,0.0787,-0.7086,2.8562,-0.8059,-0.3979,0.2733,-0.0085,-1.2666,-1.4895,-0.0575,-1.0246,-0.0784,-0.9638,-0.4008,1.16],"second":[-0.1071,3.592,0.6904,-1.1241,1.7257,-1.7854,1.9835,-0.3093,0.3913,-0.3178],"accept":0.5};
