// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 520 labelled pages (4024 candidates, 2386 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.9661
//   format:table                   0.912
//   format:card                    0.8871
//   format:brand-then-line         0.1052
//   format:heading                 -0.7717
//   format:name-then-price         -0.1307
//   format:caption                 0.2183
//   format:linked-prose            0.2747
//   format:anchor-line             -0.5877
//   format:anchor-list             -0.5626
//   format:anchor-prose            -1.2183
//   format:anchor-record           0.162
//   format:anchor-carry            -0.8491
//   format:anchor-link             0.4994
//   format:anchor-heading          0.8885
//   evidence                       1.3565
//   evidence>=4                    0.7937
//   price                          0.9351
//   retailer                       0.1155
//   url                            0.2078
//   deep-url                       0.2891
//   brand                          3.1452
//   brand-known                    1.9394
//   brand-ambiguous                0.0301
//   brand-caps                     -0.1495
//   name-words                     -0.4094
//   name-long                      -0.8831
//   name-noun                      0.9733
//   name-caps                      -0.0136
//   name-lower-start               -0.8598
//   name-digits                    0.0239
//   name-quote                     0.5974
//   chrome                         -0.7876
//   in-article                     0.2971
//   heading                        0.0729
//   caption                        0.5408
//   list-item                      -0.1554
//   table-cell                     -0.0023
//   depth                          0.0355
//   siblings                       0.8851
//   line-length                    -0.0218
//   line-negative                  -0.3319
//   page-negative                  -0.6315
//   page-candidates                -0.6956
//   same-price                     -0.5032
//   price-big                      0.5825
//   price-small                    0.3513
//   label-left                     -0.1814
//   lang-other                     -0.5865
//   lang:en                        0.4844
//   lang:de                        -0.0055
//   lang:fr                        0.1199
//   lang:it                        -0.3699
//   lang:es                        -0.3383
//   lang:nl                        -0.0304
//   lang:pl                        0.2236
//   lang:sv                        0.1533
//   lang:ja                        0.3495
//   name-is-shop                   -0.7292
//   name-is-title                  -0.0429
//   holds-title                    -0.0874
//   record-lines                   0.9654
//   name-one-noun                  0.158
//   name-sentence                  -0.8237
//   no-price*siblings              -0.7007
//   no-price*brand-known           -0.9145
//   no-price*url                   -0.065
//   no-price*one-noun              0.641
//   price-range                    -0.4776
//   candidate-siblings             0.8375
//   page-shop-links                0.0945
//   no-price*shop-links            -0.7034
//   no-price*page-unpriced         2.8201
//   no-price*candidate-siblings    -0.7947
//   format:anchor-credit           -0.4168
//   format:anchor-maker            0.2487
//   format:anchor-runon            -0.0107
//   maker-lead                     -1.2489
//   maker-tail                     -1.4913
//   maker-inside                   -0.0573
//   maker-read-known               -1.0209
//   format:anchor-cjk              0.3515
//   name-hiragana                  -1.0368
//   name-cjk-punct                 -0.3989
//   name-cjk-quoted                1.0998

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0729
//   first-logit                    3.6399
//   same-parent-max                0.6424
//   same-parent-mean               -1.0197
//   same-grandparent-mean          1.7721
//   page-accepted-share            -1.8845
//   format-accepted-share          1.8953
//   no-price*same-parent-mean      -0.2993
//   no-price*format-accepted-share 0.4366
//   no-price*first-logit           -0.3594

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.9661,0.912,0.8871,0.1052,-0.7717,-0.1307,0.2183,0.2747,-0.5877,-0.5626,-1.2183,0.162,-0.8491,0.4994,0.8885,1.3565,0.7937,0.9351,0.1155,0.2078,0.2891,3.1452,1.9394,0.0301,-0.1495,-0.4094,-0.8831,0.9733,-0.0136,-0.8598,0.0239,0.5974,-0.7876,0.2971,0.0729,0.5408,-0.1554,-0.0023,0.0355,0.8851,-0.0218,-0.3319,-0.6315,-0.6956,-0.5032,0.5825,0.3513,-0.1814,-0.5865,0.4844,-0.0055,0.1199,-0.3699,-0.3383,-0.0304,0.2236,0.1533,0.3495,-0.7292,-0.0429,-0.0874,0.9654,0.158,-0.8237,-0.7007,-0.9145,-0.065,0.641,-0.4776,0.8375,0.0945,-0.7034,2.8201,-0.7947,-0.4168,0.2487,-0.0107,-1.2489,-1.4913,-0.0573,-1.0209,0.3515,-1.0368,-0.3989,1.0998],"second":[-0.0729,3.6399,0.6424,-1.0197,1.7721,-1.8845,1.8953,-0.2993,0.4366,-0.3594],"accept":0.5};
