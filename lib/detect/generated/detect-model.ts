// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 633 labelled pages (4615 candidates, 2700 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.0028
//   format:table                   0.804
//   format:card                    0.9846
//   format:brand-then-line         0.0983
//   format:heading                 -0.8689
//   format:name-then-price         -0.2149
//   format:caption                 0.4551
//   format:linked-prose            0.1722
//   format:anchor-line             -0.2858
//   format:anchor-list             -0.0065
//   format:anchor-prose            -1.2574
//   format:anchor-record           -0.0943
//   format:anchor-carry            -1.1039
//   format:anchor-link             0.206
//   format:anchor-heading          0.4903
//   evidence                       1.3205
//   evidence>=4                    0.5304
//   price                          1.4499
//   retailer                       0.1213
//   url                            0.118
//   deep-url                       0.2359
//   brand                          3.417
//   brand-known                    1.9875
//   brand-ambiguous                -0.058
//   brand-caps                     0.1667
//   name-words                     -0.5236
//   name-long                      -0.2289
//   name-noun                      0.7702
//   name-caps                      -0.2825
//   name-lower-start               -0.7455
//   name-digits                    0.1333
//   name-quote                     0.6319
//   chrome                         -0.778
//   in-article                     0.1875
//   heading                        -0.2204
//   caption                        0.4197
//   list-item                      -0.0888
//   table-cell                     -0.0446
//   depth                          0.0329
//   siblings                       0.7275
//   line-length                    -0.004
//   line-negative                  -0.1347
//   page-negative                  -0.6728
//   page-candidates                -0.6065
//   same-price                     -0.3255
//   price-big                      0.2739
//   price-small                    0.0679
//   label-left                     0.0186
//   lang-other                     -0.914
//   lang:en                        0.5025
//   lang:de                        0.0549
//   lang:fr                        0.4276
//   lang:it                        -0.3531
//   lang:es                        -0.2062
//   lang:nl                        0.418
//   lang:pl                        0.1484
//   lang:sv                        -0.012
//   lang:ja                        -0.0661
//   name-is-shop                   -0.3749
//   name-is-title                  -0.1761
//   holds-title                    -0.0976
//   record-lines                   1.1714
//   name-one-noun                  0.3655
//   name-sentence                  -0.7983
//   no-price*siblings              -0.7845
//   no-price*brand-known           -1.2559
//   no-price*url                   0.1983
//   no-price*one-noun              0.7045
//   price-range                    -0.4394
//   candidate-siblings             0.6747
//   page-shop-links                0.0949
//   no-price*shop-links            -0.5611
//   no-price*page-unpriced         2.7054
//   no-price*candidate-siblings    -0.5201
//   format:anchor-credit           -0.2817
//   format:anchor-maker            -0.2393
//   format:anchor-runon            0.1742
//   maker-lead                     -1.4121
//   maker-tail                     -1.2276
//   maker-inside                   -0.0684
//   maker-read-known               -1.1367
//   no-price*brand-heading-run     1.2002
//   format:anchor-prose-brand      0.0187
//   format:anchor-cjk              1.1574
//   name-hiragana                  -0.8355
//   name-cjk-punct                 -0.3152
//   name-cjk-quoted                0.9049
//   name-cjk-editorial             -0.3998
//   name-cjk-holds-brand           -0.1518
//   format:anchor-group            -0.1913
//   in-record                      -0.1913
//   record-group-size              -0.1499
//   record-group-priced            -0.1674
//   record-group-linked            -0.132
//   record-seq                     -0.1706
//   record-price                   -0.1706
//   record-shop-link               -0.3486
//   record-buy                     -0.0947
//   record-brand-first             -0.0919
//   record-length                  -0.2079
//   record-used                    -0.0008
//   record-size-label              0
//   record-group-used              -0.0003
//   record-group-distinct          -0.191
//   page-used                      -0.0003
//   anchor-group*page-used         -0.0003
//   anchor-group*no-shop-link      0.1573
//   anchor-group*name-proper       -0.0372
//   name-used                      -0.9573
//   shared-credit                  0.8593
//   headline-negative              -0.5025
//   format:anchor-own-shop         -0.0167
//   own-shop*slot                  0.3606
//   own-shop*url-repeats           0.1735
//   own-shop*page-slots            0.5641
//   own-shop*page-cart             -0.1541

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.1043
//   first-logit                    3.4561
//   same-parent-max                0.5258
//   same-parent-mean               -0.9351
//   same-grandparent-mean          2.0831
//   page-accepted-share            -1.6986
//   format-accepted-share          1.6848
//   no-price*same-parent-mean      -0.3444
//   no-price*format-accepted-share 0.1936
//   no-price*first-logit           0.212

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.0028,0.804,0.9846,0.0983,-0.8689,-0.2149,0.4551,0.1722,-0.2858,-0.0065,-1.2574,-0.0943,-1.1039,0.206,0.4903,1.3205,0.5304,1.4499,0.1213,0.118,0.2359,3.417,1.9875,-0.058,0.1667,-0.5236,-0.2289,0.7702,-0.2825,-0.7455,0.1333,0.6319,-0.778,0.1875,-0.2204,0.4197,-0.0888,-0.0446,0.0329,0.7275,-0.004,-0.1347,-0.6728,-0.6065,-0.3255,0.2739,0.0679,0.0186,-0.914,0.5025,0.0549,0.4276,-0.3531,-0.2062,0.418,0.1484,-0.012,-0.0661,-0.3749,-0.1761,-0.0976,1.1714,0.3655,-0.7983,-0.7845,-1.2559,0.1983,0.7045,-0.4394,0.6747,0.0949,-0.5611,2.7054,-0.5201,-0.2817,-0.2393,0.1742,-1.4121,-1.2276,-0.0684,-1.1367,1.2002,0.0187,1.1574,-0.8355,-0.3152,0.9049,-0.3998,-0.1518,-0.1913,-0.1913,-0.1499,-0.1674,-0.132,-0.1706,-0.1706,-0.3486,-0.0947,-0.0919,-0.2079,-0.0008,0,-0.0003,-0.191,-0.0003,-0.0003,0.1573,-0.0372,-0.9573,0.8593,-0.5025,-0.0167,0.3606,0.1735,0.5641,-0.1541],"second":[-0.1043,3.4561,0.5258,-0.9351,2.0831,-1.6986,1.6848,-0.3444,0.1936,0.212],"accept":0.5};
