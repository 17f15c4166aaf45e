// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 816 labelled pages (6096 candidates, 3567 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.2847
//   format:table                   0.8294
//   format:card                    0.7069
//   format:brand-then-line         -0.075
//   format:heading                 -0.9482
//   format:name-then-price         -0.1947
//   format:caption                 0.486
//   format:linked-prose            0.2742
//   format:anchor-line             0.0603
//   format:anchor-list             -0.1827
//   format:anchor-prose            -0.9882
//   format:anchor-record           0.1208
//   format:anchor-carry            -1.2433
//   format:anchor-link             0.5738
//   format:anchor-heading          0.1029
//   evidence                       0.999
//   evidence>=4                    0.6221
//   price                          1.4782
//   retailer                       -0.0935
//   url                            0.1671
//   deep-url                       0.1534
//   brand                          3.7487
//   brand-known                    1.9679
//   brand-ambiguous                -0.1231
//   brand-caps                     0.2136
//   name-words                     -0.1616
//   name-long                      -0.2059
//   name-noun                      0.7628
//   name-caps                      -0.632
//   name-lower-start               -1.1457
//   name-digits                    0.2133
//   name-quote                     0.4447
//   chrome                         -0.9265
//   in-article                     -0.3145
//   heading                        -0.3491
//   caption                        0.4958
//   list-item                      -0.2028
//   table-cell                     -0.1586
//   depth                          0.3758
//   siblings                       1.1989
//   line-length                    0.1973
//   line-negative                  -0.0068
//   page-negative                  -0.5626
//   page-candidates                -0.5148
//   same-price                     -0.203
//   price-big                      0.5173
//   price-small                    0.002
//   label-left                     0.136
//   lang-other                     -1.1131
//   lang:en                        0.5433
//   lang:de                        -0.0282
//   lang:fr                        0.4069
//   lang:it                        -0.463
//   lang:es                        0.1224
//   lang:nl                        0.5189
//   lang:pl                        0.474
//   lang:sv                        -0.4861
//   lang:ja                        0.0249
//   name-is-shop                   -0.2625
//   name-is-title                  -0.1415
//   holds-title                    0.0245
//   record-lines                   0.9491
//   name-one-noun                  0.4085
//   name-sentence                  -0.5762
//   no-price*siblings              -1.1825
//   no-price*brand-known           -1.0446
//   no-price*url                   0.16
//   no-price*one-noun              0.7324
//   price-range                    -0.4446
//   candidate-siblings             0.0525
//   page-shop-links                0.1349
//   no-price*shop-links            -0.6182
//   no-price*page-unpriced         2.7971
//   no-price*candidate-siblings    0.0872
//   format:anchor-credit           0.2281
//   format:anchor-maker            0.1785
//   format:anchor-runon            0.4072
//   maker-lead                     -1.3969
//   maker-tail                     -1.2798
//   maker-inside                   -0.0807
//   maker-read-known               -1.0805
//   no-price*brand-heading-run     1.4127
//   format:anchor-prose-brand      -0.2859
//   format:anchor-cjk              0.9828
//   name-hiragana                  -1.013
//   name-cjk-punct                 -0.2704
//   name-cjk-quoted                0.8907
//   name-cjk-editorial             -0.445
//   name-cjk-holds-brand           -0.1942
//   format:anchor-group            -0.1129
//   in-record                      -0.1129
//   record-group-size              -0.0912
//   record-group-priced            0.0209
//   record-group-linked            -0.168
//   record-seq                     0.0055
//   record-price                   0.0055
//   record-shop-link               -0.1809
//   record-buy                     -0.1036
//   record-brand-first             -0.1227
//   record-length                  -0.1041
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.1129
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.068
//   anchor-group*name-proper       -0.1145
//   name-used                      -0.8518
//   shared-credit                  0.8732
//   headline-negative              -0.558
//   format:anchor-own-shop         -0.0998
//   own-shop*slot                  0.4205
//   own-shop*url-repeats           0.1917
//   own-shop*page-slots            0.6196
//   own-shop*page-cart             -0.272
//   format:anchor-of-maker         -0.43
//   cue:first-person               -0.0349
//   cue:recommend                  -0.2015
//   cue:report                     -0.0561
//   format:anchor-possessive       -0.0939
//   used-goods                     -0.7278
//   page-used-goods                -0.8569
//   block-run                      -0.5809
//   block-short-offer              0.8734
//   format:anchor-block            -0.6711
//   format:anchor-maker-first      0.2008
//   cue:past-year                  -0.7394
//   cue:parted-or-warned           -0.5525

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0222
//   first-logit                    3.5289
//   same-parent-max                0.5929
//   same-parent-mean               -1.0627
//   same-grandparent-mean          1.7078
//   page-accepted-share            -2.1452
//   format-accepted-share          2.0933
//   no-price*same-parent-mean      0.1703
//   no-price*format-accepted-share 0.1287
//   no-price*first-logit           -0.0562

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.2847,0.8294,0.7069,-0.075,-0.9482,-0.1947,0.486,0.2742,0.0603,-0.1827,-0.9882,0.1208,-1.2433,0.5738,0.1029,0.999,0.6221,1.4782,-0.0935,0.1671,0.1534,3.7487,1.9679,-0.1231,0.2136,-0.1616,-0.2059,0.7628,-0.632,-1.1457,0.2133,0.4447,-0.9265,-0.3145,-0.3491,0.4958,-0.2028,-0.1586,0.3758,1.1989,0.1973,-0.0068,-0.5626,-0.5148,-0.203,0.5173,0.002,0.136,-1.1131,0.5433,-0.0282,0.4069,-0.463,0.1224,0.5189,0.474,-0.4861,0.0249,-0.2625,-0.1415,0.0245,0.9491,0.4085,-0.5762,-1.1825,-1.0446,0.16,0.7324,-0.4446,0.0525,0.1349,-0.6182,2.7971,0.0872,0.2281,0.1785,0.4072,-1.3969,-1.2798,-0.0807,-1.0805,1.4127,-0.2859,0.9828,-1.013,-0.2704,0.8907,-0.445,-0.1942,-0.1129,-0.1129,-0.0912,0.0209,-0.168,0.0055,0.0055,-0.1809,-0.1036,-0.1227,-0.1041,0,0,0,-0.1129,0,0,0.068,-0.1145,-0.8518,0.8732,-0.558,-0.0998,0.4205,0.1917,0.6196,-0.272,-0.43,-0.0349,-0.2015,-0.0561,-0.0939,-0.7278,-0.8569,-0.5809,0.8734,-0.6711,0.2008,-0.7394,-0.5525],"second":[0.0222,3.5289,0.5929,-1.0627,1.7078,-2.1452,2.0933,0.1703,0.1287,-0.0562],"accept":0.5};
