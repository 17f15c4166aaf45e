// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 520 labelled pages (4037 candidates, 2390 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.9223
//   format:table                   0.8942
//   format:card                    0.8613
//   format:brand-then-line         0.0967
//   format:heading                 -0.7661
//   format:name-then-price         -0.1525
//   format:caption                 0.2548
//   format:linked-prose            0.2396
//   format:anchor-line             -0.6168
//   format:anchor-list             -0.449
//   format:anchor-prose            -1.2289
//   format:anchor-record           0.0825
//   format:anchor-carry            -0.4663
//   format:anchor-link             0.424
//   format:anchor-heading          0.9266
//   evidence                       1.3605
//   evidence>=4                    0.7784
//   price                          0.9522
//   retailer                       0.1698
//   url                            0.2115
//   deep-url                       0.2806
//   brand                          3.1375
//   brand-known                    1.89
//   brand-ambiguous                0.1145
//   brand-caps                     -0.1276
//   name-words                     -0.4158
//   name-long                      -0.8604
//   name-noun                      0.9848
//   name-caps                      -0.2392
//   name-lower-start               -0.8425
//   name-digits                    -0.0251
//   name-quote                     0.5023
//   chrome                         -0.8265
//   in-article                     0.3115
//   heading                        -0.0425
//   caption                        0.4176
//   list-item                      -0.1483
//   table-cell                     -0.0026
//   depth                          0.0685
//   siblings                       0.8796
//   line-length                    -0.1202
//   line-negative                  -0.2678
//   page-negative                  -0.621
//   page-candidates                -0.689
//   same-price                     -0.4978
//   price-big                      0.3668
//   price-small                    0.3346
//   label-left                     -0.1663
//   lang-other                     -0.5791
//   lang:en                        0.5599
//   lang:de                        0.0426
//   lang:fr                        0.1324
//   lang:it                        -0.3459
//   lang:es                        -0.3061
//   lang:nl                        -0.0445
//   lang:pl                        0.2548
//   lang:sv                        0.1596
//   lang:ja                        0.1262
//   name-is-shop                   -0.7496
//   name-is-title                  -0.043
//   holds-title                    -0.0716
//   record-lines                   0.9718
//   name-one-noun                  0.1073
//   name-sentence                  -0.8261
//   no-price*siblings              -0.7046
//   no-price*brand-known           -1.0507
//   no-price*url                   0.1333
//   no-price*one-noun              0.8494
//   price-range                    -0.2641
//   candidate-siblings             0.8695
//   page-shop-links                0.0431
//   no-price*shop-links            -0.7715
//   no-price*page-unpriced         2.8221
//   no-price*candidate-siblings    -0.7132
//   format:anchor-credit           -0.3849
//   format:anchor-maker            0.256
//   format:anchor-runon            0.0133
//   maker-lead                     -1.2673
//   maker-tail                     -1.4864
//   maker-inside                   -0.0564
//   maker-read-known               -1.0167
//   no-price*brand-heading-run     1.0005
//   format:anchor-prose-brand      0.0153

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.1037
//   first-logit                    3.4687
//   same-parent-max                0.6541
//   same-parent-mean               -1.1485
//   same-grandparent-mean          1.7168
//   page-accepted-share            -1.6881
//   format-accepted-share          1.9419
//   no-price*same-parent-mean      -0.2183
//   no-price*format-accepted-share 0.3429
//   no-price*first-logit           0.0137

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.9223,0.8942,0.8613,0.0967,-0.7661,-0.1525,0.2548,0.2396,-0.6168,-0.449,-1.2289,0.0825,-0.4663,0.424,0.9266,1.3605,0.7784,0.9522,0.1698,0.2115,0.2806,3.1375,1.89,0.1145,-0.1276,-0.4158,-0.8604,0.9848,-0.2392,-0.8425,-0.0251,0.5023,-0.8265,0.3115,-0.0425,0.4176,-0.1483,-0.0026,0.0685,0.8796,-0.1202,-0.2678,-0.621,-0.689,-0.4978,0.3668,0.3346,-0.1663,-0.5791,0.5599,0.0426,0.1324,-0.3459,-0.3061,-0.0445,0.2548,0.1596,0.1262,-0.7496,-0.043,-0.0716,0.9718,0.1073,-0.8261,-0.7046,-1.0507,0.1333,0.8494,-0.2641,0.8695,0.0431,-0.7715,2.8221,-0.7132,-0.3849,0.256,0.0133,-1.2673,-1.4864,-0.0564,-1.0167,1.0005,0.0153],"second":[-0.1037,3.4687,0.6541,-1.1485,1.7168,-1.6881,1.9419,-0.2183,0.3429,0.0137],"accept":0.5};
