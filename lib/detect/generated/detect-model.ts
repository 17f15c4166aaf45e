// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 597 labelled pages (4281 candidates, 2566 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.5989
//   format:table                   0.8343
//   format:card                    0.9602
//   format:brand-then-line         0.1005
//   format:heading                 -0.8252
//   format:name-then-price         -0.1859
//   format:caption                 0.3408
//   format:linked-prose            0.2333
//   format:anchor-line             -0.4436
//   format:anchor-list             -0.0182
//   format:anchor-prose            -1.0833
//   format:anchor-record           -0.011
//   format:anchor-carry            -1.1444
//   format:anchor-link             0.291
//   format:anchor-heading          0.6278
//   evidence                       1.3602
//   evidence>=4                    0.6018
//   price                          1.2022
//   retailer                       0.1871
//   url                            0.1078
//   deep-url                       0.2157
//   brand                          3.2988
//   brand-known                    1.9007
//   brand-ambiguous                -0.0124
//   brand-caps                     -0.0165
//   name-words                     -0.5251
//   name-long                      -0.7089
//   name-noun                      0.6962
//   name-caps                      -0.1823
//   name-lower-start               -0.7485
//   name-digits                    0.1179
//   name-quote                     0.6108
//   chrome                         -0.8011
//   in-article                     0.1527
//   heading                        -0.1187
//   caption                        0.4637
//   list-item                      -0.2274
//   table-cell                     -0.0063
//   depth                          0.0715
//   siblings                       0.9371
//   line-length                    -0.1392
//   line-negative                  -0.2784
//   page-negative                  -0.7159
//   page-candidates                -0.6072
//   same-price                     -0.3417
//   price-big                      0.3527
//   price-small                    0.1039
//   label-left                     -0.0396
//   lang-other                     -0.9621
//   lang:en                        0.3466
//   lang:de                        -0.0199
//   lang:fr                        0.3861
//   lang:it                        -0.4698
//   lang:es                        -0.2961
//   lang:nl                        0.4513
//   lang:pl                        0.2747
//   lang:sv                        0.0686
//   lang:ja                        0.2206
//   name-is-shop                   -0.3359
//   name-is-title                  -0.2751
//   holds-title                    -0.0825
//   record-lines                   1.0107
//   name-one-noun                  0.2163
//   name-sentence                  -0.7811
//   no-price*siblings              -0.6104
//   no-price*brand-known           -1.1949
//   no-price*url                   0.3682
//   no-price*one-noun              0.814
//   price-range                    -0.4223
//   candidate-siblings             0.7036
//   page-shop-links                0.1592
//   no-price*shop-links            -0.7506
//   no-price*page-unpriced         2.5987
//   no-price*candidate-siblings    -0.7732
//   format:anchor-credit           -0.2831
//   format:anchor-maker            -0.0516
//   format:anchor-runon            0.2079
//   maker-lead                     -1.3323
//   maker-tail                     -1.3086
//   maker-inside                   -0.0639
//   maker-read-known               -1.1319
//   no-price*brand-heading-run     1.1145
//   format:anchor-prose-brand      0.0577
//   format:anchor-cjk              0.6118
//   name-hiragana                  -0.9507
//   name-cjk-punct                 -0.3799
//   name-cjk-quoted                0.9825
//   name-cjk-editorial             -0.3928
//   name-cjk-holds-brand           -0.1746
//   format:anchor-group            -0.2191
//   in-record                      -0.2191
//   record-group-size              -0.1803
//   record-group-priced            -0.2119
//   record-group-linked            -0.1025
//   record-seq                     -0.2374
//   record-price                   -0.2279
//   record-shop-link               -0.3344
//   record-buy                     -0.0963
//   record-brand-first             -0.0644
//   record-length                  -0.241
//   record-used                    -0.0008
//   record-size-label              0
//   record-group-used              -0.0003
//   record-group-distinct          -0.2188
//   page-used                      -0.0003
//   anchor-group*page-used         -0.0003
//   anchor-group*no-shop-link      0.1154
//   anchor-group*name-proper       -0.127
//   name-used                      -0.8289

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0596
//   first-logit                    3.4811
//   same-parent-max                0.5715
//   same-parent-mean               -0.9514
//   same-grandparent-mean          2.218
//   page-accepted-share            -1.9245
//   format-accepted-share          1.5803
//   no-price*same-parent-mean      -0.3659
//   no-price*format-accepted-share 0.3377
//   no-price*first-logit           0.2039

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.5989,0.8343,0.9602,0.1005,-0.8252,-0.1859,0.3408,0.2333,-0.4436,-0.0182,-1.0833,-0.011,-1.1444,0.291,0.6278,1.3602,0.6018,1.2022,0.1871,0.1078,0.2157,3.2988,1.9007,-0.0124,-0.0165,-0.5251,-0.7089,0.6962,-0.1823,-0.7485,0.1179,0.6108,-0.8011,0.1527,-0.1187,0.4637,-0.2274,-0.0063,0.0715,0.9371,-0.1392,-0.2784,-0.7159,-0.6072,-0.3417,0.3527,0.1039,-0.0396,-0.9621,0.3466,-0.0199,0.3861,-0.4698,-0.2961,0.4513,0.2747,0.0686,0.2206,-0.3359,-0.2751,-0.0825,1.0107,0.2163,-0.7811,-0.6104,-1.1949,0.3682,0.814,-0.4223,0.7036,0.1592,-0.7506,2.5987,-0.7732,-0.2831,-0.0516,0.2079,-1.3323,-1.3086,-0.0639,-1.1319,1.1145,0.0577,0.6118,-0.9507,-0.3799,0.9825,-0.3928,-0.1746,-0.2191,-0.2191,-0.1803,-0.2119,-0.1025,-0.2374,-0.2279,-0.3344,-0.0963,-0.0644,-0.241,-0.0008,0,-0.0003,-0.2188,-0.0003,-0.0003,0.1154,-0.127,-0.8289],"second":[-0.0596,3.4811,0.5715,-0.9514,2.218,-1.9245,1.5803,-0.3659,0.3377,0.2039],"accept":0.5};
