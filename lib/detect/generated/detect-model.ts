// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 816 labelled pages (6120 candidates, 3583 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.2309
//   format:table                   0.8376
//   format:card                    0.7045
//   format:brand-then-line         -0.0736
//   format:heading                 -0.9481
//   format:name-then-price         -0.1924
//   format:caption                 0.4845
//   format:linked-prose            0.2782
//   format:anchor-line             0.0693
//   format:anchor-list             -0.1839
//   format:anchor-prose            -0.9745
//   format:anchor-record           0.1187
//   format:anchor-carry            -1.2321
//   format:anchor-link             0.5925
//   format:anchor-heading          0.1044
//   evidence                       0.9927
//   evidence>=4                    0.6291
//   price                          1.5016
//   retailer                       -0.0887
//   url                            0.164
//   deep-url                       0.1482
//   brand                          3.7432
//   brand-known                    1.9679
//   brand-ambiguous                -0.114
//   brand-caps                     0.2335
//   name-words                     -0.1559
//   name-long                      -0.209
//   name-noun                      0.7627
//   name-caps                      -0.6298
//   name-lower-start               -1.1335
//   name-digits                    0.2179
//   name-quote                     0.4453
//   chrome                         -0.928
//   in-article                     -0.3833
//   heading                        -0.3381
//   caption                        0.4925
//   list-item                      -0.2025
//   table-cell                     -0.152
//   depth                          0.3206
//   siblings                       1.1849
//   line-length                    0.1811
//   line-negative                  -0.0012
//   page-negative                  -0.5624
//   page-candidates                -0.4658
//   same-price                     -0.209
//   price-big                      0.5175
//   price-small                    0.006
//   label-left                     0.1366
//   lang-other                     -1.0912
//   lang:en                        0.5473
//   lang:de                        -0.0581
//   lang:fr                        0.3654
//   lang:it                        -0.4607
//   lang:es                        0.1264
//   lang:nl                        0.5436
//   lang:pl                        0.4772
//   lang:sv                        -0.4755
//   lang:ja                        0.0257
//   name-is-shop                   -0.2537
//   name-is-title                  -0.1297
//   holds-title                    0.0244
//   record-lines                   0.9469
//   name-one-noun                  0.4086
//   name-sentence                  -0.5714
//   no-price*siblings              -1.2094
//   no-price*brand-known           -1.064
//   no-price*url                   0.1513
//   no-price*one-noun              0.726
//   price-range                    -0.4357
//   candidate-siblings             0.0501
//   page-shop-links                0.1421
//   no-price*shop-links            -0.5897
//   no-price*page-unpriced         2.8377
//   no-price*candidate-siblings    0.1783
//   format:anchor-credit           0.229
//   format:anchor-maker            0.1939
//   format:anchor-runon            0.4115
//   maker-lead                     -1.3955
//   maker-tail                     -1.2773
//   maker-inside                   -0.0799
//   maker-read-known               -1.0826
//   no-price*brand-heading-run     1.4145
//   format:anchor-prose-brand      -0.2554
//   format:anchor-cjk              0.9831
//   name-hiragana                  -1.0166
//   name-cjk-punct                 -0.2717
//   name-cjk-quoted                0.8871
//   name-cjk-editorial             -0.4456
//   name-cjk-holds-brand           -0.1955
//   format:anchor-group            -0.1141
//   in-record                      -0.1141
//   record-group-size              -0.0927
//   record-group-priced            0.0224
//   record-group-linked            -0.1705
//   record-seq                     0.0073
//   record-price                   0.0073
//   record-shop-link               -0.181
//   record-buy                     -0.1011
//   record-brand-first             -0.1203
//   record-length                  -0.1036
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.1141
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0668
//   anchor-group*name-proper       -0.1135
//   name-used                      -0.8449
//   shared-credit                  0.8704
//   headline-negative              -0.5536
//   format:anchor-own-shop         -0.0781
//   own-shop*slot                  0.4261
//   own-shop*url-repeats           0.191
//   own-shop*page-slots            0.619
//   own-shop*page-cart             -0.2719
//   format:anchor-of-maker         -0.4051
//   cue:first-person               -0.0658
//   cue:recommend                  -0.199
//   cue:report                     -0.0578
//   format:anchor-possessive       -0.0851
//   used-goods                     -0.7245
//   page-used-goods                -0.8508
//   block-run                      -0.5809
//   block-short-offer              0.8706
//   format:anchor-block            -0.6732
//   format:anchor-maker-first      0.1985
//   cue:past-year                  -0.7493
//   cue:parted-or-warned           -0.5464
//   format:anchor-maker-noun       -0.1654

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.061
//   first-logit                    3.5545
//   same-parent-max                0.582
//   same-parent-mean               -1.0706
//   same-grandparent-mean          1.6692
//   page-accepted-share            -2.1615
//   format-accepted-share          2.0939
//   no-price*same-parent-mean      0.1935
//   no-price*format-accepted-share 0.1567
//   no-price*first-logit           -0.0632

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.2309,0.8376,0.7045,-0.0736,-0.9481,-0.1924,0.4845,0.2782,0.0693,-0.1839,-0.9745,0.1187,-1.2321,0.5925,0.1044,0.9927,0.6291,1.5016,-0.0887,0.164,0.1482,3.7432,1.9679,-0.114,0.2335,-0.1559,-0.209,0.7627,-0.6298,-1.1335,0.2179,0.4453,-0.928,-0.3833,-0.3381,0.4925,-0.2025,-0.152,0.3206,1.1849,0.1811,-0.0012,-0.5624,-0.4658,-0.209,0.5175,0.006,0.1366,-1.0912,0.5473,-0.0581,0.3654,-0.4607,0.1264,0.5436,0.4772,-0.4755,0.0257,-0.2537,-0.1297,0.0244,0.9469,0.4086,-0.5714,-1.2094,-1.064,0.1513,0.726,-0.4357,0.0501,0.1421,-0.5897,2.8377,0.1783,0.229,0.1939,0.4115,-1.3955,-1.2773,-0.0799,-1.0826,1.4145,-0.2554,0.9831,-1.0166,-0.2717,0.8871,-0.4456,-0.1955,-0.1141,-0.1141,-0.0927,0.0224,-0.1705,0.0073,0.0073,-0.181,-0.1011,-0.1203,-0.1036,0,0,0,-0.1141,0,0,0.0668,-0.1135,-0.8449,0.8704,-0.5536,-0.0781,0.4261,0.191,0.619,-0.2719,-0.4051,-0.0658,-0.199,-0.0578,-0.0851,-0.7245,-0.8508,-0.5809,0.8706,-0.6732,0.1985,-0.7493,-0.5464,-0.1654],"second":[0.061,3.5545,0.582,-1.0706,1.6692,-2.1615,2.0939,0.1935,0.1567,-0.0632],"accept":0.5};
