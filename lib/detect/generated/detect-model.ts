// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 780 labelled pages (5933 candidates, 3464 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.5486
//   format:table                   0.8624
//   format:card                    0.7026
//   format:brand-then-line         -0.0701
//   format:heading                 -0.908
//   format:name-then-price         -0.1981
//   format:caption                 0.3872
//   format:linked-prose            0.2648
//   format:anchor-line             0.0084
//   format:anchor-list             -0.1125
//   format:anchor-prose            -1.051
//   format:anchor-record           0.0834
//   format:anchor-carry            -1.2488
//   format:anchor-link             0.5486
//   format:anchor-heading          0.1498
//   evidence                       1.0875
//   evidence>=4                    0.5888
//   price                          1.3796
//   retailer                       -0.0945
//   url                            0.1997
//   deep-url                       0.1854
//   brand                          3.6882
//   brand-known                    1.9518
//   brand-ambiguous                -0.1107
//   brand-caps                     0.1243
//   name-words                     -0.1426
//   name-long                      -0.1622
//   name-noun                      0.7525
//   name-caps                      -0.6015
//   name-lower-start               -1.1273
//   name-digits                    0.1859
//   name-quote                     0.4675
//   chrome                         -0.894
//   in-article                     -0.1781
//   heading                        -0.3366
//   caption                        0.4642
//   list-item                      -0.1626
//   table-cell                     -0.0686
//   depth                          0.3611
//   siblings                       1.1742
//   line-length                    0.3932
//   line-negative                  -0.0519
//   page-negative                  -0.5426
//   page-candidates                -0.4891
//   same-price                     -0.1552
//   price-big                      0.6191
//   price-small                    0.0326
//   label-left                     0.1304
//   lang-other                     -1.1671
//   lang:en                        0.4896
//   lang:de                        -0.0511
//   lang:fr                        0.4093
//   lang:it                        -0.3948
//   lang:es                        0.1268
//   lang:nl                        0.5829
//   lang:pl                        0.4951
//   lang:sv                        -0.4908
//   lang:ja                        0.0002
//   name-is-shop                   -0.1718
//   name-is-title                  -0.1163
//   holds-title                    0.0273
//   record-lines                   0.9157
//   name-one-noun                  0.4139
//   name-sentence                  -0.5412
//   no-price*siblings              -1.1657
//   no-price*brand-known           -1.0195
//   no-price*url                   0.1211
//   no-price*one-noun              0.6966
//   price-range                    -0.44
//   candidate-siblings             0.077
//   page-shop-links                0.1966
//   no-price*shop-links            -0.7082
//   no-price*page-unpriced         2.7914
//   no-price*candidate-siblings    0.0594
//   format:anchor-credit           0.2364
//   format:anchor-maker            0.1763
//   format:anchor-runon            0.3911
//   maker-lead                     -1.4278
//   maker-tail                     -1.444
//   maker-inside                   -0.0977
//   maker-read-known               -1.0147
//   no-price*brand-heading-run     1.4018
//   format:anchor-prose-brand      -0.2684
//   format:anchor-cjk              1.1677
//   name-hiragana                  -0.9928
//   name-cjk-punct                 -0.2684
//   name-cjk-quoted                0.8548
//   name-cjk-editorial             -0.4323
//   name-cjk-holds-brand           -0.1604
//   format:anchor-group            -0.1005
//   in-record                      -0.1005
//   record-group-size              -0.0825
//   record-group-priced            0.0383
//   record-group-linked            -0.1771
//   record-seq                     0.0283
//   record-price                   0.0283
//   record-shop-link               -0.1837
//   record-buy                     -0.1016
//   record-brand-first             -0.1123
//   record-length                  -0.0873
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.1005
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0833
//   anchor-group*name-proper       -0.0992
//   name-used                      -0.879
//   shared-credit                  0.9326
//   headline-negative              -0.4235
//   format:anchor-own-shop         -0.0985
//   own-shop*slot                  0.427
//   own-shop*url-repeats           0.1949
//   own-shop*page-slots            0.6203
//   own-shop*page-cart             -0.2673
//   format:anchor-of-maker         -0.4341
//   cue:first-person               -0.1016
//   cue:recommend                  -0.2188
//   cue:report                     -0.0544
//   format:anchor-possessive       -0.0804
//   used-goods                     -0.7536
//   page-used-goods                -0.8668
//   block-run                      -0.5985
//   block-short-offer              0.8749
//   format:anchor-block            -0.6175
//   format:anchor-maker-first      0.2089
//   cue:past-year                  -0.6865
//   cue:parted-or-warned           -0.5437

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0351
//   first-logit                    3.525
//   same-parent-max                0.6082
//   same-parent-mean               -1.2487
//   same-grandparent-mean          1.7478
//   page-accepted-share            -2.0219
//   format-accepted-share          2.0091
//   no-price*same-parent-mean      0.2068
//   no-price*format-accepted-share 0.1586
//   no-price*first-logit           -0.0558

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.5486,0.8624,0.7026,-0.0701,-0.908,-0.1981,0.3872,0.2648,0.0084,-0.1125,-1.051,0.0834,-1.2488,0.5486,0.1498,1.0875,0.5888,1.3796,-0.0945,0.1997,0.1854,3.6882,1.9518,-0.1107,0.1243,-0.1426,-0.1622,0.7525,-0.6015,-1.1273,0.1859,0.4675,-0.894,-0.1781,-0.3366,0.4642,-0.1626,-0.0686,0.3611,1.1742,0.3932,-0.0519,-0.5426,-0.4891,-0.1552,0.6191,0.0326,0.1304,-1.1671,0.4896,-0.0511,0.4093,-0.3948,0.1268,0.5829,0.4951,-0.4908,0.0002,-0.1718,-0.1163,0.0273,0.9157,0.4139,-0.5412,-1.1657,-1.0195,0.1211,0.6966,-0.44,0.077,0.1966,-0.7082,2.7914,0.0594,0.2364,0.1763,0.3911,-1.4278,-1.444,-0.0977,-1.0147,1.4018,-0.2684,1.1677,-0.9928,-0.2684,0.8548,-0.4323,-0.1604,-0.1005,-0.1005,-0.0825,0.0383,-0.1771,0.0283,0.0283,-0.1837,-0.1016,-0.1123,-0.0873,0,0,0,-0.1005,0,0,0.0833,-0.0992,-0.879,0.9326,-0.4235,-0.0985,0.427,0.1949,0.6203,-0.2673,-0.4341,-0.1016,-0.2188,-0.0544,-0.0804,-0.7536,-0.8668,-0.5985,0.8749,-0.6175,0.2089,-0.6865,-0.5437],"second":[0.0351,3.525,0.6082,-1.2487,1.7478,-2.0219,2.0091,0.2068,0.1586,-0.0558],"accept":0.5};
