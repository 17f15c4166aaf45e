// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 996 labelled pages (7424 candidates, 4210 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.2309
//   format:table                   1.4317
//   format:card                    0.9795
//   format:brand-then-line         -0.3838
//   format:heading                 -1.2115
//   format:name-then-price         -0.5318
//   format:caption                 0.6099
//   format:linked-prose            0.2881
//   format:anchor-line             -0.0315
//   format:anchor-list             -0.5395
//   format:anchor-prose            -1.019
//   format:anchor-record           -0.2164
//   format:anchor-carry            -1.8913
//   format:anchor-link             0.7164
//   format:anchor-heading          0.08
//   evidence                       1.2064
//   evidence>=4                    0.5476
//   price                          1.834
//   retailer                       -0.2199
//   url                            0.077
//   deep-url                       0.2273
//   brand                          5.0432
//   brand-known                    1.7444
//   brand-ambiguous                -0.2556
//   brand-caps                     0.3837
//   name-words                     -0.2678
//   name-long                      0.1174
//   name-noun                      0.8836
//   name-caps                      -0.6316
//   name-lower-start               -1.067
//   name-digits                    -0.0754
//   name-quote                     1.0879
//   chrome                         -1.5111
//   in-article                     -0.6886
//   heading                        -0.4914
//   caption                        0.6723
//   list-item                      0.3733
//   table-cell                     -1.798
//   depth                          -0.2091
//   siblings                       1.5476
//   line-length                    0.068
//   line-negative                  0.3174
//   page-negative                  -0.3973
//   page-candidates                -0.3624
//   same-price                     -0.3145
//   price-big                      0.8258
//   price-small                    -0.0923
//   label-left                     0.0569
//   lang-other                     -0.7169
//   lang:en                        0.5361
//   lang:de                        -0.0752
//   lang:fr                        0.3152
//   lang:it                        -0.1583
//   lang:es                        0.3784
//   lang:nl                        0.5296
//   lang:pl                        0.7949
//   lang:sv                        -1.0822
//   lang:ja                        -0.5216
//   name-is-shop                   -0.2664
//   name-is-title                  -0.4173
//   holds-title                    -0.0622
//   record-lines                   1.5386
//   name-one-noun                  0.1647
//   name-sentence                  -0.6587
//   no-price*siblings              -1.2295
//   no-price*brand-known           -0.7565
//   no-price*url                   0.1473
//   no-price*one-noun              0.5354
//   price-range                    -0.9541
//   candidate-siblings             -0.099
//   page-shop-links                0.093
//   no-price*shop-links            -0.5438
//   no-price*page-unpriced         2.8912
//   no-price*candidate-siblings    0.6162
//   format:anchor-credit           0.2769
//   format:anchor-maker            -0.2642
//   format:anchor-runon            0.3917
//   maker-lead                     -1.8535
//   maker-tail                     -1.7001
//   maker-inside                   -0.0558
//   maker-host                     0.8313
//   maker-read-known               -1.3904
//   no-price*brand-heading-run     2.2005
//   format:anchor-prose-brand      -0.1508
//   format:anchor-cjk              2.2689
//   name-hiragana                  -1.0395
//   name-cjk-punct                 -0.7965
//   name-cjk-quoted                0.4402
//   name-cjk-editorial             -0.196
//   name-cjk-holds-brand           -0.3068
//   format:anchor-group            -0.2431
//   in-record                      -0.2431
//   record-group-size              -0.1996
//   record-group-priced            0.023
//   record-group-linked            -0.3474
//   record-seq                     0.0148
//   record-price                   0.0148
//   record-shop-link               -0.3665
//   record-buy                     -0.1889
//   record-brand-first             -0.2155
//   record-length                  -0.2527
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2431
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1234
//   anchor-group*name-proper       0.0487
//   name-used                      -1.6127
//   shared-credit                  1.5235
//   headline-negative              -1.9023
//   format:anchor-own-shop         -0.0959
//   own-shop*slot                  0.4059
//   own-shop*url-repeats           0.4562
//   own-shop*page-slots            0.7569
//   own-shop*page-cart             -0.7297
//   format:anchor-of-maker         0.4457
//   cue:first-person               -0.7665
//   cue:recommend                  -0.7272
//   cue:report                     -0.4685
//   format:anchor-possessive       -0.2958
//   used-goods                     -1.4237
//   page-used-goods                -2.5147
//   block-run                      -0.9784
//   block-short-offer              1.2883
//   format:anchor-block            -0.9024
//   format:anchor-maker-first      0.0203
//   cue:past-year                  -1.0201
//   cue:parted-or-warned           -0.8798
//   format:anchor-maker-noun       0.6465
//   page-recall-lines              -0.2969
//   page-recall-headline           -0.3807
//   page-unreleased-lines          0.2078
//   page-unreleased-headline       -0.9599

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1684
//   first-logit                    3.4293
//   same-parent-max                0.5983
//   same-parent-mean               -1.5545
//   same-grandparent-mean          2.4409
//   page-accepted-share            -2.2258
//   format-accepted-share          1.7648
//   no-price*same-parent-mean      0.1248
//   no-price*format-accepted-share 0.0104
//   no-price*first-logit           -0.447

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.2309,1.4317,0.9795,-0.3838,-1.2115,-0.5318,0.6099,0.2881,-0.0315,-0.5395,-1.019,-0.2164,-1.8913,0.7164,0.08,1.2064,0.5476,1.834,-0.2199,0.077,0.2273,5.0432,1.7444,-0.2556,0.3837,-0.2678,0.1174,0.8836,-0.6316,-1.067,-0.0754,1.0879,-1.5111,-0.6886,-0.4914,0.6723,0.3733,-1.798,-0.2091,1.5476,0.068,0.3174,-0.3973,-0.3624,-0.3145,0.8258,-0.0923,0.0569,-0.7169,0.5361,-0.0752,0.3152,-0.1583,0.3784,0.5296,0.7949,-1.0822,-0.5216,-0.2664,-0.4173,-0.0622,1.5386,0.1647,-0.6587,-1.2295,-0.7565,0.1473,0.5354,-0.9541,-0.099,0.093,-0.5438,2.8912,0.6162,0.2769,-0.2642,0.3917,-1.8535,-1.7001,-0.0558,0.8313,-1.3904,2.2005,-0.1508,2.2689,-1.0395,-0.7965,0.4402,-0.196,-0.3068,-0.2431,-0.2431,-0.1996,0.023,-0.3474,0.0148,0.0148,-0.3665,-0.1889,-0.2155,-0.2527,0,0,0,-0.2431,0,0,0.1234,0.0487,-1.6127,1.5235,-1.9023,-0.0959,0.4059,0.4562,0.7569,-0.7297,0.4457,-0.7665,-0.7272,-0.4685,-0.2958,-1.4237,-2.5147,-0.9784,1.2883,-0.9024,0.0203,-1.0201,-0.8798,0.6465,-0.2969,-0.3807,0.2078,-0.9599],"second":[0.1684,3.4293,0.5983,-1.5545,2.4409,-2.2258,1.7648,0.1248,0.0104,-0.447],"accept":0.5};
