// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 816 labelled pages (6093 candidates, 3561 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.3131
//   format:table                   0.834
//   format:card                    0.7067
//   format:brand-then-line         -0.0692
//   format:heading                 -0.9496
//   format:name-then-price         -0.1949
//   format:caption                 0.4813
//   format:linked-prose            0.278
//   format:anchor-line             0.032
//   format:anchor-list             -0.1769
//   format:anchor-prose            -0.9876
//   format:anchor-record           0.1266
//   format:anchor-carry            -1.2496
//   format:anchor-link             0.5721
//   format:anchor-heading          0.1021
//   evidence                       1.0282
//   evidence>=4                    0.6007
//   price                          1.4655
//   retailer                       -0.0873
//   url                            0.1692
//   deep-url                       0.1589
//   brand                          3.7317
//   brand-known                    1.9828
//   brand-ambiguous                -0.1202
//   brand-caps                     0.1508
//   name-words                     -0.1743
//   name-long                      -0.2025
//   name-noun                      0.7727
//   name-caps                      -0.6325
//   name-lower-start               -1.1389
//   name-digits                    0.2225
//   name-quote                     0.4523
//   chrome                         -0.9165
//   in-article                     -0.3189
//   heading                        -0.3453
//   caption                        0.4983
//   list-item                      -0.1974
//   table-cell                     -0.1576
//   depth                          0.3998
//   siblings                       1.185
//   line-length                    0.2096
//   line-negative                  -0.0345
//   page-negative                  -0.5719
//   page-candidates                -0.4993
//   same-price                     -0.2014
//   price-big                      0.5311
//   price-small                    0.0103
//   label-left                     0.1363
//   lang-other                     -1.1065
//   lang:en                        0.5254
//   lang:de                        -0.0212
//   lang:fr                        0.4063
//   lang:it                        -0.46
//   lang:es                        0.1119
//   lang:nl                        0.5141
//   lang:pl                        0.4756
//   lang:sv                        -0.4868
//   lang:ja                        0.0414
//   name-is-shop                   -0.2596
//   name-is-title                  -0.1412
//   holds-title                    0.0229
//   record-lines                   0.9642
//   name-one-noun                  0.4078
//   name-sentence                  -0.5752
//   no-price*siblings              -1.1709
//   no-price*brand-known           -1.0607
//   no-price*url                   0.1543
//   no-price*one-noun              0.7269
//   price-range                    -0.4468
//   candidate-siblings             0.0409
//   page-shop-links                0.1474
//   no-price*shop-links            -0.6241
//   no-price*page-unpriced         2.7967
//   no-price*candidate-siblings    0.0929
//   format:anchor-credit           0.2228
//   format:anchor-maker            0.1759
//   format:anchor-runon            0.4067
//   maker-lead                     -1.3783
//   maker-tail                     -1.2587
//   maker-inside                   -0.079
//   maker-read-known               -1.0834
//   no-price*brand-heading-run     1.4169
//   format:anchor-prose-brand      -0.2827
//   format:anchor-cjk              0.9961
//   name-hiragana                  -1.0131
//   name-cjk-punct                 -0.2727
//   name-cjk-quoted                0.8995
//   name-cjk-editorial             -0.4438
//   name-cjk-holds-brand           -0.1873
//   format:anchor-group            -0.1103
//   in-record                      -0.1103
//   record-group-size              -0.0893
//   record-group-priced            0.0208
//   record-group-linked            -0.1653
//   record-seq                     0.0055
//   record-price                   0.0055
//   record-shop-link               -0.1798
//   record-buy                     -0.1051
//   record-brand-first             -0.1237
//   record-length                  -0.1026
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.1103
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0695
//   anchor-group*name-proper       -0.1141
//   name-used                      -0.8493
//   shared-credit                  0.8842
//   headline-negative              -0.5355
//   format:anchor-own-shop         -0.1034
//   own-shop*slot                  0.4232
//   own-shop*url-repeats           0.1972
//   own-shop*page-slots            0.6121
//   own-shop*page-cart             -0.2723
//   format:anchor-of-maker         -0.4319
//   cue:first-person               -0.0284
//   cue:recommend                  -0.1985
//   cue:report                     -0.0556
//   format:anchor-possessive       -0.0923
//   used-goods                     -0.7234
//   page-used-goods                -0.8505
//   block-run                      -0.5793
//   block-short-offer              0.864
//   format:anchor-block            -0.6581
//   format:anchor-maker-first      0.201
//   cue:past-year                  -0.7435
//   cue:parted-or-warned           -0.5468

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0369
//   first-logit                    3.5432
//   same-parent-max                0.5989
//   same-parent-mean               -1.0754
//   same-grandparent-mean          1.7108
//   page-accepted-share            -2.1629
//   format-accepted-share          2.0886
//   no-price*same-parent-mean      0.1719
//   no-price*format-accepted-share 0.1343
//   no-price*first-logit           -0.0643

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.3131,0.834,0.7067,-0.0692,-0.9496,-0.1949,0.4813,0.278,0.032,-0.1769,-0.9876,0.1266,-1.2496,0.5721,0.1021,1.0282,0.6007,1.4655,-0.0873,0.1692,0.1589,3.7317,1.9828,-0.1202,0.1508,-0.1743,-0.2025,0.7727,-0.6325,-1.1389,0.2225,0.4523,-0.9165,-0.3189,-0.3453,0.4983,-0.1974,-0.1576,0.3998,1.185,0.2096,-0.0345,-0.5719,-0.4993,-0.2014,0.5311,0.0103,0.1363,-1.1065,0.5254,-0.0212,0.4063,-0.46,0.1119,0.5141,0.4756,-0.4868,0.0414,-0.2596,-0.1412,0.0229,0.9642,0.4078,-0.5752,-1.1709,-1.0607,0.1543,0.7269,-0.4468,0.0409,0.1474,-0.6241,2.7967,0.0929,0.2228,0.1759,0.4067,-1.3783,-1.2587,-0.079,-1.0834,1.4169,-0.2827,0.9961,-1.0131,-0.2727,0.8995,-0.4438,-0.1873,-0.1103,-0.1103,-0.0893,0.0208,-0.1653,0.0055,0.0055,-0.1798,-0.1051,-0.1237,-0.1026,0,0,0,-0.1103,0,0,0.0695,-0.1141,-0.8493,0.8842,-0.5355,-0.1034,0.4232,0.1972,0.6121,-0.2723,-0.4319,-0.0284,-0.1985,-0.0556,-0.0923,-0.7234,-0.8505,-0.5793,0.864,-0.6581,0.201,-0.7435,-0.5468],"second":[0.0369,3.5432,0.5989,-1.0754,1.7108,-2.1629,2.0886,0.1719,0.1343,-0.0643],"accept":0.5};
