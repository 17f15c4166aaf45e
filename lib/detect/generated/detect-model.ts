// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 520 labelled pages (4044 candidates, 2390 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.0351
//   format:table                   0.879
//   format:card                    0.9647
//   format:brand-then-line         0.1127
//   format:heading                 -0.7051
//   format:name-then-price         -0.1027
//   format:caption                 0.3216
//   format:linked-prose            0.3262
//   format:anchor-line             -0.3594
//   format:anchor-list             -0.6379
//   format:anchor-prose            -1.1059
//   format:anchor-record           0.0815
//   format:anchor-carry            -0.6269
//   format:anchor-link             0.3913
//   format:anchor-heading          0.7578
//   evidence                       1.2911
//   evidence>=4                    0.6342
//   price                          1.0612
//   retailer                       0.1157
//   url                            0.1567
//   deep-url                       0.2519
//   brand                          3.19
//   brand-known                    1.8491
//   brand-ambiguous                0.1251
//   brand-caps                     -0.1487
//   name-words                     -0.3569
//   name-long                      -0.8215
//   name-noun                      0.9751
//   name-caps                      -0.1984
//   name-lower-start               -0.7765
//   name-digits                    0.1116
//   name-quote                     0.5481
//   chrome                         -0.852
//   in-article                     0.3161
//   heading                        0.0176
//   caption                        0.4535
//   list-item                      -0.1669
//   table-cell                     -0.0018
//   depth                          0.0456
//   siblings                       0.743
//   line-length                    0.0156
//   line-negative                  -0.401
//   page-negative                  -0.7536
//   page-candidates                -0.5458
//   same-price                     -0.4716
//   price-big                      0.3017
//   price-small                    0.3031
//   label-left                     -0.1769
//   lang-other                     -0.6655
//   lang:en                        0.5248
//   lang:de                        -0.0348
//   lang:fr                        0.4163
//   lang:it                        -0.342
//   lang:es                        -0.3815
//   lang:nl                        0.0084
//   lang:pl                        0.2329
//   lang:sv                        0.1398
//   lang:ja                        0.1017
//   name-is-shop                   -0.9069
//   name-is-title                  -0.0879
//   holds-title                    -0.0799
//   record-lines                   1.043
//   name-one-noun                  0.1151
//   name-sentence                  -0.8673
//   no-price*siblings              -0.667
//   no-price*brand-known           -0.8744
//   no-price*url                   0.0386
//   no-price*one-noun              0.6904
//   price-range                    -0.3221
//   candidate-siblings             0.8327
//   page-shop-links                0.0425
//   no-price*shop-links            -0.6492
//   no-price*page-unpriced         2.8335
//   no-price*candidate-siblings    -0.7881
//   format:anchor-credit           -0.4309
//   format:anchor-maker            0.1295
//   format:anchor-runon            0.0045
//   maker-lead                     -1.2691
//   maker-tail                     -1.1724
//   maker-inside                   -0.0501
//   maker-read-known               -1.0774

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0882
//   first-logit                    3.4281
//   same-parent-max                0.7719
//   same-parent-mean               -1.2163
//   same-grandparent-mean          1.7113
//   page-accepted-share            -1.8148
//   format-accepted-share          1.9388
//   no-price*same-parent-mean      -0.3048
//   no-price*format-accepted-share 0.4396
//   no-price*first-logit           -0.1376

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.0351,0.879,0.9647,0.1127,-0.7051,-0.1027,0.3216,0.3262,-0.3594,-0.6379,-1.1059,0.0815,-0.6269,0.3913,0.7578,1.2911,0.6342,1.0612,0.1157,0.1567,0.2519,3.19,1.8491,0.1251,-0.1487,-0.3569,-0.8215,0.9751,-0.1984,-0.7765,0.1116,0.5481,-0.852,0.3161,0.0176,0.4535,-0.1669,-0.0018,0.0456,0.743,0.0156,-0.401,-0.7536,-0.5458,-0.4716,0.3017,0.3031,-0.1769,-0.6655,0.5248,-0.0348,0.4163,-0.342,-0.3815,0.0084,0.2329,0.1398,0.1017,-0.9069,-0.0879,-0.0799,1.043,0.1151,-0.8673,-0.667,-0.8744,0.0386,0.6904,-0.3221,0.8327,0.0425,-0.6492,2.8335,-0.7881,-0.4309,0.1295,0.0045,-1.2691,-1.1724,-0.0501,-1.0774],"second":[-0.0882,3.4281,0.7719,-1.2163,1.7113,-1.8148,1.9388,-0.3048,0.4396,-0.1376],"accept":0.5};
