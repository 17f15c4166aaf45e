// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 708 labelled pages (5602 candidates, 3219 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.6554
//   format:table                   0.9594
//   format:card                    0.6143
//   format:brand-then-line         0.14
//   format:heading                 -0.9014
//   format:name-then-price         -0.1815
//   format:caption                 0.4695
//   format:linked-prose            0.2842
//   format:anchor-line             -0.0579
//   format:anchor-list             0.1369
//   format:anchor-prose            -1.1415
//   format:anchor-record           0.2954
//   format:anchor-carry            -1.3224
//   format:anchor-link             0.4029
//   format:anchor-heading          0.1794
//   evidence                       0.975
//   evidence>=4                    0.692
//   price                          1.4321
//   retailer                       0.0247
//   url                            0.057
//   deep-url                       0.1406
//   brand                          3.5608
//   brand-known                    2.0592
//   brand-ambiguous                -0.0648
//   brand-caps                     0.0854
//   name-words                     -0.3009
//   name-long                      -0.325
//   name-noun                      0.7686
//   name-caps                      -0.4631
//   name-lower-start               -1.0297
//   name-digits                    0.1829
//   name-quote                     0.6093
//   chrome                         -0.804
//   in-article                     0.0786
//   heading                        -0.4161
//   caption                        0.4036
//   list-item                      -0.299
//   table-cell                     -0.0446
//   depth                          0.4014
//   siblings                       1.1214
//   line-length                    0.6118
//   line-negative                  0.013
//   page-negative                  -0.7012
//   page-candidates                -0.6122
//   same-price                     -0.1885
//   price-big                      0.4709
//   price-small                    0.0507
//   label-left                     0.1433
//   lang-other                     -1.2907
//   lang:en                        0.4654
//   lang:de                        0.0691
//   lang:fr                        0.3143
//   lang:it                        -0.4726
//   lang:es                        0.0996
//   lang:nl                        0.6721
//   lang:pl                        0.6082
//   lang:sv                        -0.4497
//   lang:ja                        -0.0155
//   name-is-shop                   -0.3282
//   name-is-title                  0.0001
//   holds-title                    -0.1551
//   record-lines                   0.8675
//   name-one-noun                  0.4075
//   name-sentence                  -0.6996
//   no-price*siblings              -1.049
//   no-price*brand-known           -1.3149
//   no-price*url                   0.2911
//   no-price*one-noun              0.7773
//   price-range                    -0.4477
//   candidate-siblings             -0.0884
//   page-shop-links                0.3874
//   no-price*shop-links            -0.6158
//   no-price*page-unpriced         2.6255
//   no-price*candidate-siblings    0.1116
//   format:anchor-credit           -0.0158
//   format:anchor-maker            0.2395
//   format:anchor-runon            0.2847
//   maker-lead                     -1.3831
//   maker-tail                     -1.241
//   maker-inside                   -0.0657
//   maker-read-known               -0.9734
//   no-price*brand-heading-run     1.5411
//   format:anchor-prose-brand      -0.2453
//   format:anchor-cjk              1.2374
//   name-hiragana                  -0.8364
//   name-cjk-punct                 -0.315
//   name-cjk-quoted                0.872
//   name-cjk-editorial             -0.4568
//   name-cjk-holds-brand           -0.1861
//   format:anchor-group            -0.0813
//   in-record                      -0.0813
//   record-group-size              -0.0588
//   record-group-priced            0.0409
//   record-group-linked            -0.1518
//   record-seq                     0.0253
//   record-price                   0.0253
//   record-shop-link               -0.1689
//   record-buy                     -0.0999
//   record-brand-first             -0.1178
//   record-length                  -0.0701
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.0813
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0876
//   anchor-group*name-proper       -0.1041
//   name-used                      -0.7632
//   shared-credit                  0.8672
//   headline-negative              -0.3647
//   format:anchor-own-shop         -0.0075
//   own-shop*slot                  0.4175
//   own-shop*url-repeats           0.1804
//   own-shop*page-slots            0.653
//   own-shop*page-cart             -0.1392
//   format:anchor-of-maker         -0.5525
//   cue:first-person               0.0221
//   cue:recommend                  -0.1926
//   cue:report                     -0.0401
//   format:anchor-possessive       -0.0747
//   used-goods                     -0.6561
//   page-used-goods                -0.8236
//   block-run                      -0.5114
//   block-short-offer              0.9241
//   format:anchor-block            -0.6619

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.073
//   first-logit                    3.4484
//   same-parent-max                0.6214
//   same-parent-mean               -1.4274
//   same-grandparent-mean          1.9442
//   page-accepted-share            -2.0581
//   format-accepted-share          1.8229
//   no-price*same-parent-mean      0.1053
//   no-price*format-accepted-share 0.3949
//   no-price*first-logit           0.0328

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.6554,0.9594,0.6143,0.14,-0.9014,-0.1815,0.4695,0.2842,-0.0579,0.1369,-1.1415,0.2954,-1.3224,0.4029,0.1794,0.975,0.692,1.4321,0.0247,0.057,0.1406,3.5608,2.0592,-0.0648,0.0854,-0.3009,-0.325,0.7686,-0.4631,-1.0297,0.1829,0.6093,-0.804,0.0786,-0.4161,0.4036,-0.299,-0.0446,0.4014,1.1214,0.6118,0.013,-0.7012,-0.6122,-0.1885,0.4709,0.0507,0.1433,-1.2907,0.4654,0.0691,0.3143,-0.4726,0.0996,0.6721,0.6082,-0.4497,-0.0155,-0.3282,0.0001,-0.1551,0.8675,0.4075,-0.6996,-1.049,-1.3149,0.2911,0.7773,-0.4477,-0.0884,0.3874,-0.6158,2.6255,0.1116,-0.0158,0.2395,0.2847,-1.3831,-1.241,-0.0657,-0.9734,1.5411,-0.2453,1.2374,-0.8364,-0.315,0.872,-0.4568,-0.1861,-0.0813,-0.0813,-0.0588,0.0409,-0.1518,0.0253,0.0253,-0.1689,-0.0999,-0.1178,-0.0701,0,0,0,-0.0813,0,0,0.0876,-0.1041,-0.7632,0.8672,-0.3647,-0.0075,0.4175,0.1804,0.653,-0.1392,-0.5525,0.0221,-0.1926,-0.0401,-0.0747,-0.6561,-0.8236,-0.5114,0.9241,-0.6619],"second":[0.073,3.4484,0.6214,-1.4274,1.9442,-2.0581,1.8229,0.1053,0.3949,0.0328],"accept":0.5};
