// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 852 labelled pages (6354 candidates, 3727 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.3404
//   format:table                   0.8362
//   format:card                    0.718
//   format:brand-then-line         -0.0848
//   format:heading                 -0.9128
//   format:name-then-price         -0.1786
//   format:caption                 0.4298
//   format:linked-prose            0.2997
//   format:anchor-line             0.0292
//   format:anchor-list             -0.3009
//   format:anchor-prose            -1.0128
//   format:anchor-record           0.1263
//   format:anchor-carry            -1.2192
//   format:anchor-link             0.666
//   format:anchor-heading          0.1005
//   evidence                       1.0471
//   evidence>=4                    0.5829
//   price                          1.685
//   retailer                       -0.1318
//   url                            0.1093
//   deep-url                       0.1344
//   brand                          3.7707
//   brand-known                    1.9221
//   brand-ambiguous                -0.0886
//   brand-caps                     0.2918
//   name-words                     -0.1744
//   name-long                      -0.1649
//   name-noun                      0.7706
//   name-caps                      -0.6524
//   name-lower-start               -1.0237
//   name-digits                    0.1878
//   name-quote                     0.4782
//   chrome                         -0.9888
//   in-article                     -0.3877
//   heading                        -0.415
//   caption                        0.5258
//   list-item                      -0.0698
//   table-cell                     -0.1486
//   depth                          0.3215
//   siblings                       1.2012
//   line-length                    0.1447
//   line-negative                  0.0517
//   page-negative                  -0.6639
//   page-candidates                -0.5488
//   same-price                     -0.2211
//   price-big                      0.469
//   price-small                    0.0017
//   label-left                     0.1014
//   lang-other                     -1.1254
//   lang:en                        0.542
//   lang:de                        -0.055
//   lang:fr                        0.3418
//   lang:it                        -0.303
//   lang:es                        0.1822
//   lang:nl                        0.5328
//   lang:pl                        0.4561
//   lang:sv                        -0.4986
//   lang:ja                        -0.0729
//   name-is-shop                   -0.1389
//   name-is-title                  -0.0332
//   holds-title                    0.0317
//   record-lines                   0.9994
//   name-one-noun                  0.3115
//   name-sentence                  -0.6115
//   no-price*siblings              -1.0175
//   no-price*brand-known           -0.9568
//   no-price*url                   0.1379
//   no-price*one-noun              0.6066
//   price-range                    -0.4573
//   candidate-siblings             0.0378
//   page-shop-links                0.2549
//   no-price*shop-links            -0.4651
//   no-price*page-unpriced         2.8762
//   no-price*candidate-siblings    0.6178
//   format:anchor-credit           0.2543
//   format:anchor-maker            0.0463
//   format:anchor-runon            0.3426
//   maker-lead                     -1.4338
//   maker-tail                     -1.1733
//   maker-inside                   -0.0843
//   maker-read-known               -1.134
//   no-price*brand-heading-run     1.3865
//   format:anchor-prose-brand      -0.3668
//   format:anchor-cjk              1.0011
//   name-hiragana                  -1.0966
//   name-cjk-punct                 -0.2228
//   name-cjk-quoted                0.8972
//   name-cjk-editorial             -0.3766
//   name-cjk-holds-brand           -0.5797
//   format:anchor-group            -0.1388
//   in-record                      -0.1388
//   record-group-size              -0.1121
//   record-group-priced            0.0313
//   record-group-linked            -0.1973
//   record-seq                     0.0172
//   record-price                   0.0172
//   record-shop-link               -0.1888
//   record-buy                     -0.1091
//   record-brand-first             -0.1209
//   record-length                  -0.1212
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.1388
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0499
//   anchor-group*name-proper       -0.1244
//   name-used                      -0.8338
//   shared-credit                  0.8649
//   headline-negative              -0.5846
//   format:anchor-own-shop         -0.0696
//   own-shop*slot                  0.4162
//   own-shop*url-repeats           0.2085
//   own-shop*page-slots            0.6072
//   own-shop*page-cart             -0.2645
//   format:anchor-of-maker         -0.283
//   cue:first-person               -0.4083
//   cue:recommend                  -0.3234
//   cue:report                     -0.0746
//   format:anchor-possessive       -0.1386
//   used-goods                     -0.723
//   page-used-goods                -0.8285
//   block-run                      -0.5366
//   block-short-offer              0.926
//   format:anchor-block            -0.6959
//   format:anchor-maker-first      0.2031
//   cue:past-year                  -0.7372
//   cue:parted-or-warned           -0.5083
//   format:anchor-maker-noun       -0.179

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0448
//   first-logit                    3.6054
//   same-parent-max                0.6274
//   same-parent-mean               -1.8218
//   same-grandparent-mean          2.1865
//   page-accepted-share            -1.9088
//   format-accepted-share          2.0152
//   no-price*same-parent-mean      0.3313
//   no-price*format-accepted-share -0.0868
//   no-price*first-logit           -0.2206

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.3404,0.8362,0.718,-0.0848,-0.9128,-0.1786,0.4298,0.2997,0.0292,-0.3009,-1.0128,0.1263,-1.2192,0.666,0.1005,1.0471,0.5829,1.685,-0.1318,0.1093,0.1344,3.7707,1.9221,-0.0886,0.2918,-0.1744,-0.1649,0.7706,-0.6524,-1.0237,0.1878,0.4782,-0.9888,-0.3877,-0.415,0.5258,-0.0698,-0.1486,0.3215,1.2012,0.1447,0.0517,-0.6639,-0.5488,-0.2211,0.469,0.0017,0.1014,-1.1254,0.542,-0.055,0.3418,-0.303,0.1822,0.5328,0.4561,-0.4986,-0.0729,-0.1389,-0.0332,0.0317,0.9994,0.3115,-0.6115,-1.0175,-0.9568,0.1379,0.6066,-0.4573,0.0378,0.2549,-0.4651,2.8762,0.6178,0.2543,0.0463,0.3426,-1.4338,-1.1733,-0.0843,-1.134,1.3865,-0.3668,1.0011,-1.0966,-0.2228,0.8972,-0.3766,-0.5797,-0.1388,-0.1388,-0.1121,0.0313,-0.1973,0.0172,0.0172,-0.1888,-0.1091,-0.1209,-0.1212,0,0,0,-0.1388,0,0,0.0499,-0.1244,-0.8338,0.8649,-0.5846,-0.0696,0.4162,0.2085,0.6072,-0.2645,-0.283,-0.4083,-0.3234,-0.0746,-0.1386,-0.723,-0.8285,-0.5366,0.926,-0.6959,0.2031,-0.7372,-0.5083,-0.179],"second":[0.0448,3.6054,0.6274,-1.8218,2.1865,-1.9088,2.0152,0.3313,-0.0868,-0.2206],"accept":0.5};
