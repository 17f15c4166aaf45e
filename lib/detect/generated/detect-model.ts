// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 852 labelled pages (6352 candidates, 3738 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -10.4975
//   format:table                   1.6231
//   format:card                    0.7944
//   format:brand-then-line         -0.2035
//   format:heading                 -1.096
//   format:name-then-price         -0.4322
//   format:caption                 0.5468
//   format:linked-prose            0.4347
//   format:anchor-line             0.0369
//   format:anchor-list             -0.2954
//   format:anchor-prose            -1.2972
//   format:anchor-record           0.0927
//   format:anchor-carry            -2.0045
//   format:anchor-link             0.7835
//   format:anchor-heading          0.0562
//   evidence                       1.1795
//   evidence>=4                    0.5521
//   price                          2.5216
//   retailer                       -0.2562
//   url                            0.084
//   deep-url                       0.1587
//   brand                          4.7118
//   brand-known                    1.9643
//   brand-ambiguous                -0.1248
//   brand-caps                     0.3354
//   name-words                     -0.1667
//   name-long                      -0.023
//   name-noun                      0.8352
//   name-caps                      -0.8396
//   name-lower-start               -1.1932
//   name-digits                    0.1967
//   name-quote                     0.5665
//   chrome                         -1.3572
//   in-article                     -0.5316
//   heading                        -0.4193
//   caption                        0.6445
//   list-item                      -0.0255
//   table-cell                     -0.2757
//   depth                          0.4922
//   siblings                       1.5307
//   line-length                    0.4767
//   line-negative                  0.0763
//   page-negative                  -0.5871
//   page-candidates                -0.5975
//   same-price                     -0.3284
//   price-big                      0.5869
//   price-small                    -0.1682
//   label-left                     0.1049
//   lang-other                     -1.3873
//   lang:en                        0.5406
//   lang:de                        -0.0403
//   lang:fr                        0.4152
//   lang:it                        -0.2996
//   lang:es                        0.2074
//   lang:nl                        0.6809
//   lang:pl                        0.7303
//   lang:sv                        -0.717
//   lang:ja                        -0.1302
//   name-is-shop                   -0.1396
//   name-is-title                  -0.0161
//   holds-title                    0.1654
//   record-lines                   1.4486
//   name-one-noun                  0.266
//   name-sentence                  -1.0703
//   no-price*siblings              -1.2024
//   no-price*brand-known           -0.9102
//   no-price*url                   0.2479
//   no-price*one-noun              0.747
//   price-range                    -0.7932
//   candidate-siblings             -0.1473
//   page-shop-links                0.2673
//   no-price*shop-links            -0.4859
//   no-price*page-unpriced         3.3989
//   no-price*candidate-siblings    1.1632
//   format:anchor-credit           0.2814
//   format:anchor-maker            -0.0573
//   format:anchor-runon            0.4065
//   maker-lead                     -1.7113
//   maker-tail                     -1.4624
//   maker-inside                   -0.0981
//   maker-read-known               -1.4838
//   no-price*brand-heading-run     2.3079
//   format:anchor-prose-brand      -0.4904
//   format:anchor-cjk              1.2233
//   name-hiragana                  -1.687
//   name-cjk-punct                 -0.2116
//   name-cjk-quoted                1.585
//   name-cjk-editorial             -0.6831
//   name-cjk-holds-brand           -1.0644
//   format:anchor-group            -0.1701
//   in-record                      -0.1701
//   record-group-size              -0.2012
//   record-group-priced            0.1127
//   record-group-linked            -0.3414
//   record-seq                     0.0632
//   record-price                   0.0632
//   record-shop-link               -0.3553
//   record-buy                     -0.1769
//   record-brand-first             -0.246
//   record-length                  -0.1509
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.1701
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1852
//   anchor-group*name-proper       -0.038
//   name-used                      -1.4805
//   shared-credit                  1.5711
//   headline-negative              -1.5312
//   format:anchor-own-shop         -0.1475
//   own-shop*slot                  0.6456
//   own-shop*url-repeats           0.516
//   own-shop*page-slots            0.9199
//   own-shop*page-cart             -0.6186
//   format:anchor-of-maker         -0.2835
//   cue:first-person               -0.4176
//   cue:recommend                  -0.5234
//   cue:report                     -0.1466
//   format:anchor-possessive       -0.2476
//   used-goods                     -1.2976
//   page-used-goods                -1.6388
//   block-run                      -0.9055
//   block-short-offer              1.3346
//   format:anchor-block            -0.9093
//   format:anchor-maker-first      0.3275
//   cue:past-year                  -1.0432
//   cue:parted-or-warned           -0.8783
//   format:anchor-maker-noun       -0.364

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.017
//   first-logit                    3.3088
//   same-parent-max                0.7932
//   same-parent-mean               -1.7571
//   same-grandparent-mean          1.9967
//   page-accepted-share            -1.9148
//   format-accepted-share          1.9503
//   no-price*same-parent-mean      0.247
//   no-price*format-accepted-share 0.0494
//   no-price*first-logit           -0.3354

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

export const DETECT_MODEL: DetectModel = {"weights":[-10.4975,1.6231,0.7944,-0.2035,-1.096,-0.4322,0.5468,0.4347,0.0369,-0.2954,-1.2972,0.0927,-2.0045,0.7835,0.0562,1.1795,0.5521,2.5216,-0.2562,0.084,0.1587,4.7118,1.9643,-0.1248,0.3354,-0.1667,-0.023,0.8352,-0.8396,-1.1932,0.1967,0.5665,-1.3572,-0.5316,-0.4193,0.6445,-0.0255,-0.2757,0.4922,1.5307,0.4767,0.0763,-0.5871,-0.5975,-0.3284,0.5869,-0.1682,0.1049,-1.3873,0.5406,-0.0403,0.4152,-0.2996,0.2074,0.6809,0.7303,-0.717,-0.1302,-0.1396,-0.0161,0.1654,1.4486,0.266,-1.0703,-1.2024,-0.9102,0.2479,0.747,-0.7932,-0.1473,0.2673,-0.4859,3.3989,1.1632,0.2814,-0.0573,0.4065,-1.7113,-1.4624,-0.0981,-1.4838,2.3079,-0.4904,1.2233,-1.687,-0.2116,1.585,-0.6831,-1.0644,-0.1701,-0.1701,-0.2012,0.1127,-0.3414,0.0632,0.0632,-0.3553,-0.1769,-0.246,-0.1509,0,0,0,-0.1701,0,0,0.1852,-0.038,-1.4805,1.5711,-1.5312,-0.1475,0.6456,0.516,0.9199,-0.6186,-0.2835,-0.4176,-0.5234,-0.1466,-0.2476,-1.2976,-1.6388,-0.9055,1.3346,-0.9093,0.3275,-1.0432,-0.8783,-0.364],"second":[0.017,3.3088,0.7932,-1.7571,1.9967,-1.9148,1.9503,0.247,0.0494,-0.3354],"accept":0.5};
