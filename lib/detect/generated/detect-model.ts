// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 780 labelled pages (5930 candidates, 3466 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.583
//   format:table                   0.8496
//   format:card                    0.6909
//   format:brand-then-line         -0.0623
//   format:heading                 -0.9504
//   format:name-then-price         -0.1947
//   format:caption                 0.3759
//   format:linked-prose            0.2642
//   format:anchor-line             -0.0304
//   format:anchor-list             -0.1138
//   format:anchor-prose            -1.0996
//   format:anchor-record           0.1384
//   format:anchor-carry            -1.2434
//   format:anchor-link             0.5505
//   format:anchor-heading          0.1465
//   evidence                       1.0529
//   evidence>=4                    0.6204
//   price                          1.3904
//   retailer                       -0.0676
//   url                            0.1713
//   deep-url                       0.1646
//   brand                          3.6665
//   brand-known                    1.989
//   brand-ambiguous                -0.1355
//   brand-caps                     0.1358
//   name-words                     -0.1241
//   name-long                      -0.1697
//   name-noun                      0.7331
//   name-caps                      -0.6313
//   name-lower-start               -1.1262
//   name-digits                    0.2076
//   name-quote                     0.4491
//   chrome                         -0.8947
//   in-article                     -0.1675
//   heading                        -0.3413
//   caption                        0.4504
//   list-item                      -0.1838
//   table-cell                     -0.1673
//   depth                          0.4759
//   siblings                       1.1978
//   line-length                    0.4092
//   line-negative                  -0.0445
//   page-negative                  -0.5642
//   page-candidates                -0.5287
//   same-price                     -0.1949
//   price-big                      0.6042
//   price-small                    0.0225
//   label-left                     0.1403
//   lang-other                     -1.048
//   lang:en                        0.4797
//   lang:de                        -0.0499
//   lang:fr                        0.4002
//   lang:it                        -0.4735
//   lang:es                        0.1325
//   lang:nl                        0.5732
//   lang:pl                        0.4814
//   lang:sv                        -0.4984
//   lang:ja                        0.0028
//   name-is-shop                   -0.1754
//   name-is-title                  -0.1165
//   holds-title                    0.0267
//   record-lines                   0.9669
//   name-one-noun                  0.4519
//   name-sentence                  -0.4624
//   no-price*siblings              -1.1985
//   no-price*brand-known           -1.0538
//   no-price*url                   0.1508
//   no-price*one-noun              0.6897
//   price-range                    -0.4328
//   candidate-siblings             0.0756
//   page-shop-links                0.2043
//   no-price*shop-links            -0.7051
//   no-price*page-unpriced         2.7747
//   no-price*candidate-siblings    0.0716
//   format:anchor-credit           0.2382
//   format:anchor-maker            0.1461
//   format:anchor-runon            0.3787
//   maker-lead                     -1.3978
//   maker-tail                     -1.4472
//   maker-inside                   -0.0917
//   maker-read-known               -1.0165
//   no-price*brand-heading-run     1.3994
//   format:anchor-prose-brand      -0.2681
//   format:anchor-cjk              1.1737
//   name-hiragana                  -1.0008
//   name-cjk-punct                 -0.2686
//   name-cjk-quoted                0.8585
//   name-cjk-editorial             -0.442
//   name-cjk-holds-brand           -0.1817
//   format:anchor-group            -0.1013
//   in-record                      -0.1013
//   record-group-size              -0.0826
//   record-group-priced            0.0336
//   record-group-linked            -0.1744
//   record-seq                     0.023
//   record-price                   0.023
//   record-shop-link               -0.1847
//   record-buy                     -0.1063
//   record-brand-first             -0.116
//   record-length                  -0.091
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.1013
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0834
//   anchor-group*name-proper       -0.1021
//   name-used                      -0.8784
//   shared-credit                  0.9356
//   headline-negative              -0.4093
//   format:anchor-own-shop         -0.1085
//   own-shop*slot                  0.4344
//   own-shop*url-repeats           0.1957
//   own-shop*page-slots            0.6271
//   own-shop*page-cart             -0.2606
//   format:anchor-of-maker         -0.4383
//   cue:first-person               -0.1069
//   cue:recommend                  -0.2124
//   cue:report                     -0.0524
//   format:anchor-possessive       -0.0806
//   used-goods                     -0.7534
//   page-used-goods                -0.872
//   block-run                      -0.557
//   block-short-offer              0.8716
//   format:anchor-block            -0.6454
//   format:anchor-maker-first      0.2104
//   cue:past-year                  -0.7167
//   cue:parted-or-warned           -0.5462

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0062
//   first-logit                    3.5246
//   same-parent-max                0.6474
//   same-parent-mean               -1.2588
//   same-grandparent-mean          1.7635
//   page-accepted-share            -2.0546
//   format-accepted-share          2.0698
//   no-price*same-parent-mean      0.2259
//   no-price*format-accepted-share 0.106
//   no-price*first-logit           -0.0531

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.583,0.8496,0.6909,-0.0623,-0.9504,-0.1947,0.3759,0.2642,-0.0304,-0.1138,-1.0996,0.1384,-1.2434,0.5505,0.1465,1.0529,0.6204,1.3904,-0.0676,0.1713,0.1646,3.6665,1.989,-0.1355,0.1358,-0.1241,-0.1697,0.7331,-0.6313,-1.1262,0.2076,0.4491,-0.8947,-0.1675,-0.3413,0.4504,-0.1838,-0.1673,0.4759,1.1978,0.4092,-0.0445,-0.5642,-0.5287,-0.1949,0.6042,0.0225,0.1403,-1.048,0.4797,-0.0499,0.4002,-0.4735,0.1325,0.5732,0.4814,-0.4984,0.0028,-0.1754,-0.1165,0.0267,0.9669,0.4519,-0.4624,-1.1985,-1.0538,0.1508,0.6897,-0.4328,0.0756,0.2043,-0.7051,2.7747,0.0716,0.2382,0.1461,0.3787,-1.3978,-1.4472,-0.0917,-1.0165,1.3994,-0.2681,1.1737,-1.0008,-0.2686,0.8585,-0.442,-0.1817,-0.1013,-0.1013,-0.0826,0.0336,-0.1744,0.023,0.023,-0.1847,-0.1063,-0.116,-0.091,0,0,0,-0.1013,0,0,0.0834,-0.1021,-0.8784,0.9356,-0.4093,-0.1085,0.4344,0.1957,0.6271,-0.2606,-0.4383,-0.1069,-0.2124,-0.0524,-0.0806,-0.7534,-0.872,-0.557,0.8716,-0.6454,0.2104,-0.7167,-0.5462],"second":[0.0062,3.5246,0.6474,-1.2588,1.7635,-2.0546,2.0698,0.2259,0.106,-0.0531],"accept":0.5};
