// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 597 labelled pages (4366 candidates, 2610 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.8769
//   format:table                   0.8452
//   format:card                    0.9318
//   format:brand-then-line         0.1026
//   format:heading                 -0.9049
//   format:name-then-price         -0.1923
//   format:caption                 0.3288
//   format:linked-prose            0.2326
//   format:anchor-line             -0.424
//   format:anchor-list             0.0243
//   format:anchor-prose            -1.1888
//   format:anchor-record           -0.0296
//   format:anchor-carry            -1.1454
//   format:anchor-link             0.3359
//   format:anchor-heading          0.5335
//   evidence                       1.4018
//   evidence>=4                    0.5556
//   price                          1.3329
//   retailer                       0.144
//   url                            0.1303
//   deep-url                       0.2483
//   brand                          3.2766
//   brand-known                    1.9557
//   brand-ambiguous                -0.0264
//   brand-caps                     0.028
//   name-words                     -0.5042
//   name-long                      -0.7485
//   name-noun                      0.7128
//   name-caps                      -0.2996
//   name-lower-start               -0.7556
//   name-digits                    0.1461
//   name-quote                     0.5952
//   chrome                         -0.8186
//   in-article                     0.1713
//   heading                        -0.052
//   caption                        0.4809
//   list-item                      -0.1273
//   table-cell                     -0.0514
//   depth                          0.0487
//   siblings                       0.8446
//   line-length                    0.0222
//   line-negative                  -0.2196
//   page-negative                  -0.7218
//   page-candidates                -0.6786
//   same-price                     -0.3095
//   price-big                      0.4194
//   price-small                    0.1028
//   label-left                     -0.0063
//   lang-other                     -0.9264
//   lang:en                        0.3941
//   lang:de                        0.0067
//   lang:fr                        0.3604
//   lang:it                        -0.4424
//   lang:es                        -0.2765
//   lang:nl                        0.488
//   lang:pl                        0.283
//   lang:sv                        0.0594
//   lang:ja                        0.0538
//   name-is-shop                   -0.3595
//   name-is-title                  -0.2747
//   holds-title                    -0.0897
//   record-lines                   1.1354
//   name-one-noun                  0.2107
//   name-sentence                  -0.7671
//   no-price*siblings              -0.7438
//   no-price*brand-known           -1.3373
//   no-price*url                   0.1951
//   no-price*one-noun              0.8233
//   price-range                    -0.2929
//   candidate-siblings             0.6542
//   page-shop-links                0.1598
//   no-price*shop-links            -0.4897
//   no-price*page-unpriced         2.7979
//   no-price*candidate-siblings    -0.5671
//   format:anchor-credit           -0.2906
//   format:anchor-maker            -0.0739
//   format:anchor-runon            0.2064
//   maker-lead                     -1.3294
//   maker-tail                     -1.2866
//   maker-inside                   -0.0681
//   maker-read-known               -1.1501
//   no-price*brand-heading-run     1.0673
//   format:anchor-prose-brand      0.0654
//   format:anchor-cjk              0.665
//   name-hiragana                  -0.9064
//   name-cjk-punct                 -0.3442
//   name-cjk-quoted                1.035
//   name-cjk-editorial             -0.4036
//   name-cjk-holds-brand           -0.1613
//   format:anchor-group            -0.2194
//   in-record                      -0.2194
//   record-group-size              -0.1803
//   record-group-priced            -0.2115
//   record-group-linked            -0.098
//   record-seq                     -0.2321
//   record-price                   -0.2321
//   record-shop-link               -0.3292
//   record-buy                     -0.0966
//   record-brand-first             -0.0615
//   record-length                  -0.2407
//   record-used                    -0.0008
//   record-size-label              0
//   record-group-used              -0.0003
//   record-group-distinct          -0.2191
//   page-used                      -0.0003
//   anchor-group*page-used         -0.0003
//   anchor-group*no-shop-link      0.1098
//   anchor-group*name-proper       -0.1301
//   name-used                      -0.8836
//   format:anchor-own-shop         0.1974
//   own-shop*slot                  0.2893
//   own-shop*url-repeats           0.1567
//   own-shop*page-slots            0.5046
//   own-shop*page-cart             -0.157

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0115
//   first-logit                    3.448
//   same-parent-max                0.5782
//   same-parent-mean               -1.0774
//   same-grandparent-mean          1.9537
//   page-accepted-share            -1.6708
//   format-accepted-share          1.6018
//   no-price*same-parent-mean      -0.3432
//   no-price*format-accepted-share 0.3558
//   no-price*first-logit           0.2432

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.8769,0.8452,0.9318,0.1026,-0.9049,-0.1923,0.3288,0.2326,-0.424,0.0243,-1.1888,-0.0296,-1.1454,0.3359,0.5335,1.4018,0.5556,1.3329,0.144,0.1303,0.2483,3.2766,1.9557,-0.0264,0.028,-0.5042,-0.7485,0.7128,-0.2996,-0.7556,0.1461,0.5952,-0.8186,0.1713,-0.052,0.4809,-0.1273,-0.0514,0.0487,0.8446,0.0222,-0.2196,-0.7218,-0.6786,-0.3095,0.4194,0.1028,-0.0063,-0.9264,0.3941,0.0067,0.3604,-0.4424,-0.2765,0.488,0.283,0.0594,0.0538,-0.3595,-0.2747,-0.0897,1.1354,0.2107,-0.7671,-0.7438,-1.3373,0.1951,0.8233,-0.2929,0.6542,0.1598,-0.4897,2.7979,-0.5671,-0.2906,-0.0739,0.2064,-1.3294,-1.2866,-0.0681,-1.1501,1.0673,0.0654,0.665,-0.9064,-0.3442,1.035,-0.4036,-0.1613,-0.2194,-0.2194,-0.1803,-0.2115,-0.098,-0.2321,-0.2321,-0.3292,-0.0966,-0.0615,-0.2407,-0.0008,0,-0.0003,-0.2191,-0.0003,-0.0003,0.1098,-0.1301,-0.8836,0.1974,0.2893,0.1567,0.5046,-0.157],"second":[-0.0115,3.448,0.5782,-1.0774,1.9537,-1.6708,1.6018,-0.3432,0.3558,0.2432],"accept":0.5};
