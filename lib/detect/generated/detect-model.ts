// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 816 labelled pages (6129 candidates, 3579 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.2206
//   format:table                   0.823
//   format:card                    0.7205
//   format:brand-then-line         -0.084
//   format:heading                 -0.9402
//   format:name-then-price         -0.1964
//   format:caption                 0.3971
//   format:linked-prose            0.2666
//   format:anchor-line             0
//   format:anchor-list             -0.196
//   format:anchor-prose            -1.0626
//   format:anchor-record           0.107
//   format:anchor-carry            -1.2586
//   format:anchor-link             0.5587
//   format:anchor-heading          0.0923
//   evidence                       1.0025
//   evidence>=4                    0.6108
//   price                          1.5196
//   retailer                       -0.0609
//   url                            0.1319
//   deep-url                       0.1281
//   brand                          3.753
//   brand-known                    1.9435
//   brand-ambiguous                -0.0948
//   brand-caps                     0.2229
//   name-words                     -0.1547
//   name-long                      -0.2114
//   name-noun                      0.7556
//   name-caps                      -0.6268
//   name-lower-start               -1.1539
//   name-digits                    0.2066
//   name-quote                     0.448
//   chrome                         -0.9333
//   in-article                     -0.3117
//   heading                        -0.3745
//   caption                        0.4989
//   list-item                      -0.185
//   table-cell                     -0.1616
//   depth                          0.3631
//   siblings                       1.1967
//   line-length                    0.2182
//   line-negative                  0.0001
//   page-negative                  -0.5689
//   page-candidates                -0.5756
//   same-price                     -0.2144
//   price-big                      0.5141
//   price-small                    -0.0048
//   label-left                     0.1357
//   lang-other                     -1.14
//   lang:en                        0.5461
//   lang:de                        -0.0319
//   lang:fr                        0.4031
//   lang:it                        -0.4615
//   lang:es                        0.1317
//   lang:nl                        0.5395
//   lang:pl                        0.4742
//   lang:sv                        -0.4825
//   lang:ja                        0.0214
//   name-is-shop                   -0.2628
//   name-is-title                  -0.1466
//   holds-title                    0.0265
//   record-lines                   0.9483
//   name-one-noun                  0.3951
//   name-sentence                  -0.5831
//   no-price*siblings              -1.1869
//   no-price*brand-known           -1.0221
//   no-price*url                   0.1775
//   no-price*one-noun              0.7313
//   price-range                    -0.4807
//   candidate-siblings             0.0545
//   page-shop-links                0.169
//   no-price*shop-links            -0.6201
//   no-price*page-unpriced         2.8043
//   no-price*candidate-siblings    0.0617
//   format:anchor-credit           0.2214
//   format:anchor-maker            0.1482
//   format:anchor-runon            0.4055
//   maker-lead                     -1.3981
//   maker-tail                     -1.3065
//   maker-inside                   -0.0815
//   maker-read-known               -1.0632
//   no-price*brand-heading-run     1.4002
//   format:anchor-prose-brand      -0.301
//   format:anchor-cjk              0.959
//   name-hiragana                  -1.0108
//   name-cjk-punct                 -0.2675
//   name-cjk-quoted                0.8795
//   name-cjk-editorial             -0.4503
//   name-cjk-holds-brand           -0.1984
//   format:anchor-group            -0.1186
//   in-record                      -0.1186
//   record-group-size              -0.0954
//   record-group-priced            0.0183
//   record-group-linked            -0.1701
//   record-seq                     0.0023
//   record-price                   0.0023
//   record-shop-link               -0.1846
//   record-buy                     -0.1061
//   record-brand-first             -0.1249
//   record-length                  -0.11
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.1186
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0661
//   anchor-group*name-proper       -0.117
//   name-used                      -0.8492
//   shared-credit                  0.8812
//   headline-negative              -0.5583
//   format:anchor-own-shop         -0.1024
//   own-shop*slot                  0.4163
//   own-shop*url-repeats           0.1854
//   own-shop*page-slots            0.6296
//   own-shop*page-cart             -0.2808
//   format:anchor-of-maker         -0.3947
//   cue:first-person               -0.063
//   cue:recommend                  -0.2135
//   cue:report                     -0.0591
//   format:anchor-possessive       -0.1012
//   used-goods                     -0.7261
//   page-used-goods                -0.8545
//   block-run                      -0.5505
//   block-short-offer              0.8692
//   format:anchor-block            -0.6838
//   format:anchor-maker-first      0.196
//   cue:past-year                  -0.7491
//   cue:parted-or-warned           -0.5533

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0251
//   first-logit                    3.5667
//   same-parent-max                0.5742
//   same-parent-mean               -1.4706
//   same-grandparent-mean          2.1317
//   page-accepted-share            -2.1257
//   format-accepted-share          2.0591
//   no-price*same-parent-mean      0.188
//   no-price*format-accepted-share 0.1065
//   no-price*first-logit           -0.0713

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.2206,0.823,0.7205,-0.084,-0.9402,-0.1964,0.3971,0.2666,0,-0.196,-1.0626,0.107,-1.2586,0.5587,0.0923,1.0025,0.6108,1.5196,-0.0609,0.1319,0.1281,3.753,1.9435,-0.0948,0.2229,-0.1547,-0.2114,0.7556,-0.6268,-1.1539,0.2066,0.448,-0.9333,-0.3117,-0.3745,0.4989,-0.185,-0.1616,0.3631,1.1967,0.2182,0.0001,-0.5689,-0.5756,-0.2144,0.5141,-0.0048,0.1357,-1.14,0.5461,-0.0319,0.4031,-0.4615,0.1317,0.5395,0.4742,-0.4825,0.0214,-0.2628,-0.1466,0.0265,0.9483,0.3951,-0.5831,-1.1869,-1.0221,0.1775,0.7313,-0.4807,0.0545,0.169,-0.6201,2.8043,0.0617,0.2214,0.1482,0.4055,-1.3981,-1.3065,-0.0815,-1.0632,1.4002,-0.301,0.959,-1.0108,-0.2675,0.8795,-0.4503,-0.1984,-0.1186,-0.1186,-0.0954,0.0183,-0.1701,0.0023,0.0023,-0.1846,-0.1061,-0.1249,-0.11,0,0,0,-0.1186,0,0,0.0661,-0.117,-0.8492,0.8812,-0.5583,-0.1024,0.4163,0.1854,0.6296,-0.2808,-0.3947,-0.063,-0.2135,-0.0591,-0.1012,-0.7261,-0.8545,-0.5505,0.8692,-0.6838,0.196,-0.7491,-0.5533],"second":[0.0251,3.5667,0.5742,-1.4706,2.1317,-2.1257,2.0591,0.188,0.1065,-0.0713],"accept":0.5};
