// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 924 labelled pages (6884 candidates, 3939 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -10.6195
//   format:table                   1.6736
//   format:card                    0.8316
//   format:brand-then-line         -0.1201
//   format:heading                 -1.058
//   format:name-then-price         -0.3405
//   format:caption                 0.7028
//   format:linked-prose            0.526
//   format:anchor-line             0.1897
//   format:anchor-list             -0.2384
//   format:anchor-prose            -1.0685
//   format:anchor-record           0.2047
//   format:anchor-carry            -1.8538
//   format:anchor-link             0.8434
//   format:anchor-heading          0.1008
//   evidence                       1.0264
//   evidence>=4                    0.5898
//   price                          2.6809
//   retailer                       -0.2255
//   url                            0.0321
//   deep-url                       0.2155
//   brand                          4.8065
//   brand-known                    1.881
//   brand-ambiguous                -0.1765
//   brand-caps                     0.3697
//   name-words                     -0.277
//   name-long                      0.1933
//   name-noun                      0.8726
//   name-caps                      -0.8258
//   name-lower-start               -1.1458
//   name-digits                    0.0974
//   name-quote                     1.1692
//   chrome                         -1.391
//   in-article                     -0.5783
//   heading                        -0.3752
//   caption                        0.6838
//   list-item                      0.0798
//   table-cell                     -1.932
//   depth                          0.5622
//   siblings                       1.472
//   line-length                    0.4569
//   line-negative                  0.2114
//   page-negative                  -0.6961
//   page-candidates                -0.7155
//   same-price                     -0.3524
//   price-big                      0.8392
//   price-small                    -0.1189
//   label-left                     0.1578
//   lang-other                     -1.0981
//   lang:en                        0.5151
//   lang:de                        -0.1048
//   lang:fr                        0.2393
//   lang:it                        -0.3361
//   lang:es                        0.3141
//   lang:nl                        0.6624
//   lang:pl                        0.6775
//   lang:sv                        -0.9155
//   lang:ja                        0.0461
//   name-is-shop                   -0.0529
//   name-is-title                  -0.2302
//   holds-title                    0.2387
//   record-lines                   1.4577
//   name-one-noun                  0.1994
//   name-sentence                  -0.8897
//   no-price*siblings              -0.862
//   no-price*brand-known           -0.8591
//   no-price*url                   0.1683
//   no-price*one-noun              0.8877
//   price-range                    -0.7776
//   candidate-siblings             -0.1048
//   page-shop-links                0.41
//   no-price*shop-links            -0.71
//   no-price*page-unpriced         3.5152
//   no-price*candidate-siblings    1.1293
//   format:anchor-credit           0.4827
//   format:anchor-maker            -0.0157
//   format:anchor-runon            0.2628
//   maker-lead                     -1.6608
//   maker-tail                     -1.5789
//   maker-inside                   -0.0986
//   maker-read-known               -1.338
//   no-price*brand-heading-run     2.414
//   format:anchor-prose-brand      -0.4833
//   format:anchor-cjk              1.1317
//   name-hiragana                  -1.7742
//   name-cjk-punct                 -0.2534
//   name-cjk-quoted                1.4952
//   name-cjk-editorial             -0.3249
//   name-cjk-holds-brand           -0.4635
//   format:anchor-group            -0.2089
//   in-record                      -0.2089
//   record-group-size              -0.1645
//   record-group-priced            -0.0194
//   record-group-linked            -0.2587
//   record-seq                     -0.0304
//   record-price                   -0.0304
//   record-shop-link               -0.3301
//   record-buy                     -0.2011
//   record-brand-first             -0.1867
//   record-length                  -0.2517
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2089
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1212
//   anchor-group*name-proper       0.1234
//   name-used                      -1.3129
//   shared-credit                  1.5299
//   headline-negative              -1.4849
//   format:anchor-own-shop         -0.1783
//   own-shop*slot                  0.646
//   own-shop*url-repeats           0.5139
//   own-shop*page-slots            0.8717
//   own-shop*page-cart             -0.6401
//   format:anchor-of-maker         -0.0914
//   cue:first-person               -0.4151
//   cue:recommend                  -0.5629
//   cue:report                     -0.1497
//   format:anchor-possessive       -0.2289
//   used-goods                     -1.1729
//   page-used-goods                -2.3973
//   block-run                      -0.7717
//   block-short-offer              1.3345
//   format:anchor-block            -0.8418
//   format:anchor-maker-first      0.3054
//   cue:past-year                  -1.1871
//   cue:parted-or-warned           -0.8733
//   format:anchor-maker-noun       -0.3858

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0332
//   first-logit                    3.2762
//   same-parent-max                0.7885
//   same-parent-mean               -1.8156
//   same-grandparent-mean          2.2418
//   page-accepted-share            -1.8519
//   format-accepted-share          1.7925
//   no-price*same-parent-mean      0.1261
//   no-price*format-accepted-share 0.1544
//   no-price*first-logit           -0.2798

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

export const DETECT_MODEL: DetectModel = {"weights":[-10.6195,1.6736,0.8316,-0.1201,-1.058,-0.3405,0.7028,0.526,0.1897,-0.2384,-1.0685,0.2047,-1.8538,0.8434,0.1008,1.0264,0.5898,2.6809,-0.2255,0.0321,0.2155,4.8065,1.881,-0.1765,0.3697,-0.277,0.1933,0.8726,-0.8258,-1.1458,0.0974,1.1692,-1.391,-0.5783,-0.3752,0.6838,0.0798,-1.932,0.5622,1.472,0.4569,0.2114,-0.6961,-0.7155,-0.3524,0.8392,-0.1189,0.1578,-1.0981,0.5151,-0.1048,0.2393,-0.3361,0.3141,0.6624,0.6775,-0.9155,0.0461,-0.0529,-0.2302,0.2387,1.4577,0.1994,-0.8897,-0.862,-0.8591,0.1683,0.8877,-0.7776,-0.1048,0.41,-0.71,3.5152,1.1293,0.4827,-0.0157,0.2628,-1.6608,-1.5789,-0.0986,-1.338,2.414,-0.4833,1.1317,-1.7742,-0.2534,1.4952,-0.3249,-0.4635,-0.2089,-0.2089,-0.1645,-0.0194,-0.2587,-0.0304,-0.0304,-0.3301,-0.2011,-0.1867,-0.2517,0,0,0,-0.2089,0,0,0.1212,0.1234,-1.3129,1.5299,-1.4849,-0.1783,0.646,0.5139,0.8717,-0.6401,-0.0914,-0.4151,-0.5629,-0.1497,-0.2289,-1.1729,-2.3973,-0.7717,1.3345,-0.8418,0.3054,-1.1871,-0.8733,-0.3858],"second":[-0.0332,3.2762,0.7885,-1.8156,2.2418,-1.8519,1.7925,0.1261,0.1544,-0.2798],"accept":0.5};
