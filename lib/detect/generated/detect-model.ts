// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 478 labelled pages (3394 candidates, 2105 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.9951
//   format:table                   0.8685
//   format:card                    0.7323
//   format:brand-then-line         0.083
//   format:heading                 -0.7434
//   format:name-then-price         -0.5602
//   format:caption                 0.2795
//   format:linked-prose            0.203
//   format:anchor-line             -0.2497
//   format:anchor-list             -0.5492
//   format:anchor-prose            -1.3362
//   format:anchor-record           0.058
//   format:anchor-carry            -0.5355
//   format:anchor-link             0.5694
//   format:anchor-heading          1.0699
//   evidence                       1.2652
//   evidence>=4                    1.0593
//   price                          0.9017
//   retailer                       0.1389
//   url                            0.1255
//   deep-url                       0.1784
//   brand                          3.4573
//   brand-known                    1.6909
//   brand-ambiguous                0.1629
//   brand-caps                     -0.3611
//   name-words                     -0.3363
//   name-long                      -0.8488
//   name-noun                      1.0251
//   name-caps                      -0.1128
//   name-lower-start               -0.9869
//   name-digits                    -0.0718
//   name-quote                     0.7344
//   chrome                         -0.7216
//   in-article                     0.333
//   heading                        -0.064
//   caption                        0.5015
//   list-item                      -0.2212
//   table-cell                     -0.0025
//   depth                          -0.0245
//   siblings                       0.8913
//   line-length                    -0.3162
//   line-negative                  -0.4012
//   page-negative                  -0.6118
//   page-candidates                -0.6685
//   same-price                     -0.3024
//   price-big                      0.6189
//   price-small                    0.3106
//   label-left                     -0.3155
//   lang-other                     -0.5131
//   lang:en                        0.5801
//   lang:de                        -0.1183
//   lang:fr                        0.205
//   lang:it                        -0.5117
//   lang:es                        -0.3358
//   lang:nl                        0.0636
//   lang:pl                        -0.0419
//   lang:sv                        0.1694
//   lang:ja                        0.5028
//   name-is-shop                   -0.9016
//   name-is-title                  0.3625
//   holds-title                    -0.0766
//   record-lines                   0.8847
//   name-one-noun                  0.1096
//   name-sentence                  -0.7716
//   no-price*siblings              -0.9353
//   no-price*brand-known           -0.6687
//   no-price*url                   0.001
//   no-price*one-noun              0.7219
//   price-range                    -0.1402
//   candidate-siblings             0.6769
//   page-shop-links                0.3304
//   no-price*shop-links            -1.1208
//   no-price*page-unpriced         2.723
//   no-price*candidate-siblings    -0.4535
//   format:anchor-credit           -0.4194
//   format:anchor-maker            0.5301

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.209
//   first-logit                    3.8087
//   same-parent-max                0.7163
//   same-parent-mean               -0.8261
//   same-grandparent-mean          1.8474
//   page-accepted-share            -1.6845
//   format-accepted-share          1.5212
//   no-price*same-parent-mean      -0.5596
//   no-price*format-accepted-share 0.8394
//   no-price*first-logit           -0.4053

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.9951,0.8685,0.7323,0.083,-0.7434,-0.5602,0.2795,0.203,-0.2497,-0.5492,-1.3362,0.058,-0.5355,0.5694,1.0699,1.2652,1.0593,0.9017,0.1389,0.1255,0.1784,3.4573,1.6909,0.1629,-0.3611,-0.3363,-0.8488,1.0251,-0.1128,-0.9869,-0.0718,0.7344,-0.7216,0.333,-0.064,0.5015,-0.2212,-0.0025,-0.0245,0.8913,-0.3162,-0.4012,-0.6118,-0.6685,-0.3024,0.6189,0.3106,-0.3155,-0.5131,0.5801,-0.1183,0.205,-0.5117,-0.3358,0.0636,-0.0419,0.1694,0.5028,-0.9016,0.3625,-0.0766,0.8847,0.1096,-0.7716,-0.9353,-0.6687,0.001,0.7219,-0.1402,0.6769,0.3304,-1.1208,2.723,-0.4535,-0.4194,0.5301],"second":[-0.209,3.8087,0.7163,-0.8261,1.8474,-1.6845,1.5212,-0.5596,0.8394,-0.4053],"accept":0.5};
