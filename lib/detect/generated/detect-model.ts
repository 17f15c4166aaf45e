// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 478 labelled pages (3514 candidates, 2214 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.985
//   format:table                   0.8755
//   format:card                    0.7374
//   format:brand-then-line         0.0862
//   format:heading                 -0.727
//   format:name-then-price         -0.554
//   format:caption                 0.3114
//   format:linked-prose            0.2191
//   format:anchor-line             -0.2309
//   format:anchor-list             -0.6217
//   format:anchor-prose            -1.3315
//   format:anchor-record           0.0747
//   format:anchor-carry            -0.5063
//   format:anchor-link             0.5411
//   format:anchor-heading          1.0677
//   evidence                       1.2752
//   evidence>=4                    1.0167
//   price                          0.9173
//   retailer                       0.1884
//   url                            0.1026
//   deep-url                       0.173
//   brand                          3.433
//   brand-known                    1.7005
//   brand-ambiguous                0.1696
//   brand-caps                     -0.3364
//   name-words                     -0.3601
//   name-long                      -0.8809
//   name-noun                      1.0108
//   name-caps                      -0.204
//   name-lower-start               -0.9154
//   name-digits                    -0.1485
//   name-quote                     0.73
//   chrome                         -0.734
//   in-article                     0.322
//   heading                        -0.0787
//   caption                        0.4351
//   list-item                      -0.1954
//   table-cell                     -0.0026
//   depth                          -0.0396
//   siblings                       0.934
//   line-length                    -0.3007
//   line-negative                  -0.2538
//   page-negative                  -0.614
//   page-candidates                -0.6624
//   same-price                     -0.2856
//   price-big                      0.7041
//   price-small                    0.3289
//   label-left                     -0.2231
//   lang-other                     -0.5182
//   lang:en                        0.535
//   lang:de                        -0.098
//   lang:fr                        0.2448
//   lang:it                        -0.4409
//   lang:es                        -0.3232
//   lang:nl                        0.0055
//   lang:pl                        0.0638
//   lang:sv                        0.1408
//   lang:ja                        0.3903
//   name-is-shop                   -0.8565
//   name-is-title                  0.1979
//   holds-title                    -0.0679
//   record-lines                   0.8928
//   name-one-noun                  0.0945
//   name-sentence                  -0.7819
//   no-price*siblings              -0.7226
//   no-price*brand-known           -0.6569
//   no-price*url                   0.0008
//   no-price*one-noun              0.7218
//   price-range                    -0.1133
//   candidate-siblings             0.6551
//   page-shop-links                0.324
//   no-price*shop-links            -1.1604
//   no-price*page-unpriced         2.824
//   no-price*candidate-siblings    -0.4169
//   format:anchor-credit           -0.4376
//   format:anchor-maker            0.4697
//   format:anchor-runon            0.026

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.2238
//   first-logit                    3.7834
//   same-parent-max                0.6892
//   same-parent-mean               -0.8174
//   same-grandparent-mean          1.7181
//   page-accepted-share            -1.6179
//   format-accepted-share          1.631
//   no-price*same-parent-mean      -0.5222
//   no-price*format-accepted-share 0.681
//   no-price*first-logit           -0.4682

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.985,0.8755,0.7374,0.0862,-0.727,-0.554,0.3114,0.2191,-0.2309,-0.6217,-1.3315,0.0747,-0.5063,0.5411,1.0677,1.2752,1.0167,0.9173,0.1884,0.1026,0.173,3.433,1.7005,0.1696,-0.3364,-0.3601,-0.8809,1.0108,-0.204,-0.9154,-0.1485,0.73,-0.734,0.322,-0.0787,0.4351,-0.1954,-0.0026,-0.0396,0.934,-0.3007,-0.2538,-0.614,-0.6624,-0.2856,0.7041,0.3289,-0.2231,-0.5182,0.535,-0.098,0.2448,-0.4409,-0.3232,0.0055,0.0638,0.1408,0.3903,-0.8565,0.1979,-0.0679,0.8928,0.0945,-0.7819,-0.7226,-0.6569,0.0008,0.7218,-0.1133,0.6551,0.324,-1.1604,2.824,-0.4169,-0.4376,0.4697,0.026],"second":[-0.2238,3.7834,0.6892,-0.8174,1.7181,-1.6179,1.631,-0.5222,0.681,-0.4682],"accept":0.5};
