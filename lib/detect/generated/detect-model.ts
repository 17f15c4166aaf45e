// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 520 labelled pages (4025 candidates, 2387 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.9561
//   format:table                   0.9116
//   format:card                    0.8886
//   format:brand-then-line         0.1056
//   format:heading                 -0.7694
//   format:name-then-price         -0.1304
//   format:caption                 0.22
//   format:linked-prose            0.2754
//   format:anchor-line             -0.5853
//   format:anchor-list             -0.5643
//   format:anchor-prose            -1.2195
//   format:anchor-record           0.1659
//   format:anchor-carry            -0.8511
//   format:anchor-link             0.496
//   format:anchor-heading          0.888
//   evidence                       1.3546
//   evidence>=4                    0.7907
//   price                          0.9297
//   retailer                       0.1163
//   url                            0.2076
//   deep-url                       0.289
//   brand                          3.1454
//   brand-known                    1.9402
//   brand-ambiguous                0.0306
//   brand-caps                     -0.1449
//   name-words                     -0.4134
//   name-long                      -0.8811
//   name-noun                      0.9735
//   name-caps                      -0.0279
//   name-lower-start               -0.8616
//   name-digits                    0.0301
//   name-quote                     0.595
//   chrome                         -0.79
//   in-article                     0.2966
//   heading                        0.069
//   caption                        0.5385
//   list-item                      -0.1551
//   table-cell                     -0.0023
//   depth                          0.0356
//   siblings                       0.8818
//   line-length                    -0.0191
//   line-negative                  -0.3317
//   page-negative                  -0.6324
//   page-candidates                -0.6943
//   same-price                     -0.5038
//   price-big                      0.5857
//   price-small                    0.35
//   label-left                     -0.1813
//   lang-other                     -0.5911
//   lang:en                        0.4813
//   lang:de                        -0.0095
//   lang:fr                        0.1174
//   lang:it                        -0.3725
//   lang:es                        -0.3404
//   lang:nl                        -0.0319
//   lang:pl                        0.2209
//   lang:sv                        0.1509
//   lang:ja                        0.3749
//   name-is-shop                   -0.7289
//   name-is-title                  -0.0431
//   holds-title                    -0.0873
//   record-lines                   0.9711
//   name-one-noun                  0.156
//   name-sentence                  -0.8243
//   no-price*siblings              -0.6992
//   no-price*brand-known           -0.9228
//   no-price*url                   -0.0696
//   no-price*one-noun              0.6442
//   price-range                    -0.4806
//   candidate-siblings             0.836
//   page-shop-links                0.0961
//   no-price*shop-links            -0.7048
//   no-price*page-unpriced         2.8237
//   no-price*candidate-siblings    -0.781
//   format:anchor-credit           -0.4196
//   format:anchor-maker            0.2491
//   format:anchor-runon            -0.0133
//   maker-lead                     -1.2478
//   maker-tail                     -1.4922
//   maker-inside                   -0.0574
//   maker-read-known               -1.0209
//   format:anchor-cjk              0.3528
//   name-hiragana                  -1.0144
//   name-cjk-punct                 -0.4042
//   name-cjk-quoted                1.0918
//   name-cjk-editorial             -0.3273
//   name-cjk-holds-brand           -0.0797

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0908
//   first-logit                    3.6251
//   same-parent-max                0.632
//   same-parent-mean               -1.0922
//   same-grandparent-mean          1.7388
//   page-accepted-share            -1.8163
//   format-accepted-share          1.987
//   no-price*same-parent-mean      -0.214
//   no-price*format-accepted-share 0.328
//   no-price*first-logit           -0.3414

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.9561,0.9116,0.8886,0.1056,-0.7694,-0.1304,0.22,0.2754,-0.5853,-0.5643,-1.2195,0.1659,-0.8511,0.496,0.888,1.3546,0.7907,0.9297,0.1163,0.2076,0.289,3.1454,1.9402,0.0306,-0.1449,-0.4134,-0.8811,0.9735,-0.0279,-0.8616,0.0301,0.595,-0.79,0.2966,0.069,0.5385,-0.1551,-0.0023,0.0356,0.8818,-0.0191,-0.3317,-0.6324,-0.6943,-0.5038,0.5857,0.35,-0.1813,-0.5911,0.4813,-0.0095,0.1174,-0.3725,-0.3404,-0.0319,0.2209,0.1509,0.3749,-0.7289,-0.0431,-0.0873,0.9711,0.156,-0.8243,-0.6992,-0.9228,-0.0696,0.6442,-0.4806,0.836,0.0961,-0.7048,2.8237,-0.781,-0.4196,0.2491,-0.0133,-1.2478,-1.4922,-0.0574,-1.0209,0.3528,-1.0144,-0.4042,1.0918,-0.3273,-0.0797],"second":[-0.0908,3.6251,0.632,-1.0922,1.7388,-1.8163,1.987,-0.214,0.328,-0.3414],"accept":0.5};
