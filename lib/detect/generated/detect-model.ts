// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 520 labelled pages (3966 candidates, 2382 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.6056
//   format:table                   0.8253
//   format:card                    0.9163
//   format:brand-then-line         0.0862
//   format:heading                 -0.7551
//   format:name-then-price         -0.1999
//   format:caption                 0.3742
//   format:linked-prose            0.2209
//   format:anchor-line             -0.5387
//   format:anchor-list             -0.5771
//   format:anchor-prose            -1.0641
//   format:anchor-record           0.0399
//   format:anchor-carry            -0.5024
//   format:anchor-link             0.403
//   format:anchor-heading          0.9496
//   evidence                       1.5855
//   evidence>=4                    0.6775
//   price                          0.8667
//   retailer                       0.1885
//   url                            0.1816
//   deep-url                       0.2973
//   brand                          3.1751
//   brand-known                    1.9614
//   brand-ambiguous                0.0095
//   brand-caps                     0.0714
//   name-words                     -0.4949
//   name-long                      -0.776
//   name-noun                      0.8371
//   name-caps                      -0.2832
//   name-lower-start               -0.6263
//   name-digits                    0.1524
//   name-quote                     0.612
//   chrome                         -0.8943
//   in-article                     0.3723
//   heading                        -0.1769
//   caption                        0.6235
//   list-item                      -0.2434
//   table-cell                     -0.003
//   depth                          0.1512
//   siblings                       0.8821
//   line-length                    -0.4628
//   line-negative                  -0.2595
//   page-negative                  -0.692
//   page-candidates                -0.835
//   same-price                     -0.4088
//   price-big                      0.187
//   price-small                    0.2962
//   label-left                     -0.1721
//   lang-other                     -0.7473
//   lang:en                        0.5193
//   lang:de                        0.0707
//   lang:fr                        0.103
//   lang:it                        -0.3968
//   lang:es                        -0.2941
//   lang:nl                        0.3672
//   lang:pl                        0.1592
//   lang:sv                        0.1611
//   lang:ja                        0.0576
//   name-is-shop                   -0.1274
//   name-is-title                  -0.062
//   holds-title                    -0.0755
//   record-lines                   0.9047
//   name-one-noun                  0.008
//   name-sentence                  -0.8247
//   no-price*siblings              -0.6659
//   no-price*brand-known           -0.9149
//   no-price*url                   -0.1595
//   no-price*one-noun              0.6278
//   price-range                    -0.1533
//   candidate-siblings             0.8641
//   page-shop-links                0.1672
//   no-price*shop-links            -0.6734
//   no-price*page-unpriced         2.7785
//   no-price*candidate-siblings    -0.8686
//   format:anchor-credit           -0.3773
//   format:anchor-maker            0.196
//   format:anchor-runon            0.0033
//   maker-lead                     -1.3279
//   maker-tail                     -1.4666
//   maker-inside                   -0.0452
//   maker-read-known               -1.051

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0114
//   first-logit                    3.5314
//   same-parent-max                0.4205
//   same-parent-mean               -0.831
//   same-grandparent-mean          1.7216
//   page-accepted-share            -1.89
//   format-accepted-share          2.0122
//   no-price*same-parent-mean      -0.1941
//   no-price*format-accepted-share 0.1789
//   no-price*first-logit           -0.1629

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.6056,0.8253,0.9163,0.0862,-0.7551,-0.1999,0.3742,0.2209,-0.5387,-0.5771,-1.0641,0.0399,-0.5024,0.403,0.9496,1.5855,0.6775,0.8667,0.1885,0.1816,0.2973,3.1751,1.9614,0.0095,0.0714,-0.4949,-0.776,0.8371,-0.2832,-0.6263,0.1524,0.612,-0.8943,0.3723,-0.1769,0.6235,-0.2434,-0.003,0.1512,0.8821,-0.4628,-0.2595,-0.692,-0.835,-0.4088,0.187,0.2962,-0.1721,-0.7473,0.5193,0.0707,0.103,-0.3968,-0.2941,0.3672,0.1592,0.1611,0.0576,-0.1274,-0.062,-0.0755,0.9047,0.008,-0.8247,-0.6659,-0.9149,-0.1595,0.6278,-0.1533,0.8641,0.1672,-0.6734,2.7785,-0.8686,-0.3773,0.196,0.0033,-1.3279,-1.4666,-0.0452,-1.051],"second":[-0.0114,3.5314,0.4205,-0.831,1.7216,-1.89,2.0122,-0.1941,0.1789,-0.1629],"accept":0.5};
