// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 924 labelled pages (6952 candidates, 3971 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -10.3569
//   format:table                   1.684
//   format:card                    0.8666
//   format:brand-then-line         -0.1329
//   format:heading                 -1.083
//   format:name-then-price         -0.3574
//   format:caption                 0.656
//   format:linked-prose            0.5409
//   format:anchor-line             0.133
//   format:anchor-list             -0.285
//   format:anchor-prose            -1.1255
//   format:anchor-record           0.1437
//   format:anchor-carry            -1.8729
//   format:anchor-link             0.8089
//   format:anchor-heading          0.0583
//   evidence                       1.1276
//   evidence>=4                    0.5276
//   price                          2.428
//   retailer                       -0.3053
//   url                            0.0655
//   deep-url                       0.2588
//   brand                          4.7728
//   brand-known                    1.8847
//   brand-ambiguous                -0.1672
//   brand-caps                     0.397
//   name-words                     -0.2995
//   name-long                      0.0123
//   name-noun                      0.8766
//   name-caps                      -0.7606
//   name-lower-start               -1.109
//   name-digits                    0.1227
//   name-quote                     1.184
//   chrome                         -1.4033
//   in-article                     -0.5741
//   heading                        -0.3842
//   caption                        0.6293
//   list-item                      0.1361
//   table-cell                     -1.9055
//   depth                          0.4119
//   siblings                       1.4293
//   line-length                    0.5247
//   line-negative                  0.2499
//   page-negative                  -0.7223
//   page-candidates                -0.7445
//   same-price                     -0.3115
//   price-big                      0.7289
//   price-small                    -0.088
//   label-left                     0.2179
//   lang-other                     -1.151
//   lang:en                        0.4937
//   lang:de                        -0.1136
//   lang:fr                        0.1245
//   lang:it                        -0.2155
//   lang:es                        0.3002
//   lang:nl                        0.7188
//   lang:pl                        0.7133
//   lang:sv                        -0.9584
//   lang:ja                        0.0881
//   name-is-shop                   -0.0657
//   name-is-title                  -0.2027
//   holds-title                    0.1695
//   record-lines                   1.5402
//   name-one-noun                  0.2342
//   name-sentence                  -1.0261
//   no-price*siblings              -1.0325
//   no-price*brand-known           -0.8424
//   no-price*url                   0.1481
//   no-price*one-noun              0.8793
//   price-range                    -0.8187
//   candidate-siblings             -0.139
//   page-shop-links                0.482
//   no-price*shop-links            -0.6689
//   no-price*page-unpriced         3.409
//   no-price*candidate-siblings    1.0844
//   format:anchor-credit           0.3114
//   format:anchor-maker            -0.0602
//   format:anchor-runon            0.2056
//   maker-lead                     -1.6201
//   maker-tail                     -1.408
//   maker-inside                   -0.0909
//   maker-read-known               -1.4515
//   no-price*brand-heading-run     2.4755
//   format:anchor-prose-brand      -0.4801
//   format:anchor-cjk              1.1188
//   name-hiragana                  -1.757
//   name-cjk-punct                 -0.2533
//   name-cjk-quoted                1.4566
//   name-cjk-editorial             -0.2213
//   name-cjk-holds-brand           -0.768
//   format:anchor-group            -0.2162
//   in-record                      -0.2162
//   record-group-size              -0.1617
//   record-group-priced            -0.0297
//   record-group-linked            -0.2522
//   record-seq                     -0.0428
//   record-price                   -0.0428
//   record-shop-link               -0.3354
//   record-buy                     -0.1961
//   record-brand-first             -0.1786
//   record-length                  -0.2591
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2162
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1192
//   anchor-group*name-proper       0.1137
//   name-used                      -1.2587
//   shared-credit                  1.5401
//   headline-negative              -1.5322
//   format:anchor-own-shop         -0.1482
//   own-shop*slot                  0.6156
//   own-shop*url-repeats           0.491
//   own-shop*page-slots            0.8754
//   own-shop*page-cart             -0.6573
//   format:anchor-of-maker         -0.0505
//   cue:first-person               -0.5475
//   cue:recommend                  -0.5368
//   cue:report                     -0.1694
//   format:anchor-possessive       -0.2151
//   used-goods                     -1.1196
//   page-used-goods                -2.5451
//   block-run                      -0.7776
//   block-short-offer              1.3401
//   format:anchor-block            -0.8267
//   format:anchor-maker-first      0.242
//   cue:past-year                  -1.1551
//   cue:parted-or-warned           -0.8576
//   format:anchor-maker-noun       0.233

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0101
//   first-logit                    3.2645
//   same-parent-max                0.6919
//   same-parent-mean               -1.7766
//   same-grandparent-mean          2.4616
//   page-accepted-share            -2.0526
//   format-accepted-share          1.8148
//   no-price*same-parent-mean      0.1217
//   no-price*format-accepted-share 0.1488
//   no-price*first-logit           -0.2633

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

export const DETECT_MODEL: DetectModel = {"weights":[-10.3569,1.684,0.8666,-0.1329,-1.083,-0.3574,0.656,0.5409,0.133,-0.285,-1.1255,0.1437,-1.8729,0.8089,0.0583,1.1276,0.5276,2.428,-0.3053,0.0655,0.2588,4.7728,1.8847,-0.1672,0.397,-0.2995,0.0123,0.8766,-0.7606,-1.109,0.1227,1.184,-1.4033,-0.5741,-0.3842,0.6293,0.1361,-1.9055,0.4119,1.4293,0.5247,0.2499,-0.7223,-0.7445,-0.3115,0.7289,-0.088,0.2179,-1.151,0.4937,-0.1136,0.1245,-0.2155,0.3002,0.7188,0.7133,-0.9584,0.0881,-0.0657,-0.2027,0.1695,1.5402,0.2342,-1.0261,-1.0325,-0.8424,0.1481,0.8793,-0.8187,-0.139,0.482,-0.6689,3.409,1.0844,0.3114,-0.0602,0.2056,-1.6201,-1.408,-0.0909,-1.4515,2.4755,-0.4801,1.1188,-1.757,-0.2533,1.4566,-0.2213,-0.768,-0.2162,-0.2162,-0.1617,-0.0297,-0.2522,-0.0428,-0.0428,-0.3354,-0.1961,-0.1786,-0.2591,0,0,0,-0.2162,0,0,0.1192,0.1137,-1.2587,1.5401,-1.5322,-0.1482,0.6156,0.491,0.8754,-0.6573,-0.0505,-0.5475,-0.5368,-0.1694,-0.2151,-1.1196,-2.5451,-0.7776,1.3401,-0.8267,0.242,-1.1551,-0.8576,0.233],"second":[0.0101,3.2645,0.6919,-1.7766,2.4616,-2.0526,1.8148,0.1217,0.1488,-0.2633],"accept":0.5};
