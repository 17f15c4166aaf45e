// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 816 labelled pages (6134 candidates, 3597 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.3098
//   format:table                   0.842
//   format:card                    0.6982
//   format:brand-then-line         -0.0772
//   format:heading                 -0.9547
//   format:name-then-price         -0.1925
//   format:caption                 0.4887
//   format:linked-prose            0.2932
//   format:anchor-line             0.0845
//   format:anchor-list             -0.2349
//   format:anchor-prose            -0.9474
//   format:anchor-record           0.1129
//   format:anchor-carry            -1.2173
//   format:anchor-link             0.6932
//   format:anchor-heading          0.0882
//   evidence                       1.0353
//   evidence>=4                    0.6079
//   price                          1.5753
//   retailer                       -0.0803
//   url                            0.1465
//   deep-url                       0.1407
//   brand                          3.7326
//   brand-known                    1.9725
//   brand-ambiguous                -0.1117
//   brand-caps                     0.2979
//   name-words                     -0.1684
//   name-long                      -0.2013
//   name-noun                      0.7654
//   name-caps                      -0.6393
//   name-lower-start               -1.1021
//   name-digits                    0.2144
//   name-quote                     0.4608
//   chrome                         -0.9347
//   in-article                     -0.3822
//   heading                        -0.3327
//   caption                        0.4856
//   list-item                      -0.2233
//   table-cell                     -0.1436
//   depth                          0.2868
//   siblings                       1.1815
//   line-length                    0.1085
//   line-negative                  -0.001
//   page-negative                  -0.5695
//   page-candidates                -0.3954
//   same-price                     -0.2166
//   price-big                      0.526
//   price-small                    0.0089
//   label-left                     0.1021
//   lang-other                     -1.0879
//   lang:en                        0.557
//   lang:de                        -0.071
//   lang:fr                        0.3707
//   lang:it                        -0.4534
//   lang:es                        0.1338
//   lang:nl                        0.5176
//   lang:pl                        0.4836
//   lang:sv                        -0.4629
//   lang:ja                        0.0125
//   name-is-shop                   -0.2662
//   name-is-title                  -0.1306
//   holds-title                    0.02
//   record-lines                   0.9395
//   name-one-noun                  0.3925
//   name-sentence                  -0.5868
//   no-price*siblings              -1.1502
//   no-price*brand-known           -1.1052
//   no-price*url                   0.1575
//   no-price*one-noun              0.7052
//   price-range                    -0.4236
//   candidate-siblings             0.0488
//   page-shop-links                0.1619
//   no-price*shop-links            -0.3957
//   no-price*page-unpriced         2.9551
//   no-price*candidate-siblings    0.3008
//   format:anchor-credit           0.2139
//   format:anchor-maker            0.2124
//   format:anchor-runon            0.3927
//   maker-lead                     -1.3901
//   maker-tail                     -1.2685
//   maker-inside                   -0.0782
//   maker-read-known               -1.0833
//   no-price*brand-heading-run     1.3768
//   format:anchor-prose-brand      -0.2513
//   format:anchor-cjk              0.9757
//   name-hiragana                  -1.0166
//   name-cjk-punct                 -0.2721
//   name-cjk-quoted                0.8835
//   name-cjk-editorial             -0.4466
//   name-cjk-holds-brand           -0.2021
//   format:anchor-group            -0.1267
//   in-record                      -0.1267
//   record-group-size              -0.1023
//   record-group-priced            0.0291
//   record-group-linked            -0.1897
//   record-seq                     0.0156
//   record-price                   0.0156
//   record-shop-link               -0.196
//   record-buy                     -0.1052
//   record-brand-first             -0.1201
//   record-length                  -0.1113
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.1267
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0693
//   anchor-group*name-proper       -0.1207
//   name-used                      -0.8285
//   shared-credit                  0.8596
//   headline-negative              -0.5405
//   format:anchor-own-shop         -0.0907
//   own-shop*slot                  0.4416
//   own-shop*url-repeats           0.1888
//   own-shop*page-slots            0.6292
//   own-shop*page-cart             -0.2621
//   format:anchor-of-maker         -0.4149
//   cue:first-person               -0.1234
//   cue:recommend                  -0.2198
//   cue:report                     -0.0564
//   format:anchor-possessive       -0.0994
//   used-goods                     -0.7143
//   page-used-goods                -0.8365
//   block-run                      -0.5902
//   block-short-offer              0.8822
//   format:anchor-block            -0.6801
//   format:anchor-maker-first      0.1813
//   cue:past-year                  -0.7344
//   cue:parted-or-warned           -0.5491
//   format:anchor-maker-noun       -0.1679

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0591
//   first-logit                    3.5361
//   same-parent-max                0.5736
//   same-parent-mean               -1.058
//   same-grandparent-mean          1.7105
//   page-accepted-share            -2.1676
//   format-accepted-share          2.0541
//   no-price*same-parent-mean      0.1657
//   no-price*format-accepted-share 0.2163
//   no-price*first-logit           -0.0407

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.3098,0.842,0.6982,-0.0772,-0.9547,-0.1925,0.4887,0.2932,0.0845,-0.2349,-0.9474,0.1129,-1.2173,0.6932,0.0882,1.0353,0.6079,1.5753,-0.0803,0.1465,0.1407,3.7326,1.9725,-0.1117,0.2979,-0.1684,-0.2013,0.7654,-0.6393,-1.1021,0.2144,0.4608,-0.9347,-0.3822,-0.3327,0.4856,-0.2233,-0.1436,0.2868,1.1815,0.1085,-0.001,-0.5695,-0.3954,-0.2166,0.526,0.0089,0.1021,-1.0879,0.557,-0.071,0.3707,-0.4534,0.1338,0.5176,0.4836,-0.4629,0.0125,-0.2662,-0.1306,0.02,0.9395,0.3925,-0.5868,-1.1502,-1.1052,0.1575,0.7052,-0.4236,0.0488,0.1619,-0.3957,2.9551,0.3008,0.2139,0.2124,0.3927,-1.3901,-1.2685,-0.0782,-1.0833,1.3768,-0.2513,0.9757,-1.0166,-0.2721,0.8835,-0.4466,-0.2021,-0.1267,-0.1267,-0.1023,0.0291,-0.1897,0.0156,0.0156,-0.196,-0.1052,-0.1201,-0.1113,0,0,0,-0.1267,0,0,0.0693,-0.1207,-0.8285,0.8596,-0.5405,-0.0907,0.4416,0.1888,0.6292,-0.2621,-0.4149,-0.1234,-0.2198,-0.0564,-0.0994,-0.7143,-0.8365,-0.5902,0.8822,-0.6801,0.1813,-0.7344,-0.5491,-0.1679],"second":[0.0591,3.5361,0.5736,-1.058,1.7105,-2.1676,2.0541,0.1657,0.2163,-0.0407],"accept":0.5};
