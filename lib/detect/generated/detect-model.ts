// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 744 labelled pages (5806 candidates, 3365 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.6327
//   format:table                   0.904
//   format:card                    0.7893
//   format:brand-then-line         -0.0214
//   format:heading                 -0.91
//   format:name-then-price         -0.1622
//   format:caption                 0.3974
//   format:linked-prose            0.2908
//   format:anchor-line             -0.0148
//   format:anchor-list             -0.0163
//   format:anchor-prose            -1.0968
//   format:anchor-record           0.2876
//   format:anchor-carry            -1.3549
//   format:anchor-link             0.5258
//   format:anchor-heading          0.2062
//   evidence                       0.9872
//   evidence>=4                    0.6355
//   price                          1.3899
//   retailer                       -0.1426
//   url                            0.1686
//   deep-url                       0.2404
//   brand                          3.5771
//   brand-known                    2.0007
//   brand-ambiguous                -0.1213
//   brand-caps                     0.218
//   name-words                     -0.3579
//   name-long                      -0.4417
//   name-noun                      0.7266
//   name-caps                      -0.5583
//   name-lower-start               -1.0877
//   name-digits                    0.2863
//   name-quote                     0.4131
//   chrome                         -0.8977
//   in-article                     -0.1902
//   heading                        -0.335
//   caption                        0.4121
//   list-item                      -0.1299
//   table-cell                     -0.0439
//   depth                          0.6209
//   siblings                       1.1565
//   line-length                    0.5635
//   line-negative                  -0.0556
//   page-negative                  -0.5625
//   page-candidates                -0.5815
//   same-price                     -0.2467
//   price-big                      0.5696
//   price-small                    0.0155
//   label-left                     0.1765
//   lang-other                     -1.2935
//   lang:en                        0.4986
//   lang:de                        0.0634
//   lang:fr                        0.4105
//   lang:it                        -0.6014
//   lang:es                        0.1724
//   lang:nl                        0.5693
//   lang:pl                        0.5854
//   lang:sv                        -0.4322
//   lang:ja                        0.0274
//   name-is-shop                   -0.3232
//   name-is-title                  0.001
//   holds-title                    0.0472
//   record-lines                   1.0201
//   name-one-noun                  0.4529
//   name-sentence                  -0.7952
//   no-price*siblings              -1.1815
//   no-price*brand-known           -1.0371
//   no-price*url                   0.1273
//   no-price*one-noun              0.7197
//   price-range                    -0.4266
//   candidate-siblings             0.0935
//   page-shop-links                0.3347
//   no-price*shop-links            -0.6754
//   no-price*page-unpriced         2.7081
//   no-price*candidate-siblings    -0.0306
//   format:anchor-credit           -0.1078
//   format:anchor-maker            0.18
//   format:anchor-runon            0.3031
//   maker-lead                     -1.3468
//   maker-tail                     -1.3821
//   maker-inside                   -0.0765
//   maker-read-known               -1.0122
//   no-price*brand-heading-run     1.4582
//   format:anchor-prose-brand      -0.3058
//   format:anchor-cjk              1.1762
//   name-hiragana                  -0.8923
//   name-cjk-punct                 -0.316
//   name-cjk-quoted                0.8653
//   name-cjk-editorial             -0.4796
//   name-cjk-holds-brand           -0.2161
//   format:anchor-group            -0.0827
//   in-record                      -0.0827
//   record-group-size              -0.0677
//   record-group-priced            0.024
//   record-group-linked            -0.1506
//   record-seq                     0.0127
//   record-price                   0.0127
//   record-shop-link               -0.1744
//   record-buy                     -0.1089
//   record-brand-first             -0.1244
//   record-length                  -0.0812
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.0827
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0917
//   anchor-group*name-proper       -0.0998
//   name-used                      -0.8305
//   shared-credit                  0.942
//   headline-negative              -0.368
//   format:anchor-own-shop         -0.0115
//   own-shop*slot                  0.4291
//   own-shop*url-repeats           0.1993
//   own-shop*page-slots            0.6288
//   own-shop*page-cart             -0.2576
//   format:anchor-of-maker         -0.5011
//   cue:first-person               -0.0194
//   cue:recommend                  -0.2155
//   cue:report                     -0.0468
//   format:anchor-possessive       -0.086
//   used-goods                     -0.6821
//   page-used-goods                -0.8484
//   block-run                      -0.4801
//   block-short-offer              0.8646
//   format:anchor-block            -0.5928
//   format:anchor-maker-first      0.2036
//   cue:past-year                  -0.6015
//   cue:parted-or-warned           -0.5465

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0141
//   first-logit                    3.5302
//   same-parent-max                0.7721
//   same-parent-mean               -1.4721
//   same-grandparent-mean          1.7749
//   page-accepted-share            -2.0802
//   format-accepted-share          2.0348
//   no-price*same-parent-mean      0.3163
//   no-price*format-accepted-share 0.1379
//   no-price*first-logit           -0.0879

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.6327,0.904,0.7893,-0.0214,-0.91,-0.1622,0.3974,0.2908,-0.0148,-0.0163,-1.0968,0.2876,-1.3549,0.5258,0.2062,0.9872,0.6355,1.3899,-0.1426,0.1686,0.2404,3.5771,2.0007,-0.1213,0.218,-0.3579,-0.4417,0.7266,-0.5583,-1.0877,0.2863,0.4131,-0.8977,-0.1902,-0.335,0.4121,-0.1299,-0.0439,0.6209,1.1565,0.5635,-0.0556,-0.5625,-0.5815,-0.2467,0.5696,0.0155,0.1765,-1.2935,0.4986,0.0634,0.4105,-0.6014,0.1724,0.5693,0.5854,-0.4322,0.0274,-0.3232,0.001,0.0472,1.0201,0.4529,-0.7952,-1.1815,-1.0371,0.1273,0.7197,-0.4266,0.0935,0.3347,-0.6754,2.7081,-0.0306,-0.1078,0.18,0.3031,-1.3468,-1.3821,-0.0765,-1.0122,1.4582,-0.3058,1.1762,-0.8923,-0.316,0.8653,-0.4796,-0.2161,-0.0827,-0.0827,-0.0677,0.024,-0.1506,0.0127,0.0127,-0.1744,-0.1089,-0.1244,-0.0812,0,0,0,-0.0827,0,0,0.0917,-0.0998,-0.8305,0.942,-0.368,-0.0115,0.4291,0.1993,0.6288,-0.2576,-0.5011,-0.0194,-0.2155,-0.0468,-0.086,-0.6821,-0.8484,-0.4801,0.8646,-0.5928,0.2036,-0.6015,-0.5465],"second":[0.0141,3.5302,0.7721,-1.4721,1.7749,-2.0802,2.0348,0.3163,0.1379,-0.0879],"accept":0.5};
