// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 556 labelled pages (4089 candidates, 2432 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.0371
//   format:table                   0.863
//   format:card                    0.7791
//   format:brand-then-line         0.1001
//   format:heading                 -0.9807
//   format:name-then-price         -0.1539
//   format:caption                 0.1824
//   format:linked-prose            0.2182
//   format:anchor-line             -0.6183
//   format:anchor-list             -0.0552
//   format:anchor-prose            -1.2114
//   format:anchor-record           -0.0789
//   format:anchor-carry            -0.411
//   format:anchor-link             0.5072
//   format:anchor-heading          0.599
//   evidence                       1.2324
//   evidence>=4                    0.7718
//   price                          1.2575
//   retailer                       0.1069
//   url                            0.1379
//   deep-url                       0.2481
//   brand                          3.1741
//   brand-known                    1.8873
//   brand-ambiguous                0.1016
//   brand-caps                     -0.0332
//   name-words                     -0.4191
//   name-long                      -0.9671
//   name-noun                      0.852
//   name-caps                      -0.2816
//   name-lower-start               -0.8733
//   name-digits                    0.0834
//   name-quote                     0.6568
//   chrome                         -0.8139
//   in-article                     0.1375
//   heading                        0.2207
//   caption                        0.4608
//   list-item                      -0.0702
//   table-cell                     -0.0031
//   depth                          0.0748
//   siblings                       0.9409
//   line-length                    0.0968
//   line-negative                  -0.2762
//   page-negative                  -0.6656
//   page-candidates                -0.7625
//   same-price                     -0.3878
//   price-big                      0.2962
//   price-small                    0.3135
//   label-left                     -0.1126
//   lang-other                     -0.5716
//   lang:en                        0.4676
//   lang:de                        -0.0252
//   lang:fr                        0.1558
//   lang:it                        -0.3664
//   lang:es                        -0.2003
//   lang:nl                        0.0047
//   lang:pl                        0.336
//   lang:sv                        0.1376
//   lang:ja                        0.0619
//   name-is-shop                   -0.7171
//   name-is-title                  -0.2107
//   holds-title                    -0.0773
//   record-lines                   1.1238
//   name-one-noun                  0.1481
//   name-sentence                  -0.7294
//   no-price*siblings              -0.7196
//   no-price*brand-known           -1.0334
//   no-price*url                   0.2588
//   no-price*one-noun              0.771
//   price-range                    -0.319
//   candidate-siblings             0.7877
//   page-shop-links                0.2264
//   no-price*shop-links            -0.8221
//   no-price*page-unpriced         2.6894
//   no-price*candidate-siblings    -0.8994
//   format:anchor-credit           -0.2217
//   format:anchor-maker            0.1946
//   format:anchor-runon            0.2874
//   maker-lead                     -1.3209
//   maker-tail                     -1.5554
//   maker-inside                   -0.0782
//   maker-read-known               -1.0284

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0472
//   first-logit                    3.4312
//   same-parent-max                0.4077
//   same-parent-mean               -0.7481
//   same-grandparent-mean          1.8453
//   page-accepted-share            -1.6117
//   format-accepted-share          1.5921
//   no-price*same-parent-mean      -0.687
//   no-price*format-accepted-share 0.6781
//   no-price*first-logit           -0.0526

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.0371,0.863,0.7791,0.1001,-0.9807,-0.1539,0.1824,0.2182,-0.6183,-0.0552,-1.2114,-0.0789,-0.411,0.5072,0.599,1.2324,0.7718,1.2575,0.1069,0.1379,0.2481,3.1741,1.8873,0.1016,-0.0332,-0.4191,-0.9671,0.852,-0.2816,-0.8733,0.0834,0.6568,-0.8139,0.1375,0.2207,0.4608,-0.0702,-0.0031,0.0748,0.9409,0.0968,-0.2762,-0.6656,-0.7625,-0.3878,0.2962,0.3135,-0.1126,-0.5716,0.4676,-0.0252,0.1558,-0.3664,-0.2003,0.0047,0.336,0.1376,0.0619,-0.7171,-0.2107,-0.0773,1.1238,0.1481,-0.7294,-0.7196,-1.0334,0.2588,0.771,-0.319,0.7877,0.2264,-0.8221,2.6894,-0.8994,-0.2217,0.1946,0.2874,-1.3209,-1.5554,-0.0782,-1.0284],"second":[-0.0472,3.4312,0.4077,-0.7481,1.8453,-1.6117,1.5921,-0.687,0.6781,-0.0526],"accept":0.5};
