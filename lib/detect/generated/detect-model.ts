// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 633 labelled pages (4618 candidates, 2701 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.9977
//   format:table                   0.8036
//   format:card                    0.9848
//   format:brand-then-line         0.0982
//   format:heading                 -0.866
//   format:name-then-price         -0.2163
//   format:caption                 0.4499
//   format:linked-prose            0.17
//   format:anchor-line             -0.2898
//   format:anchor-list             -0.0101
//   format:anchor-prose            -1.2678
//   format:anchor-record           -0.0901
//   format:anchor-carry            -1.1009
//   format:anchor-link             0.2027
//   format:anchor-heading          0.4924
//   evidence                       1.3212
//   evidence>=4                    0.5312
//   price                          1.4493
//   retailer                       0.1192
//   url                            0.1173
//   deep-url                       0.2359
//   brand                          3.4156
//   brand-known                    1.992
//   brand-ambiguous                -0.0699
//   brand-caps                     0.1807
//   name-words                     -0.5284
//   name-long                      -0.2274
//   name-noun                      0.7713
//   name-caps                      -0.2925
//   name-lower-start               -0.7453
//   name-digits                    0.1272
//   name-quote                     0.6502
//   chrome                         -0.7768
//   in-article                     0.1875
//   heading                        -0.2257
//   caption                        0.4227
//   list-item                      -0.0825
//   table-cell                     -0.0443
//   depth                          0.0339
//   siblings                       0.7349
//   line-length                    -0.0063
//   line-negative                  -0.1342
//   page-negative                  -0.6714
//   page-candidates                -0.6187
//   same-price                     -0.3234
//   price-big                      0.2826
//   price-small                    0.0676
//   label-left                     0.019
//   lang-other                     -0.9079
//   lang:en                        0.5084
//   lang:de                        0.0617
//   lang:fr                        0.4333
//   lang:it                        -0.349
//   lang:es                        -0.2016
//   lang:nl                        0.419
//   lang:pl                        0.1507
//   lang:sv                        -0.0103
//   lang:ja                        -0.1043
//   name-is-shop                   -0.3799
//   name-is-title                  -0.1767
//   holds-title                    -0.0975
//   record-lines                   1.1739
//   name-one-noun                  0.3659
//   name-sentence                  -0.799
//   no-price*siblings              -0.7712
//   no-price*brand-known           -1.2536
//   no-price*url                   0.2025
//   no-price*one-noun              0.7077
//   price-range                    -0.4376
//   candidate-siblings             0.6668
//   page-shop-links                0.0967
//   no-price*shop-links            -0.5524
//   no-price*page-unpriced         2.6971
//   no-price*candidate-siblings    -0.5513
//   format:anchor-credit           -0.2815
//   format:anchor-maker            -0.242
//   format:anchor-runon            0.1715
//   maker-lead                     -1.4134
//   maker-tail                     -1.2278
//   maker-inside                   -0.0685
//   maker-read-known               -1.1371
//   no-price*brand-heading-run     1.1277
//   format:anchor-prose-brand      0.0176
//   format:anchor-cjk              1.184
//   name-hiragana                  -0.8429
//   name-cjk-punct                 -0.34
//   name-cjk-quoted                0.8504
//   name-cjk-editorial             -0.3933
//   name-cjk-holds-brand           -0.1463
//   format:anchor-group            -0.1906
//   in-record                      -0.1906
//   record-group-size              -0.1488
//   record-group-priced            -0.1678
//   record-group-linked            -0.1308
//   record-seq                     -0.1712
//   record-price                   -0.1712
//   record-shop-link               -0.3479
//   record-buy                     -0.0966
//   record-brand-first             -0.0933
//   record-length                  -0.2079
//   record-used                    -0.0008
//   record-size-label              0
//   record-group-used              -0.0003
//   record-group-distinct          -0.1904
//   page-used                      -0.0003
//   anchor-group*page-used         -0.0003
//   anchor-group*no-shop-link      0.1573
//   anchor-group*name-proper       -0.0396
//   name-used                      -0.9599
//   shared-credit                  0.8567
//   headline-negative              -0.5005
//   format:anchor-own-shop         -0.0195
//   own-shop*slot                  0.3626
//   own-shop*url-repeats           0.1736
//   own-shop*page-slots            0.5706
//   own-shop*page-cart             -0.1547

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.1168
//   first-logit                    3.4491
//   same-parent-max                0.5272
//   same-parent-mean               -0.9262
//   same-grandparent-mean          2.0132
//   page-accepted-share            -1.6228
//   format-accepted-share          1.6873
//   no-price*same-parent-mean      -0.4332
//   no-price*format-accepted-share 0.3047
//   no-price*first-logit           0.1653

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.9977,0.8036,0.9848,0.0982,-0.866,-0.2163,0.4499,0.17,-0.2898,-0.0101,-1.2678,-0.0901,-1.1009,0.2027,0.4924,1.3212,0.5312,1.4493,0.1192,0.1173,0.2359,3.4156,1.992,-0.0699,0.1807,-0.5284,-0.2274,0.7713,-0.2925,-0.7453,0.1272,0.6502,-0.7768,0.1875,-0.2257,0.4227,-0.0825,-0.0443,0.0339,0.7349,-0.0063,-0.1342,-0.6714,-0.6187,-0.3234,0.2826,0.0676,0.019,-0.9079,0.5084,0.0617,0.4333,-0.349,-0.2016,0.419,0.1507,-0.0103,-0.1043,-0.3799,-0.1767,-0.0975,1.1739,0.3659,-0.799,-0.7712,-1.2536,0.2025,0.7077,-0.4376,0.6668,0.0967,-0.5524,2.6971,-0.5513,-0.2815,-0.242,0.1715,-1.4134,-1.2278,-0.0685,-1.1371,1.1277,0.0176,1.184,-0.8429,-0.34,0.8504,-0.3933,-0.1463,-0.1906,-0.1906,-0.1488,-0.1678,-0.1308,-0.1712,-0.1712,-0.3479,-0.0966,-0.0933,-0.2079,-0.0008,0,-0.0003,-0.1904,-0.0003,-0.0003,0.1573,-0.0396,-0.9599,0.8567,-0.5005,-0.0195,0.3626,0.1736,0.5706,-0.1547],"second":[-0.1168,3.4491,0.5272,-0.9262,2.0132,-1.6228,1.6873,-0.4332,0.3047,0.1653],"accept":0.5};
