// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 996 labelled pages (7449 candidates, 4228 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.2386
//   format:table                   1.4248
//   format:card                    0.9577
//   format:brand-then-line         -0.3783
//   format:heading                 -1.2127
//   format:name-then-price         -0.5385
//   format:caption                 0.6195
//   format:linked-prose            0.2812
//   format:anchor-line             -0.0303
//   format:anchor-list             -0.5399
//   format:anchor-prose            -1.0005
//   format:anchor-record           -0.2333
//   format:anchor-carry            -1.8923
//   format:anchor-link             0.6887
//   format:anchor-heading          0.0767
//   evidence                       1.1781
//   evidence>=4                    0.5652
//   price                          1.807
//   retailer                       -0.224
//   url                            0.0837
//   deep-url                       0.2268
//   brand                          5.0411
//   brand-known                    1.7449
//   brand-ambiguous                -0.2573
//   brand-caps                     0.3805
//   name-words                     -0.2144
//   name-long                      0.0792
//   name-noun                      0.8821
//   name-caps                      -0.6378
//   name-lower-start               -1.0481
//   name-digits                    -0.08
//   name-quote                     1.0841
//   chrome                         -1.5145
//   in-article                     -0.7017
//   heading                        -0.4952
//   caption                        0.6652
//   list-item                      0.3624
//   table-cell                     -1.7896
//   depth                          -0.2262
//   siblings                       1.5229
//   line-length                    0.0277
//   line-negative                  0.23
//   page-negative                  -0.352
//   page-candidates                -0.2468
//   same-price                     -0.3204
//   price-big                      0.8402
//   price-small                    -0.0754
//   label-left                     0.1242
//   lang-other                     -0.7334
//   lang:en                        0.5187
//   lang:de                        -0.1036
//   lang:fr                        0.3292
//   lang:it                        -0.0801
//   lang:es                        0.3617
//   lang:nl                        0.5291
//   lang:pl                        0.7875
//   lang:sv                        -1.0785
//   lang:ja                        -0.5307
//   name-is-shop                   -0.2668
//   name-is-title                  -0.419
//   holds-title                    -0.045
//   record-lines                   1.5385
//   name-one-noun                  0.2057
//   name-sentence                  -0.6614
//   no-price*siblings              -1.1934
//   no-price*brand-known           -0.7748
//   no-price*url                   0.1505
//   no-price*one-noun              0.4847
//   price-range                    -0.949
//   candidate-siblings             -0.0914
//   page-shop-links                0.0913
//   no-price*shop-links            -0.6171
//   no-price*page-unpriced         2.8671
//   no-price*candidate-siblings    0.6595
//   format:anchor-credit           0.2852
//   format:anchor-maker            -0.3287
//   format:anchor-runon            0.4276
//   maker-lead                     -1.8567
//   maker-tail                     -1.6909
//   maker-inside                   -0.0583
//   maker-host                     0.7778
//   maker-read-known               -1.3984
//   no-price*brand-heading-run     2.227
//   format:anchor-prose-brand      -0.143
//   format:anchor-cjk              2.2759
//   name-hiragana                  -1.0285
//   name-cjk-punct                 -0.7994
//   name-cjk-quoted                0.4421
//   name-cjk-editorial             -0.189
//   name-cjk-holds-brand           -0.3008
//   format:anchor-group            -0.2396
//   in-record                      -0.2396
//   record-group-size              -0.2006
//   record-group-priced            0.0282
//   record-group-linked            -0.3515
//   record-seq                     0.022
//   record-price                   0.022
//   record-shop-link               -0.3542
//   record-buy                     -0.1816
//   record-brand-first             -0.2119
//   record-length                  -0.2459
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2396
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1146
//   anchor-group*name-proper       0.057
//   name-used                      -1.6305
//   shared-credit                  1.5142
//   headline-negative              -1.9519
//   format:anchor-own-shop         -0.1139
//   own-shop*slot                  0.4236
//   own-shop*url-repeats           0.4813
//   own-shop*page-slots            0.7303
//   own-shop*page-cart             -0.722
//   format:anchor-of-maker         0.5318
//   cue:first-person               -0.6971
//   cue:recommend                  -0.7825
//   cue:report                     -0.4853
//   format:anchor-possessive       -0.3028
//   used-goods                     -1.4273
//   page-used-goods                -2.3566
//   block-run                      -1.0172
//   block-short-offer              1.3053
//   format:anchor-block            -0.9115
//   format:anchor-maker-first      0.0386
//   cue:past-year                  -1.0063
//   cue:parted-or-warned           -0.8754
//   format:anchor-maker-noun       0.6343
//   page-recall-lines              -0.3073
//   page-recall-headline           -0.3795
//   page-unreleased-lines          0.1829
//   page-unreleased-headline       -0.9526

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1769
//   first-logit                    3.423
//   same-parent-max                0.565
//   same-parent-mean               -1.5303
//   same-grandparent-mean          2.3791
//   page-accepted-share            -2.2411
//   format-accepted-share          1.8488
//   no-price*same-parent-mean      0.1956
//   no-price*format-accepted-share -0.0617
//   no-price*first-logit           -0.4578

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.2386,1.4248,0.9577,-0.3783,-1.2127,-0.5385,0.6195,0.2812,-0.0303,-0.5399,-1.0005,-0.2333,-1.8923,0.6887,0.0767,1.1781,0.5652,1.807,-0.224,0.0837,0.2268,5.0411,1.7449,-0.2573,0.3805,-0.2144,0.0792,0.8821,-0.6378,-1.0481,-0.08,1.0841,-1.5145,-0.7017,-0.4952,0.6652,0.3624,-1.7896,-0.2262,1.5229,0.0277,0.23,-0.352,-0.2468,-0.3204,0.8402,-0.0754,0.1242,-0.7334,0.5187,-0.1036,0.3292,-0.0801,0.3617,0.5291,0.7875,-1.0785,-0.5307,-0.2668,-0.419,-0.045,1.5385,0.2057,-0.6614,-1.1934,-0.7748,0.1505,0.4847,-0.949,-0.0914,0.0913,-0.6171,2.8671,0.6595,0.2852,-0.3287,0.4276,-1.8567,-1.6909,-0.0583,0.7778,-1.3984,2.227,-0.143,2.2759,-1.0285,-0.7994,0.4421,-0.189,-0.3008,-0.2396,-0.2396,-0.2006,0.0282,-0.3515,0.022,0.022,-0.3542,-0.1816,-0.2119,-0.2459,0,0,0,-0.2396,0,0,0.1146,0.057,-1.6305,1.5142,-1.9519,-0.1139,0.4236,0.4813,0.7303,-0.722,0.5318,-0.6971,-0.7825,-0.4853,-0.3028,-1.4273,-2.3566,-1.0172,1.3053,-0.9115,0.0386,-1.0063,-0.8754,0.6343,-0.3073,-0.3795,0.1829,-0.9526],"second":[0.1769,3.423,0.565,-1.5303,2.3791,-2.2411,1.8488,0.1956,-0.0617,-0.4578],"accept":0.5};
