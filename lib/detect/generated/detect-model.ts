// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 633 labelled pages (4610 candidates, 2707 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.0613
//   format:table                   0.8115
//   format:card                    0.9707
//   format:brand-then-line         0.0986
//   format:heading                 -0.9183
//   format:name-then-price         -0.2283
//   format:caption                 0.4253
//   format:linked-prose            0.1201
//   format:anchor-line             -0.3425
//   format:anchor-list             0.0073
//   format:anchor-prose            -1.2037
//   format:anchor-record           -0.107
//   format:anchor-carry            -1.129
//   format:anchor-link             0.2378
//   format:anchor-heading          0.4893
//   evidence                       1.2166
//   evidence>=4                    0.5845
//   price                          1.4728
//   retailer                       0.1586
//   url                            0.1424
//   deep-url                       0.2617
//   brand                          3.403
//   brand-known                    2.0128
//   brand-ambiguous                -0.0194
//   brand-caps                     0.1736
//   name-words                     -0.5005
//   name-long                      -0.2429
//   name-noun                      0.7405
//   name-caps                      -0.2854
//   name-lower-start               -0.7396
//   name-digits                    0.1778
//   name-quote                     0.6257
//   chrome                         -0.803
//   in-article                     0.2154
//   heading                        -0.2616
//   caption                        0.4204
//   list-item                      -0.1072
//   table-cell                     -0.0443
//   depth                          0.0265
//   siblings                       0.7216
//   line-length                    0.1351
//   line-negative                  -0.14
//   page-negative                  -0.7054
//   page-candidates                -0.5909
//   same-price                     -0.3208
//   price-big                      0.2779
//   price-small                    0.0541
//   label-left                     -0.0458
//   lang-other                     -0.8982
//   lang:en                        0.4734
//   lang:de                        0.0327
//   lang:fr                        0.3966
//   lang:it                        -0.4161
//   lang:es                        -0.0928
//   lang:nl                        0.3993
//   lang:pl                        0.1403
//   lang:sv                        0.0671
//   lang:ja                        -0.1026
//   name-is-shop                   -0.3735
//   name-is-title                  -0.042
//   holds-title                    -0.1051
//   record-lines                   1.1386
//   name-one-noun                  0.3618
//   name-sentence                  -0.8212
//   no-price*siblings              -0.7658
//   no-price*brand-known           -1.2805
//   no-price*url                   0.1532
//   no-price*one-noun              0.7378
//   price-range                    -0.4588
//   candidate-siblings             0.6792
//   page-shop-links                0.1096
//   no-price*shop-links            -0.5561
//   no-price*page-unpriced         2.6781
//   no-price*candidate-siblings    -0.5567
//   format:anchor-credit           -0.2673
//   format:anchor-maker            -0.104
//   format:anchor-runon            0.1654
//   maker-lead                     -1.3958
//   maker-tail                     -1.2346
//   maker-inside                   -0.066
//   maker-read-known               -1.1466
//   no-price*brand-heading-run     1.1448
//   format:anchor-prose-brand      0.0088
//   format:anchor-cjk              1.1715
//   name-hiragana                  -0.8454
//   name-cjk-punct                 -0.3442
//   name-cjk-quoted                0.8419
//   name-cjk-editorial             -0.4024
//   name-cjk-holds-brand           -0.1539
//   format:anchor-group            -0.1845
//   in-record                      -0.1845
//   record-group-size              -0.1437
//   record-group-priced            -0.1662
//   record-group-linked            -0.1278
//   record-seq                     -0.1684
//   record-price                   -0.1684
//   record-shop-link               -0.3468
//   record-buy                     -0.0949
//   record-brand-first             -0.0908
//   record-length                  -0.2018
//   record-used                    -0.0009
//   record-size-label              0
//   record-group-used              -0.0003
//   record-group-distinct          -0.1842
//   page-used                      -0.0003
//   anchor-group*page-used         -0.0003
//   anchor-group*no-shop-link      0.1623
//   anchor-group*name-proper       -0.0356
//   name-used                      -0.9368
//   shared-credit                  0.8614
//   headline-negative              -0.4764
//   format:anchor-own-shop         -0.0218
//   own-shop*slot                  0.3549
//   own-shop*url-repeats           0.175
//   own-shop*page-slots            0.5559
//   own-shop*page-cart             -0.1457

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.1184
//   first-logit                    3.4567
//   same-parent-max                0.5206
//   same-parent-mean               -0.8811
//   same-grandparent-mean          1.9664
//   page-accepted-share            -1.7079
//   format-accepted-share          1.8469
//   no-price*same-parent-mean      -0.3739
//   no-price*format-accepted-share 0.2105
//   no-price*first-logit           0.16

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.0613,0.8115,0.9707,0.0986,-0.9183,-0.2283,0.4253,0.1201,-0.3425,0.0073,-1.2037,-0.107,-1.129,0.2378,0.4893,1.2166,0.5845,1.4728,0.1586,0.1424,0.2617,3.403,2.0128,-0.0194,0.1736,-0.5005,-0.2429,0.7405,-0.2854,-0.7396,0.1778,0.6257,-0.803,0.2154,-0.2616,0.4204,-0.1072,-0.0443,0.0265,0.7216,0.1351,-0.14,-0.7054,-0.5909,-0.3208,0.2779,0.0541,-0.0458,-0.8982,0.4734,0.0327,0.3966,-0.4161,-0.0928,0.3993,0.1403,0.0671,-0.1026,-0.3735,-0.042,-0.1051,1.1386,0.3618,-0.8212,-0.7658,-1.2805,0.1532,0.7378,-0.4588,0.6792,0.1096,-0.5561,2.6781,-0.5567,-0.2673,-0.104,0.1654,-1.3958,-1.2346,-0.066,-1.1466,1.1448,0.0088,1.1715,-0.8454,-0.3442,0.8419,-0.4024,-0.1539,-0.1845,-0.1845,-0.1437,-0.1662,-0.1278,-0.1684,-0.1684,-0.3468,-0.0949,-0.0908,-0.2018,-0.0009,0,-0.0003,-0.1842,-0.0003,-0.0003,0.1623,-0.0356,-0.9368,0.8614,-0.4764,-0.0218,0.3549,0.175,0.5559,-0.1457],"second":[-0.1184,3.4567,0.5206,-0.8811,1.9664,-1.7079,1.8469,-0.3739,0.2105,0.16],"accept":0.5};
