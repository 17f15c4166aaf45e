// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 556 labelled pages (4107 candidates, 2405 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.8927
//   format:table                   0.9086
//   format:card                    0.9087
//   format:brand-then-line         0.1057
//   format:heading                 -0.7451
//   format:name-then-price         -0.1202
//   format:caption                 0.1948
//   format:linked-prose            0.2956
//   format:anchor-line             -0.5661
//   format:anchor-list             -0.5961
//   format:anchor-prose            -1.231
//   format:anchor-record           0.0543
//   format:anchor-carry            -0.3509
//   format:anchor-link             0.494
//   format:anchor-heading          0.8907
//   evidence                       1.4248
//   evidence>=4                    0.7308
//   price                          0.891
//   retailer                       0.1049
//   url                            0.1814
//   deep-url                       0.2692
//   brand                          3.0971
//   brand-known                    1.9223
//   brand-ambiguous                0.0512
//   brand-caps                     -0.0213
//   name-words                     -0.4688
//   name-long                      -0.8671
//   name-noun                      0.8819
//   name-caps                      -0.2305
//   name-lower-start               -0.7886
//   name-digits                    0.0851
//   name-quote                     0.638
//   chrome                         -1.0187
//   in-article                     0.2605
//   heading                        0.0721
//   caption                        0.4715
//   list-item                      -0.1187
//   table-cell                     -0.0024
//   depth                          0.0996
//   siblings                       0.8831
//   line-length                    0.0102
//   line-negative                  -0.2706
//   page-negative                  -0.6467
//   page-candidates                -0.6489
//   same-price                     -0.4434
//   price-big                      0.3338
//   price-small                    0.345
//   label-left                     -0.1138
//   lang-other                     -0.5343
//   lang:en                        0.4629
//   lang:de                        0.0119
//   lang:fr                        0.1213
//   lang:it                        -0.3442
//   lang:es                        -0.3165
//   lang:nl                        0.0061
//   lang:pl                        0.3248
//   lang:sv                        0.1823
//   lang:ja                        0.0858
//   name-is-shop                   -0.7293
//   name-is-title                  -0.1537
//   holds-title                    -0.0639
//   record-lines                   0.868
//   name-one-noun                  0.1353
//   name-sentence                  -0.7826
//   no-price*siblings              -0.5761
//   no-price*brand-known           -0.964
//   no-price*url                   -0.02
//   no-price*one-noun              0.7862
//   price-range                    -0.3357
//   candidate-siblings             0.871
//   page-shop-links                0.1319
//   no-price*shop-links            -0.6691
//   no-price*page-unpriced         2.7066
//   no-price*candidate-siblings    -0.93
//   format:anchor-credit           -0.508
//   format:anchor-maker            0.2348
//   format:anchor-runon            0.03
//   maker-lead                     -1.2373
//   maker-tail                     -1.4975
//   maker-inside                   -0.0688
//   maker-read-known               -1.0427

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0856
//   first-logit                    3.4573
//   same-parent-max                0.5259
//   same-parent-mean               -1.0883
//   same-grandparent-mean          1.7587
//   page-accepted-share            -1.6343
//   format-accepted-share          1.9025
//   no-price*same-parent-mean      -0.2201
//   no-price*format-accepted-share 0.3394
//   no-price*first-logit           -0.2471

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.8927,0.9086,0.9087,0.1057,-0.7451,-0.1202,0.1948,0.2956,-0.5661,-0.5961,-1.231,0.0543,-0.3509,0.494,0.8907,1.4248,0.7308,0.891,0.1049,0.1814,0.2692,3.0971,1.9223,0.0512,-0.0213,-0.4688,-0.8671,0.8819,-0.2305,-0.7886,0.0851,0.638,-1.0187,0.2605,0.0721,0.4715,-0.1187,-0.0024,0.0996,0.8831,0.0102,-0.2706,-0.6467,-0.6489,-0.4434,0.3338,0.345,-0.1138,-0.5343,0.4629,0.0119,0.1213,-0.3442,-0.3165,0.0061,0.3248,0.1823,0.0858,-0.7293,-0.1537,-0.0639,0.868,0.1353,-0.7826,-0.5761,-0.964,-0.02,0.7862,-0.3357,0.871,0.1319,-0.6691,2.7066,-0.93,-0.508,0.2348,0.03,-1.2373,-1.4975,-0.0688,-1.0427],"second":[-0.0856,3.4573,0.5259,-1.0883,1.7587,-1.6343,1.9025,-0.2201,0.3394,-0.2471],"accept":0.5};
