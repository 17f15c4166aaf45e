// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 633 labelled pages (4681 candidates, 2738 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.0574
//   format:table                   0.8218
//   format:card                    0.9708
//   format:brand-then-line         0.0988
//   format:heading                 -0.8892
//   format:name-then-price         -0.2194
//   format:caption                 0.4498
//   format:linked-prose            0.1591
//   format:anchor-line             -0.2922
//   format:anchor-list             0.0222
//   format:anchor-prose            -1.2459
//   format:anchor-record           -0.0872
//   format:anchor-carry            -1.1009
//   format:anchor-link             0.2297
//   format:anchor-heading          0.4973
//   evidence                       1.2719
//   evidence>=4                    0.5867
//   price                          1.4855
//   retailer                       0.0953
//   url                            0.1339
//   deep-url                       0.2473
//   brand                          3.4144
//   brand-known                    2.0017
//   brand-ambiguous                -0.0974
//   brand-caps                     0.156
//   name-words                     -0.5274
//   name-long                      -0.2247
//   name-noun                      0.7577
//   name-caps                      -0.2844
//   name-lower-start               -0.7545
//   name-digits                    0.1248
//   name-quote                     0.6508
//   chrome                         -0.7796
//   in-article                     0.1811
//   heading                        -0.2216
//   caption                        0.4406
//   list-item                      -0.0788
//   table-cell                     -0.0408
//   depth                          -0.0494
//   siblings                       0.7467
//   line-length                    0.0212
//   line-negative                  -0.1356
//   page-negative                  -0.6826
//   page-candidates                -0.5372
//   same-price                     -0.3366
//   price-big                      0.2877
//   price-small                    0.0825
//   label-left                     -0.0262
//   lang-other                     -0.86
//   lang:en                        0.5278
//   lang:de                        0.168
//   lang:fr                        0.4471
//   lang:it                        -0.3606
//   lang:es                        -0.2237
//   lang:nl                        0.4229
//   lang:pl                        0.1689
//   lang:sv                        -0.2018
//   lang:ja                        -0.0886
//   name-is-shop                   -0.3739
//   name-is-title                  -0.1743
//   holds-title                    -0.0987
//   record-lines                   1.1748
//   name-one-noun                  0.3688
//   name-sentence                  -0.8028
//   no-price*siblings              -0.7811
//   no-price*brand-known           -1.2958
//   no-price*url                   0.2576
//   no-price*one-noun              0.6454
//   price-range                    -0.4557
//   candidate-siblings             0.6474
//   page-shop-links                0.0949
//   no-price*shop-links            -0.5559
//   no-price*page-unpriced         2.7607
//   no-price*candidate-siblings    -0.5266
//   format:anchor-credit           -0.2629
//   format:anchor-maker            -0.2279
//   format:anchor-runon            0.1807
//   maker-lead                     -1.4126
//   maker-tail                     -1.2236
//   maker-inside                   -0.065
//   maker-read-known               -1.1373
//   no-price*brand-heading-run     1.1194
//   format:anchor-prose-brand      0.0787
//   format:anchor-cjk              1.2159
//   name-hiragana                  -0.8496
//   name-cjk-punct                 -0.3465
//   name-cjk-quoted                0.8534
//   name-cjk-editorial             -0.3892
//   name-cjk-holds-brand           -0.1382
//   format:anchor-group            -0.1936
//   in-record                      -0.1936
//   record-group-size              -0.1508
//   record-group-priced            -0.1627
//   record-group-linked            -0.1388
//   record-seq                     -0.1652
//   record-price                   -0.1652
//   record-shop-link               -0.353
//   record-buy                     -0.1007
//   record-brand-first             -0.0966
//   record-length                  -0.2092
//   record-used                    -0.0008
//   record-size-label              0
//   record-group-used              -0.0003
//   record-group-distinct          -0.1933
//   page-used                      -0.0003
//   anchor-group*page-used         -0.0003
//   anchor-group*no-shop-link      0.1594
//   anchor-group*name-proper       -0.0448
//   name-used                      -0.967
//   shared-credit                  0.8689
//   headline-negative              -0.513
//   format:anchor-own-shop         -0.0266
//   own-shop*slot                  0.3623
//   own-shop*url-repeats           0.1685
//   own-shop*page-slots            0.5702
//   own-shop*page-cart             -0.1463
//   format:anchor-of-maker         -0.1389
//   cue:first-person               -0.0588
//   cue:recommend                  -0.018
//   cue:report                     -0.0471
//   format:anchor-possessive       -0.0399

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0824
//   first-logit                    3.4826
//   same-parent-max                0.5085
//   same-parent-mean               -0.9507
//   same-grandparent-mean          2.3593
//   page-accepted-share            -1.7974
//   format-accepted-share          1.4473
//   no-price*same-parent-mean      -0.5205
//   no-price*format-accepted-share 0.5533
//   no-price*first-logit           0.1104

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.0574,0.8218,0.9708,0.0988,-0.8892,-0.2194,0.4498,0.1591,-0.2922,0.0222,-1.2459,-0.0872,-1.1009,0.2297,0.4973,1.2719,0.5867,1.4855,0.0953,0.1339,0.2473,3.4144,2.0017,-0.0974,0.156,-0.5274,-0.2247,0.7577,-0.2844,-0.7545,0.1248,0.6508,-0.7796,0.1811,-0.2216,0.4406,-0.0788,-0.0408,-0.0494,0.7467,0.0212,-0.1356,-0.6826,-0.5372,-0.3366,0.2877,0.0825,-0.0262,-0.86,0.5278,0.168,0.4471,-0.3606,-0.2237,0.4229,0.1689,-0.2018,-0.0886,-0.3739,-0.1743,-0.0987,1.1748,0.3688,-0.8028,-0.7811,-1.2958,0.2576,0.6454,-0.4557,0.6474,0.0949,-0.5559,2.7607,-0.5266,-0.2629,-0.2279,0.1807,-1.4126,-1.2236,-0.065,-1.1373,1.1194,0.0787,1.2159,-0.8496,-0.3465,0.8534,-0.3892,-0.1382,-0.1936,-0.1936,-0.1508,-0.1627,-0.1388,-0.1652,-0.1652,-0.353,-0.1007,-0.0966,-0.2092,-0.0008,0,-0.0003,-0.1933,-0.0003,-0.0003,0.1594,-0.0448,-0.967,0.8689,-0.513,-0.0266,0.3623,0.1685,0.5702,-0.1463,-0.1389,-0.0588,-0.018,-0.0471,-0.0399],"second":[-0.0824,3.4826,0.5085,-0.9507,2.3593,-1.7974,1.4473,-0.5205,0.5533,0.1104],"accept":0.5};
