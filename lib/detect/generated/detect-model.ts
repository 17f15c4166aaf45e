// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 996 labelled pages (7419 candidates, 4204 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.2069
//   format:table                   1.4364
//   format:card                    0.9702
//   format:brand-then-line         -0.3984
//   format:heading                 -1.2294
//   format:name-then-price         -0.5341
//   format:caption                 0.5856
//   format:linked-prose            0.3019
//   format:anchor-line             -0.0514
//   format:anchor-list             -0.538
//   format:anchor-prose            -1.0142
//   format:anchor-record           -0.2292
//   format:anchor-carry            -1.8984
//   format:anchor-link             0.7301
//   format:anchor-heading          0.0748
//   evidence                       1.2456
//   evidence>=4                    0.5396
//   price                          1.8245
//   retailer                       -0.2161
//   url                            0.072
//   deep-url                       0.2253
//   brand                          5.0389
//   brand-known                    1.7372
//   brand-ambiguous                -0.2419
//   brand-caps                     0.371
//   name-words                     -0.2924
//   name-long                      0.1594
//   name-noun                      0.8946
//   name-caps                      -0.6252
//   name-lower-start               -1.0508
//   name-digits                    -0.0803
//   name-quote                     1.0889
//   chrome                         -1.4782
//   in-article                     -0.7051
//   heading                        -0.4749
//   caption                        0.6704
//   list-item                      0.3408
//   table-cell                     -1.805
//   depth                          -0.188
//   siblings                       1.5473
//   line-length                    0.0286
//   line-negative                  0.3739
//   page-negative                  -0.5108
//   page-candidates                -0.323
//   same-price                     -0.3246
//   price-big                      0.8291
//   price-small                    -0.0796
//   label-left                     0.0689
//   lang-other                     -0.7029
//   lang:en                        0.5389
//   lang:de                        -0.063
//   lang:fr                        0.328
//   lang:it                        -0.1702
//   lang:es                        0.3678
//   lang:nl                        0.4715
//   lang:pl                        0.7985
//   lang:sv                        -1.0674
//   lang:ja                        -0.5012
//   name-is-shop                   -0.2662
//   name-is-title                  -0.4488
//   holds-title                    -0.1486
//   record-lines                   1.5353
//   name-one-noun                  0.1514
//   name-sentence                  -0.6529
//   no-price*siblings              -1.2637
//   no-price*brand-known           -0.7831
//   no-price*url                   0.1804
//   no-price*one-noun              0.5625
//   price-range                    -0.9557
//   candidate-siblings             -0.1023
//   page-shop-links                0.1034
//   no-price*shop-links            -0.5129
//   no-price*page-unpriced         2.8375
//   no-price*candidate-siblings    0.5899
//   format:anchor-credit           0.2886
//   format:anchor-maker            -0.2785
//   format:anchor-runon            0.4039
//   maker-lead                     -1.8437
//   maker-tail                     -1.682
//   maker-inside                   -0.0578
//   maker-host                     0.8238
//   maker-read-known               -1.4121
//   no-price*brand-heading-run     2.3131
//   format:anchor-prose-brand      -0.1192
//   format:anchor-cjk              2.2693
//   name-hiragana                  -1.0452
//   name-cjk-punct                 -0.7889
//   name-cjk-quoted                0.431
//   name-cjk-editorial             -0.1951
//   name-cjk-holds-brand           -0.3032
//   format:anchor-group            -0.2388
//   in-record                      -0.2388
//   record-group-size              -0.1931
//   record-group-priced            0.0117
//   record-group-linked            -0.3327
//   record-seq                     0.0011
//   record-price                   0.0011
//   record-shop-link               -0.3579
//   record-buy                     -0.1917
//   record-brand-first             -0.2187
//   record-length                  -0.2531
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2388
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1191
//   anchor-group*name-proper       0.0354
//   name-used                      -1.572
//   shared-credit                  1.5261
//   headline-negative              -1.6782
//   format:anchor-own-shop         -0.0932
//   own-shop*slot                  0.4028
//   own-shop*url-repeats           0.4651
//   own-shop*page-slots            0.7555
//   own-shop*page-cart             -0.723
//   format:anchor-of-maker         0.4812
//   cue:first-person               -0.7351
//   cue:recommend                  -0.7227
//   cue:report                     -0.4573
//   format:anchor-possessive       -0.2635
//   used-goods                     -1.409
//   page-used-goods                -2.4423
//   block-run                      -0.994
//   block-short-offer              1.2868
//   format:anchor-block            -0.9159
//   format:anchor-maker-first      0.0255
//   cue:past-year                  -1.0362
//   cue:parted-or-warned           -0.874
//   format:anchor-maker-noun       0.6233

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1449
//   first-logit                    3.4148
//   same-parent-max                0.6058
//   same-parent-mean               -1.5782
//   same-grandparent-mean          2.3462
//   page-accepted-share            -2.1393
//   format-accepted-share          1.8211
//   no-price*same-parent-mean      0.1815
//   no-price*format-accepted-share -0.054
//   no-price*first-logit           -0.45

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.2069,1.4364,0.9702,-0.3984,-1.2294,-0.5341,0.5856,0.3019,-0.0514,-0.538,-1.0142,-0.2292,-1.8984,0.7301,0.0748,1.2456,0.5396,1.8245,-0.2161,0.072,0.2253,5.0389,1.7372,-0.2419,0.371,-0.2924,0.1594,0.8946,-0.6252,-1.0508,-0.0803,1.0889,-1.4782,-0.7051,-0.4749,0.6704,0.3408,-1.805,-0.188,1.5473,0.0286,0.3739,-0.5108,-0.323,-0.3246,0.8291,-0.0796,0.0689,-0.7029,0.5389,-0.063,0.328,-0.1702,0.3678,0.4715,0.7985,-1.0674,-0.5012,-0.2662,-0.4488,-0.1486,1.5353,0.1514,-0.6529,-1.2637,-0.7831,0.1804,0.5625,-0.9557,-0.1023,0.1034,-0.5129,2.8375,0.5899,0.2886,-0.2785,0.4039,-1.8437,-1.682,-0.0578,0.8238,-1.4121,2.3131,-0.1192,2.2693,-1.0452,-0.7889,0.431,-0.1951,-0.3032,-0.2388,-0.2388,-0.1931,0.0117,-0.3327,0.0011,0.0011,-0.3579,-0.1917,-0.2187,-0.2531,0,0,0,-0.2388,0,0,0.1191,0.0354,-1.572,1.5261,-1.6782,-0.0932,0.4028,0.4651,0.7555,-0.723,0.4812,-0.7351,-0.7227,-0.4573,-0.2635,-1.409,-2.4423,-0.994,1.2868,-0.9159,0.0255,-1.0362,-0.874,0.6233],"second":[0.1449,3.4148,0.6058,-1.5782,2.3462,-2.1393,1.8211,0.1815,-0.054,-0.45],"accept":0.5};
