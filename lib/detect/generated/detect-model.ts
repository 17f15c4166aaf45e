// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 852 labelled pages (6375 candidates, 3750 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.4002
//   format:table                   0.8481
//   format:card                    0.726
//   format:brand-then-line         -0.0757
//   format:heading                 -0.9412
//   format:name-then-price         -0.1636
//   format:caption                 0.5
//   format:linked-prose            0.3302
//   format:anchor-line             0.0682
//   format:anchor-list             -0.3024
//   format:anchor-prose            -0.9945
//   format:anchor-record           0.1281
//   format:anchor-carry            -1.2208
//   format:anchor-link             0.6816
//   format:anchor-heading          0.0654
//   evidence                       1.0522
//   evidence>=4                    0.5763
//   price                          1.731
//   retailer                       -0.1311
//   url                            0.1111
//   deep-url                       0.1398
//   brand                          3.8284
//   brand-known                    1.8696
//   brand-ambiguous                -0.098
//   brand-caps                     0.2971
//   name-words                     -0.1539
//   name-long                      -0.1901
//   name-noun                      0.772
//   name-caps                      -0.5683
//   name-lower-start               -1.0247
//   name-digits                    0.1777
//   name-quote                     0.7865
//   chrome                         -0.9855
//   in-article                     -0.3684
//   heading                        -0.3473
//   caption                        0.5616
//   list-item                      -0.0549
//   table-cell                     -0.157
//   depth                          0.2795
//   siblings                       1.1902
//   line-length                    0.1826
//   line-negative                  0.0456
//   page-negative                  -0.6777
//   page-candidates                -0.596
//   same-price                     -0.221
//   price-big                      0.5698
//   price-small                    0.0136
//   label-left                     0.1101
//   lang-other                     -1.0681
//   lang:en                        0.5018
//   lang:de                        -0.0966
//   lang:fr                        0.3156
//   lang:it                        -0.3028
//   lang:es                        0.224
//   lang:nl                        0.5141
//   lang:pl                        0.4332
//   lang:sv                        -0.5168
//   lang:ja                        -0.0044
//   name-is-shop                   -0.1192
//   name-is-title                  -0.0356
//   holds-title                    0.0225
//   record-lines                   0.9596
//   name-one-noun                  0.3531
//   name-sentence                  -0.6067
//   no-price*siblings              -0.9975
//   no-price*brand-known           -0.9237
//   no-price*url                   0.1441
//   no-price*one-noun              0.5857
//   price-range                    -0.4958
//   candidate-siblings             0.038
//   page-shop-links                0.2677
//   no-price*shop-links            -0.4761
//   no-price*page-unpriced         2.8913
//   no-price*candidate-siblings    0.6507
//   format:anchor-credit           0.2525
//   format:anchor-maker            0.0441
//   format:anchor-runon            0.3195
//   maker-lead                     -1.4455
//   maker-tail                     -1.2166
//   maker-inside                   -0.0857
//   maker-read-known               -1.1028
//   no-price*brand-heading-run     1.4807
//   format:anchor-prose-brand      -0.3591
//   format:anchor-cjk              0.8946
//   name-hiragana                  -1.1082
//   name-cjk-punct                 -0.2554
//   name-cjk-quoted                0.8451
//   name-cjk-editorial             -0.2458
//   name-cjk-holds-brand           -0.2279
//   format:anchor-group            -0.1663
//   in-record                      -0.1663
//   record-group-size              -0.116
//   record-group-priced            -0.0233
//   record-group-linked            -0.1699
//   record-seq                     -0.0317
//   record-price                   -0.0317
//   record-shop-link               -0.1753
//   record-buy                     -0.1013
//   record-brand-first             -0.0977
//   record-length                  -0.1653
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.1663
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0091
//   anchor-group*name-proper       -0.077
//   name-used                      -0.8263
//   shared-credit                  0.8354
//   headline-negative              -0.6066
//   format:anchor-own-shop         -0.0872
//   own-shop*slot                  0.4133
//   own-shop*url-repeats           0.2065
//   own-shop*page-slots            0.6021
//   own-shop*page-cart             -0.2732
//   format:anchor-of-maker         -0.2815
//   cue:first-person               -0.4096
//   cue:recommend                  -0.3186
//   cue:report                     -0.0699
//   format:anchor-possessive       -0.1309
//   used-goods                     -0.718
//   page-used-goods                -0.8445
//   block-run                      -0.5211
//   block-short-offer              0.9408
//   format:anchor-block            -0.6852
//   format:anchor-maker-first      0.206
//   cue:past-year                  -0.7554
//   cue:parted-or-warned           -0.4998
//   format:anchor-maker-noun       -0.1757

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0412
//   first-logit                    3.5805
//   same-parent-max                0.5863
//   same-parent-mean               -1.6788
//   same-grandparent-mean          2.2307
//   page-accepted-share            -1.9537
//   format-accepted-share          1.9465
//   no-price*same-parent-mean      0.2948
//   no-price*format-accepted-share -0.0818
//   no-price*first-logit           -0.1529

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.4002,0.8481,0.726,-0.0757,-0.9412,-0.1636,0.5,0.3302,0.0682,-0.3024,-0.9945,0.1281,-1.2208,0.6816,0.0654,1.0522,0.5763,1.731,-0.1311,0.1111,0.1398,3.8284,1.8696,-0.098,0.2971,-0.1539,-0.1901,0.772,-0.5683,-1.0247,0.1777,0.7865,-0.9855,-0.3684,-0.3473,0.5616,-0.0549,-0.157,0.2795,1.1902,0.1826,0.0456,-0.6777,-0.596,-0.221,0.5698,0.0136,0.1101,-1.0681,0.5018,-0.0966,0.3156,-0.3028,0.224,0.5141,0.4332,-0.5168,-0.0044,-0.1192,-0.0356,0.0225,0.9596,0.3531,-0.6067,-0.9975,-0.9237,0.1441,0.5857,-0.4958,0.038,0.2677,-0.4761,2.8913,0.6507,0.2525,0.0441,0.3195,-1.4455,-1.2166,-0.0857,-1.1028,1.4807,-0.3591,0.8946,-1.1082,-0.2554,0.8451,-0.2458,-0.2279,-0.1663,-0.1663,-0.116,-0.0233,-0.1699,-0.0317,-0.0317,-0.1753,-0.1013,-0.0977,-0.1653,0,0,0,-0.1663,0,0,0.0091,-0.077,-0.8263,0.8354,-0.6066,-0.0872,0.4133,0.2065,0.6021,-0.2732,-0.2815,-0.4096,-0.3186,-0.0699,-0.1309,-0.718,-0.8445,-0.5211,0.9408,-0.6852,0.206,-0.7554,-0.4998,-0.1757],"second":[0.0412,3.5805,0.5863,-1.6788,2.2307,-1.9537,1.9465,0.2948,-0.0818,-0.1529],"accept":0.5};
