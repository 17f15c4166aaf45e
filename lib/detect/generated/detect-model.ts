// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 816 labelled pages (6183 candidates, 3625 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.346
//   format:table                   0.8381
//   format:card                    0.7202
//   format:brand-then-line         -0.0844
//   format:heading                 -0.95
//   format:name-then-price         -0.1882
//   format:caption                 0.4556
//   format:linked-prose            0.2978
//   format:anchor-line             0.0411
//   format:anchor-list             -0.2762
//   format:anchor-prose            -1.0136
//   format:anchor-record           0.0927
//   format:anchor-carry            -1.232
//   format:anchor-link             0.7046
//   format:anchor-heading          0.0546
//   evidence                       1.0515
//   evidence>=4                    0.5804
//   price                          1.678
//   retailer                       -0.0407
//   url                            0.1004
//   deep-url                       0.1039
//   brand                          3.7527
//   brand-known                    1.9338
//   brand-ambiguous                -0.0827
//   brand-caps                     0.3047
//   name-words                     -0.1794
//   name-long                      -0.1949
//   name-noun                      0.77
//   name-caps                      -0.6219
//   name-lower-start               -1.1001
//   name-digits                    0.2102
//   name-quote                     0.4713
//   chrome                         -0.942
//   in-article                     -0.3624
//   heading                        -0.3518
//   caption                        0.5141
//   list-item                      -0.2148
//   table-cell                     -0.1387
//   depth                          0.2736
//   siblings                       1.1713
//   line-length                    0.1207
//   line-negative                  0.0053
//   page-negative                  -0.5849
//   page-candidates                -0.4198
//   same-price                     -0.2433
//   price-big                      0.5114
//   price-small                    0.0038
//   label-left                     0.0937
//   lang-other                     -1.1224
//   lang:en                        0.5613
//   lang:de                        -0.0807
//   lang:fr                        0.3641
//   lang:it                        -0.4503
//   lang:es                        0.1369
//   lang:nl                        0.5822
//   lang:pl                        0.477
//   lang:sv                        -0.4583
//   lang:ja                        -0.0099
//   name-is-shop                   -0.2702
//   name-is-title                  -0.1353
//   holds-title                    0.0209
//   record-lines                   0.95
//   name-one-noun                  0.3815
//   name-sentence                  -0.5918
//   no-price*siblings              -1.137
//   no-price*brand-known           -1.0863
//   no-price*url                   0.1799
//   no-price*one-noun              0.6869
//   price-range                    -0.4679
//   candidate-siblings             0.0503
//   page-shop-links                0.1958
//   no-price*shop-links            -0.3417
//   no-price*page-unpriced         3.0094
//   no-price*candidate-siblings    0.3585
//   format:anchor-credit           0.1934
//   format:anchor-maker            0.18
//   format:anchor-runon            0.3815
//   maker-lead                     -1.4069
//   maker-tail                     -1.1763
//   maker-inside                   -0.0739
//   maker-read-known               -1.1139
//   no-price*brand-heading-run     1.37
//   format:anchor-prose-brand      -0.2641
//   format:anchor-cjk              0.9443
//   name-hiragana                  -1.0087
//   name-cjk-punct                 -0.2676
//   name-cjk-quoted                0.8791
//   name-cjk-editorial             -0.4469
//   name-cjk-holds-brand           -0.1998
//   format:anchor-group            -0.1398
//   in-record                      -0.1398
//   record-group-size              -0.1131
//   record-group-priced            0.023
//   record-group-linked            -0.1915
//   record-seq                     0.007
//   record-price                   0.007
//   record-shop-link               -0.1982
//   record-buy                     -0.1069
//   record-brand-first             -0.125
//   record-length                  -0.1246
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.1398
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0584
//   anchor-group*name-proper       -0.1259
//   name-used                      -0.8126
//   shared-credit                  0.8377
//   headline-negative              -0.5514
//   format:anchor-own-shop         -0.0959
//   own-shop*slot                  0.4372
//   own-shop*url-repeats           0.1847
//   own-shop*page-slots            0.6456
//   own-shop*page-cart             -0.2706
//   format:anchor-of-maker         -0.3836
//   cue:first-person               -0.1653
//   cue:recommend                  -0.2375
//   cue:report                     -0.0566
//   format:anchor-possessive       -0.1141
//   used-goods                     -0.7022
//   page-used-goods                -0.8236
//   block-run                      -0.5593
//   block-short-offer              0.881
//   format:anchor-block            -0.6957
//   format:anchor-maker-first      0.1679
//   cue:past-year                  -0.735
//   cue:parted-or-warned           -0.5461
//   format:anchor-maker-noun       -0.1637

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0501
//   first-logit                    3.5835
//   same-parent-max                0.5372
//   same-parent-mean               -1.5775
//   same-grandparent-mean          2.16
//   page-accepted-share            -1.9964
//   format-accepted-share          1.9869
//   no-price*same-parent-mean      0.147
//   no-price*format-accepted-share 0.2435
//   no-price*first-logit           -0.0889

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.346,0.8381,0.7202,-0.0844,-0.95,-0.1882,0.4556,0.2978,0.0411,-0.2762,-1.0136,0.0927,-1.232,0.7046,0.0546,1.0515,0.5804,1.678,-0.0407,0.1004,0.1039,3.7527,1.9338,-0.0827,0.3047,-0.1794,-0.1949,0.77,-0.6219,-1.1001,0.2102,0.4713,-0.942,-0.3624,-0.3518,0.5141,-0.2148,-0.1387,0.2736,1.1713,0.1207,0.0053,-0.5849,-0.4198,-0.2433,0.5114,0.0038,0.0937,-1.1224,0.5613,-0.0807,0.3641,-0.4503,0.1369,0.5822,0.477,-0.4583,-0.0099,-0.2702,-0.1353,0.0209,0.95,0.3815,-0.5918,-1.137,-1.0863,0.1799,0.6869,-0.4679,0.0503,0.1958,-0.3417,3.0094,0.3585,0.1934,0.18,0.3815,-1.4069,-1.1763,-0.0739,-1.1139,1.37,-0.2641,0.9443,-1.0087,-0.2676,0.8791,-0.4469,-0.1998,-0.1398,-0.1398,-0.1131,0.023,-0.1915,0.007,0.007,-0.1982,-0.1069,-0.125,-0.1246,0,0,0,-0.1398,0,0,0.0584,-0.1259,-0.8126,0.8377,-0.5514,-0.0959,0.4372,0.1847,0.6456,-0.2706,-0.3836,-0.1653,-0.2375,-0.0566,-0.1141,-0.7022,-0.8236,-0.5593,0.881,-0.6957,0.1679,-0.735,-0.5461,-0.1637],"second":[0.0501,3.5835,0.5372,-1.5775,2.16,-1.9964,1.9869,0.147,0.2435,-0.0889],"accept":0.5};
