// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1140 labelled pages (8042 candidates, 4573 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.6045
//   format:table                   1.4008
//   format:card                    1.0053
//   format:brand-then-line         -0.2999
//   format:heading                 -1.1554
//   format:name-then-price         -0.5071
//   format:caption                 0.3631
//   format:linked-prose            0.3499
//   format:anchor-line             0.0309
//   format:anchor-list             -0.4593
//   format:anchor-prose            -0.9392
//   format:anchor-record           -0.2908
//   format:anchor-carry            -1.9706
//   format:anchor-link             0.7358
//   format:anchor-heading          0.0883
//   format:anchor-heading-prose    -0.55
//   evidence                       1.326
//   evidence>=4                    0.4619
//   price                          1.4002
//   retailer                       -0.3091
//   url                            0.1813
//   deep-url                       0.1873
//   brand                          5.1205
//   brand-known                    1.7474
//   brand-ambiguous                -0.2381
//   brand-caps                     0.3833
//   name-words                     -0.2989
//   name-long                      -0.1187
//   name-noun                      1.0044
//   name-caps                      -1.0671
//   name-lower-start               -1.0647
//   name-digits                    0.0234
//   name-quote                     1.1069
//   chrome                         -1.5357
//   in-article                     -0.3083
//   heading                        -0.4546
//   caption                        0.9452
//   list-item                      0.3037
//   table-cell                     -1.6507
//   depth                          -0.2402
//   siblings                       1.4515
//   line-length                    0.0665
//   line-negative                  0.1411
//   page-negative                  -0.267
//   page-candidates                -0.1458
//   same-price                     -0.3736
//   price-big                      0.8681
//   price-small                    -0.0809
//   label-left                     -0.1187
//   lang-other                     -0.7736
//   lang:en                        0.4536
//   lang:de                        -0.079
//   lang:fr                        0.3593
//   lang:it                        -0.0684
//   lang:es                        0.3508
//   lang:nl                        0.4708
//   lang:pl                        0.646
//   lang:sv                        -1.0127
//   lang:ja                        -0.3466
//   name-is-shop                   -0.2374
//   name-is-title                  -0.3838
//   holds-title                    0.237
//   record-lines                   1.7625
//   name-one-noun                  0.1074
//   name-sentence                  -0.6663
//   no-price*siblings              -1.3982
//   no-price*brand-known           -1.0298
//   no-price*url                   0.1678
//   no-price*one-noun              0.6336
//   price-range                    -0.8507
//   candidate-siblings             0.0102
//   page-shop-links                0.1673
//   no-price*shop-links            -0.8586
//   no-price*page-unpriced         2.6976
//   no-price*candidate-siblings    0.8397
//   format:anchor-credit           -0.1625
//   format:anchor-maker            -0.3369
//   format:anchor-runon            0.5735
//   maker-lead                     -1.904
//   maker-tail                     -1.66
//   maker-inside                   -0.0429
//   maker-host                     0.8331
//   maker-read-known               -1.6753
//   no-price*brand-heading-run     2.9301
//   format:anchor-prose-brand      0.0244
//   format:anchor-cjk              1.9581
//   name-hiragana                  -1.3531
//   name-cjk-punct                 -1.0109
//   name-cjk-quoted                0.6739
//   name-cjk-editorial             -0.0579
//   name-cjk-holds-brand           -0.5724
//   format:anchor-group            -0.2439
//   in-record                      -0.2439
//   record-group-size              -0.129
//   record-group-priced            0.0013
//   record-group-linked            -0.315
//   record-seq                     0.0136
//   record-price                   -0.01
//   record-shop-link               -0.1352
//   record-buy                     0.2194
//   record-brand-first             0.2502
//   record-length                  -0.124
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2439
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      -0.1087
//   anchor-group*name-proper       0.1274
//   name-used                      -1.5576
//   shared-credit                  1.1792
//   headline-negative              -2.0625
//   format:anchor-own-shop         -0.1318
//   own-shop*slot                  0.4008
//   own-shop*url-repeats           0.4898
//   own-shop*page-slots            0.8843
//   own-shop*page-cart             -0.7343
//   format:anchor-of-maker         0.2497
//   cue:first-person               -0.5838
//   cue:recommend                  -0.5969
//   cue:report                     -0.3173
//   format:anchor-possessive       -0.3893
//   used-goods                     -1.3031
//   page-used-goods                -2.3346
//   block-run                      -0.9849
//   block-short-offer              1.2178
//   format:anchor-block            -0.8035
//   format:anchor-maker-first      0.4713
//   cue:past-year                  -1.0103
//   cue:parted-or-warned           -0.6693
//   format:anchor-maker-noun       0.7578
//   page-recall-lines              -0.1731
//   page-recall-headline           -0.313
//   page-unreleased-lines          -0.0043
//   page-unreleased-headline       -0.9548
//   maker-section                  0.5954
//   maker-section-h1               -0.5946
//   maker-section-named            0.5439
//   maker-section-distance         0.4933
//   format:anchor-noun-maker       0.8482

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1062
//   first-logit                    3.4743
//   same-parent-max                0.6034
//   same-parent-mean               -1.7058
//   same-grandparent-mean          2.2577
//   page-accepted-share            -1.8462
//   format-accepted-share          1.7853
//   no-price*same-parent-mean      0.0973
//   no-price*format-accepted-share 0.017
//   no-price*first-logit           -0.4869

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.6045,1.4008,1.0053,-0.2999,-1.1554,-0.5071,0.3631,0.3499,0.0309,-0.4593,-0.9392,-0.2908,-1.9706,0.7358,0.0883,-0.55,1.326,0.4619,1.4002,-0.3091,0.1813,0.1873,5.1205,1.7474,-0.2381,0.3833,-0.2989,-0.1187,1.0044,-1.0671,-1.0647,0.0234,1.1069,-1.5357,-0.3083,-0.4546,0.9452,0.3037,-1.6507,-0.2402,1.4515,0.0665,0.1411,-0.267,-0.1458,-0.3736,0.8681,-0.0809,-0.1187,-0.7736,0.4536,-0.079,0.3593,-0.0684,0.3508,0.4708,0.646,-1.0127,-0.3466,-0.2374,-0.3838,0.237,1.7625,0.1074,-0.6663,-1.3982,-1.0298,0.1678,0.6336,-0.8507,0.0102,0.1673,-0.8586,2.6976,0.8397,-0.1625,-0.3369,0.5735,-1.904,-1.66,-0.0429,0.8331,-1.6753,2.9301,0.0244,1.9581,-1.3531,-1.0109,0.6739,-0.0579,-0.5724,-0.2439,-0.2439,-0.129,0.0013,-0.315,0.0136,-0.01,-0.1352,0.2194,0.2502,-0.124,0,0,0,-0.2439,0,0,-0.1087,0.1274,-1.5576,1.1792,-2.0625,-0.1318,0.4008,0.4898,0.8843,-0.7343,0.2497,-0.5838,-0.5969,-0.3173,-0.3893,-1.3031,-2.3346,-0.9849,1.2178,-0.8035,0.4713,-1.0103,-0.6693,0.7578,-0.1731,-0.313,-0.0043,-0.9548,0.5954,-0.5946,0.5439,0.4933,0.8482],"second":[0.1062,3.4743,0.6034,-1.7058,2.2577,-1.8462,1.7853,0.0973,0.017,-0.4869],"accept":0.5};
