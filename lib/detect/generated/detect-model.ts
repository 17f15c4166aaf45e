// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 633 labelled pages (4661 candidates, 2729 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.0243
//   format:table                   0.8205
//   format:card                    0.9672
//   format:brand-then-line         0.0982
//   format:heading                 -0.8858
//   format:name-then-price         -0.219
//   format:caption                 0.4429
//   format:linked-prose            0.1603
//   format:anchor-line             -0.2991
//   format:anchor-list             0.0186
//   format:anchor-prose            -1.2539
//   format:anchor-record           -0.0881
//   format:anchor-carry            -1.1055
//   format:anchor-link             0.2346
//   format:anchor-heading          0.5031
//   evidence                       1.2932
//   evidence>=4                    0.5821
//   price                          1.4561
//   retailer                       0.1022
//   url                            0.1282
//   deep-url                       0.2414
//   brand                          3.41
//   brand-known                    2.001
//   brand-ambiguous                -0.089
//   brand-caps                     0.1582
//   name-words                     -0.5236
//   name-long                      -0.2279
//   name-noun                      0.7608
//   name-caps                      -0.2841
//   name-lower-start               -0.7436
//   name-digits                    0.1248
//   name-quote                     0.6529
//   chrome                         -0.7799
//   in-article                     0.1822
//   heading                        -0.2266
//   caption                        0.4362
//   list-item                      -0.0726
//   table-cell                     -0.0413
//   depth                          -0.0628
//   siblings                       0.7445
//   line-length                    0.0292
//   line-negative                  -0.1339
//   page-negative                  -0.6784
//   page-candidates                -0.5517
//   same-price                     -0.3341
//   price-big                      0.2883
//   price-small                    0.0819
//   label-left                     0.0116
//   lang-other                     -0.8545
//   lang:en                        0.5302
//   lang:de                        0.1615
//   lang:fr                        0.4477
//   lang:it                        -0.3624
//   lang:es                        -0.2265
//   lang:nl                        0.4255
//   lang:pl                        0.1675
//   lang:sv                        -0.2001
//   lang:ja                        -0.0889
//   name-is-shop                   -0.3835
//   name-is-title                  -0.1779
//   holds-title                    -0.0986
//   record-lines                   1.1784
//   name-one-noun                  0.3699
//   name-sentence                  -0.801
//   no-price*siblings              -0.7804
//   no-price*brand-known           -1.2491
//   no-price*url                   0.2378
//   no-price*one-noun              0.6652
//   price-range                    -0.4546
//   candidate-siblings             0.639
//   page-shop-links                0.088
//   no-price*shop-links            -0.5745
//   no-price*page-unpriced         2.6804
//   no-price*candidate-siblings    -0.5449
//   format:anchor-credit           -0.2652
//   format:anchor-maker            -0.2373
//   format:anchor-runon            0.1839
//   maker-lead                     -1.4107
//   maker-tail                     -1.2199
//   maker-inside                   -0.0649
//   maker-read-known               -1.1341
//   no-price*brand-heading-run     1.1347
//   format:anchor-prose-brand      0.048
//   format:anchor-cjk              1.2158
//   name-hiragana                  -0.8477
//   name-cjk-punct                 -0.3453
//   name-cjk-quoted                0.8523
//   name-cjk-editorial             -0.3879
//   name-cjk-holds-brand           -0.1401
//   format:anchor-group            -0.1896
//   in-record                      -0.1896
//   record-group-size              -0.1479
//   record-group-priced            -0.1654
//   record-group-linked            -0.1325
//   record-seq                     -0.1685
//   record-price                   -0.1685
//   record-shop-link               -0.3486
//   record-buy                     -0.0973
//   record-brand-first             -0.0941
//   record-length                  -0.2063
//   record-used                    -0.0008
//   record-size-label              0
//   record-group-used              -0.0003
//   record-group-distinct          -0.1893
//   page-used                      -0.0003
//   anchor-group*page-used         -0.0003
//   anchor-group*no-shop-link      0.159
//   anchor-group*name-proper       -0.0407
//   name-used                      -0.9698
//   shared-credit                  0.8654
//   headline-negative              -0.5122
//   format:anchor-own-shop         -0.0158
//   own-shop*slot                  0.3596
//   own-shop*url-repeats           0.1746
//   own-shop*page-slots            0.5641
//   own-shop*page-cart             -0.144
//   format:anchor-of-maker         -0.1339
//   cue:first-person               -0.0887
//   cue:recommend                  -0.1499
//   cue:report                     -0.0509

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0673
//   first-logit                    3.4903
//   same-parent-max                0.5157
//   same-parent-mean               -0.9569
//   same-grandparent-mean          2.2949
//   page-accepted-share            -1.7805
//   format-accepted-share          1.4647
//   no-price*same-parent-mean      -0.5209
//   no-price*format-accepted-share 0.5166
//   no-price*first-logit           0.0866

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.0243,0.8205,0.9672,0.0982,-0.8858,-0.219,0.4429,0.1603,-0.2991,0.0186,-1.2539,-0.0881,-1.1055,0.2346,0.5031,1.2932,0.5821,1.4561,0.1022,0.1282,0.2414,3.41,2.001,-0.089,0.1582,-0.5236,-0.2279,0.7608,-0.2841,-0.7436,0.1248,0.6529,-0.7799,0.1822,-0.2266,0.4362,-0.0726,-0.0413,-0.0628,0.7445,0.0292,-0.1339,-0.6784,-0.5517,-0.3341,0.2883,0.0819,0.0116,-0.8545,0.5302,0.1615,0.4477,-0.3624,-0.2265,0.4255,0.1675,-0.2001,-0.0889,-0.3835,-0.1779,-0.0986,1.1784,0.3699,-0.801,-0.7804,-1.2491,0.2378,0.6652,-0.4546,0.639,0.088,-0.5745,2.6804,-0.5449,-0.2652,-0.2373,0.1839,-1.4107,-1.2199,-0.0649,-1.1341,1.1347,0.048,1.2158,-0.8477,-0.3453,0.8523,-0.3879,-0.1401,-0.1896,-0.1896,-0.1479,-0.1654,-0.1325,-0.1685,-0.1685,-0.3486,-0.0973,-0.0941,-0.2063,-0.0008,0,-0.0003,-0.1893,-0.0003,-0.0003,0.159,-0.0407,-0.9698,0.8654,-0.5122,-0.0158,0.3596,0.1746,0.5641,-0.144,-0.1339,-0.0887,-0.1499,-0.0509],"second":[-0.0673,3.4903,0.5157,-0.9569,2.2949,-1.7805,1.4647,-0.5209,0.5166,0.0866],"accept":0.5};
