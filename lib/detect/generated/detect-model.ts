// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 633 labelled pages (4717 candidates, 2793 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.6528
//   format:table                   0.7807
//   format:card                    0.9672
//   format:brand-then-line         0.0907
//   format:heading                 -0.8552
//   format:name-then-price         -0.234
//   format:caption                 0.4812
//   format:linked-prose            0.1477
//   format:anchor-line             -0.2733
//   format:anchor-list             -0.0367
//   format:anchor-prose            -1.269
//   format:anchor-record           -0.1699
//   format:anchor-carry            -1.1094
//   format:anchor-link             0.1391
//   format:anchor-heading          0.4221
//   evidence                       1.3282
//   evidence>=4                    0.4157
//   price                          1.4129
//   retailer                       0.0941
//   url                            0.1478
//   deep-url                       0.2582
//   brand                          3.4669
//   brand-known                    1.9394
//   brand-ambiguous                -0.0492
//   brand-caps                     0.1033
//   name-words                     -0.5264
//   name-long                      -0.2359
//   name-noun                      0.7696
//   name-caps                      -0.3104
//   name-lower-start               -0.8332
//   name-digits                    0.0987
//   name-quote                     0.6075
//   chrome                         -0.8405
//   in-article                     0.1986
//   heading                        -0.2858
//   caption                        0.4269
//   list-item                      -0.0875
//   table-cell                     -0.045
//   depth                          -0.0683
//   siblings                       0.6713
//   line-length                    -0.118
//   line-negative                  -0.113
//   page-negative                  -0.6819
//   page-candidates                -0.6122
//   same-price                     -0.2979
//   price-big                      0.2715
//   price-small                    0.0525
//   label-left                     0.1271
//   lang-other                     -0.8623
//   lang:en                        0.4628
//   lang:de                        0.1304
//   lang:fr                        0.3332
//   lang:it                        -0.4787
//   lang:es                        -0.2227
//   lang:nl                        0.4904
//   lang:pl                        0.4068
//   lang:sv                        -0.1463
//   lang:ja                        -0.1136
//   name-is-shop                   -0.4012
//   name-is-title                  -0.1195
//   holds-title                    -0.0966
//   record-lines                   1.1187
//   name-one-noun                  0.277
//   name-sentence                  -0.8009
//   no-price*siblings              -0.7767
//   no-price*brand-known           -1.2462
//   no-price*url                   0.1922
//   no-price*one-noun              0.8111
//   price-range                    -0.4857
//   candidate-siblings             0.7304
//   page-shop-links                0.1673
//   no-price*shop-links            -0.5979
//   no-price*page-unpriced         2.5849
//   no-price*candidate-siblings    -0.579
//   format:anchor-credit           -0.2624
//   format:anchor-maker            0.0388
//   format:anchor-runon            0.2218
//   maker-lead                     -1.4597
//   maker-tail                     -1.2674
//   maker-inside                   -0.0741
//   maker-read-known               -1.111
//   no-price*brand-heading-run     1.1758
//   format:anchor-prose-brand      0.0112
//   format:anchor-cjk              1.174
//   name-hiragana                  -0.8403
//   name-cjk-punct                 -0.3398
//   name-cjk-quoted                0.8332
//   name-cjk-editorial             -0.3944
//   name-cjk-holds-brand           -0.1355
//   format:anchor-group            -0.1853
//   in-record                      -0.1853
//   record-group-size              -0.145
//   record-group-priced            -0.1717
//   record-group-linked            -0.1206
//   record-seq                     -0.1735
//   record-price                   -0.1735
//   record-shop-link               -0.3369
//   record-buy                     -0.0925
//   record-brand-first             -0.0959
//   record-length                  -0.2019
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.1853
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1516
//   anchor-group*name-proper       -0.0444
//   name-used                      -0.9941
//   shared-credit                  0.8696
//   headline-negative              -0.4723
//   format:anchor-own-shop         -0.0795
//   own-shop*slot                  0.3422
//   own-shop*url-repeats           0.1766
//   own-shop*page-slots            0.5505
//   own-shop*page-cart             -0.1669

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0402
//   first-logit                    3.4999
//   same-parent-max                0.3777
//   same-parent-mean               -0.8905
//   same-grandparent-mean          2.5901
//   page-accepted-share            -1.7851
//   format-accepted-share          1.1996
//   no-price*same-parent-mean      -0.7711
//   no-price*format-accepted-share 0.7862
//   no-price*first-logit           0.0614

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.6528,0.7807,0.9672,0.0907,-0.8552,-0.234,0.4812,0.1477,-0.2733,-0.0367,-1.269,-0.1699,-1.1094,0.1391,0.4221,1.3282,0.4157,1.4129,0.0941,0.1478,0.2582,3.4669,1.9394,-0.0492,0.1033,-0.5264,-0.2359,0.7696,-0.3104,-0.8332,0.0987,0.6075,-0.8405,0.1986,-0.2858,0.4269,-0.0875,-0.045,-0.0683,0.6713,-0.118,-0.113,-0.6819,-0.6122,-0.2979,0.2715,0.0525,0.1271,-0.8623,0.4628,0.1304,0.3332,-0.4787,-0.2227,0.4904,0.4068,-0.1463,-0.1136,-0.4012,-0.1195,-0.0966,1.1187,0.277,-0.8009,-0.7767,-1.2462,0.1922,0.8111,-0.4857,0.7304,0.1673,-0.5979,2.5849,-0.579,-0.2624,0.0388,0.2218,-1.4597,-1.2674,-0.0741,-1.111,1.1758,0.0112,1.174,-0.8403,-0.3398,0.8332,-0.3944,-0.1355,-0.1853,-0.1853,-0.145,-0.1717,-0.1206,-0.1735,-0.1735,-0.3369,-0.0925,-0.0959,-0.2019,0,0,0,-0.1853,0,0,0.1516,-0.0444,-0.9941,0.8696,-0.4723,-0.0795,0.3422,0.1766,0.5505,-0.1669],"second":[-0.0402,3.4999,0.3777,-0.8905,2.5901,-1.7851,1.1996,-0.7711,0.7862,0.0614],"accept":0.5};
