// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 520 labelled pages (4024 candidates, 2386 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.9524
//   format:table                   0.9112
//   format:card                    0.8886
//   format:brand-then-line         0.1055
//   format:heading                 -0.769
//   format:name-then-price         -0.1307
//   format:caption                 0.2202
//   format:linked-prose            0.2752
//   format:anchor-line             -0.586
//   format:anchor-list             -0.559
//   format:anchor-prose            -1.221
//   format:anchor-record           0.1661
//   format:anchor-carry            -0.8523
//   format:anchor-link             0.4971
//   format:anchor-heading          0.8882
//   evidence                       1.3561
//   evidence>=4                    0.7905
//   price                          0.9319
//   retailer                       0.1157
//   url                            0.2075
//   deep-url                       0.2889
//   brand                          3.1441
//   brand-known                    1.9412
//   brand-ambiguous                0.0301
//   brand-caps                     -0.1409
//   name-words                     -0.4145
//   name-long                      -0.8808
//   name-noun                      0.9731
//   name-caps                      -0.0332
//   name-lower-start               -0.8605
//   name-digits                    0.0304
//   name-quote                     0.5961
//   chrome                         -0.7893
//   in-article                     0.2967
//   heading                        0.0678
//   caption                        0.536
//   list-item                      -0.1552
//   table-cell                     -0.0023
//   depth                          0.0313
//   siblings                       0.8832
//   line-length                    -0.0179
//   line-negative                  -0.3324
//   page-negative                  -0.6327
//   page-candidates                -0.6987
//   same-price                     -0.502
//   price-big                      0.5909
//   price-small                    0.3498
//   label-left                     -0.1817
//   lang-other                     -0.5902
//   lang:en                        0.4825
//   lang:de                        -0.0081
//   lang:fr                        0.1178
//   lang:it                        -0.3722
//   lang:es                        -0.3402
//   lang:nl                        -0.0312
//   lang:pl                        0.2222
//   lang:sv                        0.1511
//   lang:ja                        0.3684
//   name-is-shop                   -0.729
//   name-is-title                  -0.0434
//   holds-title                    -0.0876
//   record-lines                   0.9702
//   name-one-noun                  0.1561
//   name-sentence                  -0.8242
//   no-price*siblings              -0.7022
//   no-price*brand-known           -0.9171
//   no-price*url                   -0.0649
//   no-price*one-noun              0.6403
//   price-range                    -0.4788
//   candidate-siblings             0.834
//   page-shop-links                0.0951
//   no-price*shop-links            -0.7045
//   no-price*page-unpriced         2.8193
//   no-price*candidate-siblings    -0.7935
//   format:anchor-credit           -0.4156
//   format:anchor-maker            0.248
//   format:anchor-runon            -0.01
//   maker-lead                     -1.2474
//   maker-tail                     -1.4916
//   maker-inside                   -0.0575
//   maker-read-known               -1.0212
//   format:anchor-cjk              0.3435
//   name-hiragana                  -1.0126
//   name-cjk-punct                 -0.4034
//   name-cjk-quoted                1.0955
//   name-cjk-editorial             -0.3278
//   name-cjk-holds-brand           -0.0806

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0886
//   first-logit                    3.6261
//   same-parent-max                0.634
//   same-parent-mean               -1.0926
//   same-grandparent-mean          1.7482
//   page-accepted-share            -1.8267
//   format-accepted-share          1.9821
//   no-price*same-parent-mean      -0.2434
//   no-price*format-accepted-share 0.3562
//   no-price*first-logit           -0.355

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.9524,0.9112,0.8886,0.1055,-0.769,-0.1307,0.2202,0.2752,-0.586,-0.559,-1.221,0.1661,-0.8523,0.4971,0.8882,1.3561,0.7905,0.9319,0.1157,0.2075,0.2889,3.1441,1.9412,0.0301,-0.1409,-0.4145,-0.8808,0.9731,-0.0332,-0.8605,0.0304,0.5961,-0.7893,0.2967,0.0678,0.536,-0.1552,-0.0023,0.0313,0.8832,-0.0179,-0.3324,-0.6327,-0.6987,-0.502,0.5909,0.3498,-0.1817,-0.5902,0.4825,-0.0081,0.1178,-0.3722,-0.3402,-0.0312,0.2222,0.1511,0.3684,-0.729,-0.0434,-0.0876,0.9702,0.1561,-0.8242,-0.7022,-0.9171,-0.0649,0.6403,-0.4788,0.834,0.0951,-0.7045,2.8193,-0.7935,-0.4156,0.248,-0.01,-1.2474,-1.4916,-0.0575,-1.0212,0.3435,-1.0126,-0.4034,1.0955,-0.3278,-0.0806],"second":[-0.0886,3.6261,0.634,-1.0926,1.7482,-1.8267,1.9821,-0.2434,0.3562,-0.355],"accept":0.5};
