// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 556 labelled pages (4165 candidates, 2523 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.5849
//   format:table                   0.8052
//   format:card                    0.9382
//   format:brand-then-line         0.0992
//   format:heading                 -0.895
//   format:name-then-price         -0.1948
//   format:caption                 0.3207
//   format:linked-prose            0.1963
//   format:anchor-line             -0.4382
//   format:anchor-list             0.0384
//   format:anchor-prose            -1.0875
//   format:anchor-record           -0.0175
//   format:anchor-carry            -1.1198
//   format:anchor-link             0.3697
//   format:anchor-heading          0.6328
//   evidence                       1.3116
//   evidence>=4                    0.7074
//   price                          1.2114
//   retailer                       0.1882
//   url                            0.0901
//   deep-url                       0.2
//   brand                          3.2318
//   brand-known                    1.9082
//   brand-ambiguous                0.0555
//   brand-caps                     0.0278
//   name-words                     -0.5383
//   name-long                      -0.7259
//   name-noun                      0.7373
//   name-caps                      -0.2269
//   name-lower-start               -0.7362
//   name-digits                    0.1065
//   name-quote                     0.6167
//   chrome                         -0.7941
//   in-article                     0.1973
//   heading                        -0.1152
//   caption                        0.4196
//   list-item                      -0.2111
//   table-cell                     -0.0042
//   depth                          0.029
//   siblings                       0.8731
//   line-length                    -0.0704
//   line-negative                  -0.3006
//   page-negative                  -0.7045
//   page-candidates                -0.7126
//   same-price                     -0.281
//   price-big                      0.3701
//   price-small                    0.267
//   label-left                     -0.1134
//   lang-other                     -0.857
//   lang:en                        0.3658
//   lang:de                        -0.0208
//   lang:fr                        0.3174
//   lang:it                        -0.5034
//   lang:es                        -0.2498
//   lang:nl                        0.4445
//   lang:pl                        0.2745
//   lang:sv                        -0.0108
//   lang:ja                        0.2397
//   name-is-shop                   -0.3329
//   name-is-title                  -0.2665
//   holds-title                    -0.0878
//   record-lines                   1.0756
//   name-one-noun                  0.2127
//   name-sentence                  -0.7741
//   no-price*siblings              -0.5918
//   no-price*brand-known           -1.167
//   no-price*url                   0.4367
//   no-price*one-noun              0.7423
//   price-range                    -0.4434
//   candidate-siblings             0.7172
//   page-shop-links                0.1321
//   no-price*shop-links            -0.8448
//   no-price*page-unpriced         2.5787
//   no-price*candidate-siblings    -0.7846
//   format:anchor-credit           -0.2194
//   format:anchor-maker            0.047
//   format:anchor-runon            0.2593
//   maker-lead                     -1.3228
//   maker-tail                     -1.2426
//   maker-inside                   -0.0611
//   maker-read-known               -1.1421
//   no-price*brand-heading-run     1.0509
//   format:anchor-prose-brand      0.016
//   format:anchor-cjk              0.4442
//   name-hiragana                  -0.967
//   name-cjk-punct                 -0.3819
//   name-cjk-quoted                0.996
//   name-cjk-editorial             -0.4039
//   name-cjk-holds-brand           -0.1827
//   format:anchor-group            -0.1947
//   in-record                      -0.1947
//   record-group-size              -0.1582
//   record-group-priced            -0.1711
//   record-group-linked            -0.1335
//   record-seq                     -0.178
//   record-price                   -0.1677
//   record-shop-link               -0.3727
//   record-buy                     -0.1056
//   record-brand-first             -0.0495
//   record-length                  -0.2033
//   record-used                    -0.0011
//   record-size-label              0
//   record-group-used              -0.0004
//   record-group-distinct          -0.1944
//   page-used                      -0.0004
//   anchor-group*page-used         -0.0004
//   anchor-group*no-shop-link      0.1779
//   anchor-group*name-proper       -0.129
//   name-used                      -0.8254

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.1235
//   first-logit                    3.4082
//   same-parent-max                0.6025
//   same-parent-mean               -0.9174
//   same-grandparent-mean          2.0212
//   page-accepted-share            -1.8142
//   format-accepted-share          1.6981
//   no-price*same-parent-mean      -0.248
//   no-price*format-accepted-share 0.2008
//   no-price*first-logit           0.2901

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.5849,0.8052,0.9382,0.0992,-0.895,-0.1948,0.3207,0.1963,-0.4382,0.0384,-1.0875,-0.0175,-1.1198,0.3697,0.6328,1.3116,0.7074,1.2114,0.1882,0.0901,0.2,3.2318,1.9082,0.0555,0.0278,-0.5383,-0.7259,0.7373,-0.2269,-0.7362,0.1065,0.6167,-0.7941,0.1973,-0.1152,0.4196,-0.2111,-0.0042,0.029,0.8731,-0.0704,-0.3006,-0.7045,-0.7126,-0.281,0.3701,0.267,-0.1134,-0.857,0.3658,-0.0208,0.3174,-0.5034,-0.2498,0.4445,0.2745,-0.0108,0.2397,-0.3329,-0.2665,-0.0878,1.0756,0.2127,-0.7741,-0.5918,-1.167,0.4367,0.7423,-0.4434,0.7172,0.1321,-0.8448,2.5787,-0.7846,-0.2194,0.047,0.2593,-1.3228,-1.2426,-0.0611,-1.1421,1.0509,0.016,0.4442,-0.967,-0.3819,0.996,-0.4039,-0.1827,-0.1947,-0.1947,-0.1582,-0.1711,-0.1335,-0.178,-0.1677,-0.3727,-0.1056,-0.0495,-0.2033,-0.0011,0,-0.0004,-0.1944,-0.0004,-0.0004,0.1779,-0.129,-0.8254],"second":[-0.1235,3.4082,0.6025,-0.9174,2.0212,-1.8142,1.6981,-0.248,0.2008,0.2901],"accept":0.5};
