// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 520 labelled pages (4010 candidates, 2366 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.9776
//   format:table                   0.9009
//   format:card                    0.8829
//   format:brand-then-line         0.1021
//   format:heading                 -0.7605
//   format:name-then-price         -0.1339
//   format:caption                 0.2747
//   format:linked-prose            0.2722
//   format:anchor-line             -0.5701
//   format:anchor-list             -0.5805
//   format:anchor-prose            -1.2236
//   format:anchor-record           0.0928
//   format:anchor-carry            -0.4593
//   format:anchor-link             0.4691
//   format:anchor-heading          0.8742
//   evidence                       1.3727
//   evidence>=4                    0.7332
//   price                          0.9498
//   retailer                       0.1275
//   url                            0.2055
//   deep-url                       0.2915
//   brand                          3.1434
//   brand-known                    1.905
//   brand-ambiguous                0.0735
//   brand-caps                     -0.1095
//   name-words                     -0.3937
//   name-long                      -0.8879
//   name-noun                      0.967
//   name-caps                      -0.2279
//   name-lower-start               -0.841
//   name-digits                    0.0257
//   name-quote                     0.569
//   chrome                         -0.8326
//   in-article                     0.3111
//   heading                        0.0539
//   caption                        0.4807
//   list-item                      -0.1389
//   table-cell                     -0.0023
//   depth                          0.0634
//   siblings                       0.8911
//   line-length                    -0.0712
//   line-negative                  -0.2819
//   page-negative                  -0.6248
//   page-candidates                -0.7155
//   same-price                     -0.4887
//   price-big                      0.3352
//   price-small                    0.3374
//   label-left                     -0.1758
//   lang-other                     -0.5606
//   lang:en                        0.5352
//   lang:de                        0.0166
//   lang:fr                        0.1426
//   lang:it                        -0.3396
//   lang:es                        -0.3153
//   lang:nl                        -0.0087
//   lang:pl                        0.251
//   lang:sv                        0.1677
//   lang:ja                        0.1111
//   name-is-shop                   -0.7278
//   name-is-title                  -0.0441
//   holds-title                    -0.0737
//   record-lines                   0.9758
//   name-one-noun                  0.1023
//   name-sentence                  -0.8241
//   no-price*siblings              -0.7275
//   no-price*brand-known           -0.8937
//   no-price*url                   -0.0591
//   no-price*one-noun              0.7174
//   price-range                    -0.2671
//   candidate-siblings             0.857
//   page-shop-links                0.0902
//   no-price*shop-links            -0.6875
//   no-price*page-unpriced         2.8444
//   no-price*candidate-siblings    -0.8135
//   format:anchor-credit           -0.4036
//   format:anchor-maker            0.2531
//   format:anchor-runon            0.0095
//   maker-lead                     -1.2715
//   maker-tail                     -1.4949
//   maker-inside                   -0.0611
//   maker-read-known               -1.0245

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0928
//   first-logit                    3.4871
//   same-parent-max                0.6007
//   same-parent-mean               -1.0851
//   same-grandparent-mean          1.6798
//   page-accepted-share            -1.6735
//   format-accepted-share          1.9526
//   no-price*same-parent-mean      -0.2967
//   no-price*format-accepted-share 0.3721
//   no-price*first-logit           -0.2117

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.9776,0.9009,0.8829,0.1021,-0.7605,-0.1339,0.2747,0.2722,-0.5701,-0.5805,-1.2236,0.0928,-0.4593,0.4691,0.8742,1.3727,0.7332,0.9498,0.1275,0.2055,0.2915,3.1434,1.905,0.0735,-0.1095,-0.3937,-0.8879,0.967,-0.2279,-0.841,0.0257,0.569,-0.8326,0.3111,0.0539,0.4807,-0.1389,-0.0023,0.0634,0.8911,-0.0712,-0.2819,-0.6248,-0.7155,-0.4887,0.3352,0.3374,-0.1758,-0.5606,0.5352,0.0166,0.1426,-0.3396,-0.3153,-0.0087,0.251,0.1677,0.1111,-0.7278,-0.0441,-0.0737,0.9758,0.1023,-0.8241,-0.7275,-0.8937,-0.0591,0.7174,-0.2671,0.857,0.0902,-0.6875,2.8444,-0.8135,-0.4036,0.2531,0.0095,-1.2715,-1.4949,-0.0611,-1.0245],"second":[-0.0928,3.4871,0.6007,-1.0851,1.6798,-1.6735,1.9526,-0.2967,0.3721,-0.2117],"accept":0.5};
