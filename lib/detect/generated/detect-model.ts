// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 744 labelled pages (5845 candidates, 3407 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.5566
//   format:table                   0.8849
//   format:card                    0.7655
//   format:brand-then-line         -0.0286
//   format:heading                 -0.9265
//   format:name-then-price         -0.1707
//   format:caption                 0.3643
//   format:linked-prose            0.283
//   format:anchor-line             -0.0257
//   format:anchor-list             -0.1126
//   format:anchor-prose            -1.0865
//   format:anchor-record           0.2587
//   format:anchor-carry            -1.364
//   format:anchor-link             0.5086
//   format:anchor-heading          0.1749
//   evidence                       0.9828
//   evidence>=4                    0.621
//   price                          1.3546
//   retailer                       -0.1483
//   url                            0.2133
//   deep-url                       0.194
//   brand                          3.5792
//   brand-known                    2.0126
//   brand-ambiguous                -0.14
//   brand-caps                     0.2258
//   name-words                     -0.3502
//   name-long                      -0.4467
//   name-noun                      0.7743
//   name-caps                      -0.551
//   name-lower-start               -1.139
//   name-digits                    0.2765
//   name-quote                     0.3819
//   chrome                         -0.8915
//   in-article                     -0.1613
//   heading                        -0.3418
//   caption                        0.4506
//   list-item                      -0.1638
//   table-cell                     -0.0432
//   depth                          0.6202
//   siblings                       1.1326
//   line-length                    0.4521
//   line-negative                  -0.058
//   page-negative                  -0.5625
//   page-candidates                -0.5174
//   same-price                     -0.2648
//   price-big                      0.5711
//   price-small                    0.0139
//   label-left                     0.1622
//   lang-other                     -1.2632
//   lang:en                        0.5264
//   lang:de                        0.0169
//   lang:fr                        0.4333
//   lang:it                        -0.582
//   lang:es                        0.1641
//   lang:nl                        0.5806
//   lang:pl                        0.5459
//   lang:sv                        -0.421
//   lang:ja                        -0.0011
//   name-is-shop                   -0.3183
//   name-is-title                  -0.0052
//   holds-title                    0.0431
//   record-lines                   0.9957
//   name-one-noun                  0.4237
//   name-sentence                  -0.7809
//   no-price*siblings              -1.2185
//   no-price*brand-known           -1.0332
//   no-price*url                   0.1048
//   no-price*one-noun              0.6002
//   price-range                    -0.4237
//   candidate-siblings             0.102
//   page-shop-links                0.3082
//   no-price*shop-links            -0.757
//   no-price*page-unpriced         2.804
//   no-price*candidate-siblings    0.0637
//   format:anchor-credit           0.2655
//   format:anchor-maker            0.1804
//   format:anchor-runon            0.3611
//   maker-lead                     -1.3435
//   maker-tail                     -1.3817
//   maker-inside                   -0.0749
//   maker-read-known               -1.0076
//   no-price*brand-heading-run     1.4191
//   format:anchor-prose-brand      -0.3254
//   format:anchor-cjk              1.1476
//   name-hiragana                  -0.8935
//   name-cjk-punct                 -0.3157
//   name-cjk-quoted                0.8653
//   name-cjk-editorial             -0.48
//   name-cjk-holds-brand           -0.2129
//   format:anchor-group            -0.0944
//   in-record                      -0.0944
//   record-group-size              -0.0739
//   record-group-priced            0.0293
//   record-group-linked            -0.1666
//   record-seq                     0.0191
//   record-price                   0.0191
//   record-shop-link               -0.179
//   record-buy                     -0.1086
//   record-brand-first             -0.1206
//   record-length                  -0.0866
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.0944
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0846
//   anchor-group*name-proper       -0.1136
//   name-used                      -0.8112
//   shared-credit                  0.9375
//   headline-negative              -0.3662
//   format:anchor-own-shop         -0.0239
//   own-shop*slot                  0.4111
//   own-shop*url-repeats           0.1934
//   own-shop*page-slots            0.6109
//   own-shop*page-cart             -0.2735
//   format:anchor-of-maker         -0.5112
//   cue:first-person               -0.0764
//   cue:recommend                  -0.2247
//   cue:report                     -0.0444
//   format:anchor-possessive       -0.1001
//   used-goods                     -0.6654
//   page-used-goods                -0.8207
//   block-run                      -0.4937
//   block-short-offer              0.8813
//   format:anchor-block            -0.6184
//   format:anchor-maker-first      0.1935
//   cue:past-year                  -0.6559
//   cue:parted-or-warned           -0.5384

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0097
//   first-logit                    3.5074
//   same-parent-max                0.7162
//   same-parent-mean               -1.4032
//   same-grandparent-mean          1.723
//   page-accepted-share            -2.0362
//   format-accepted-share          2.0463
//   no-price*same-parent-mean      0.2574
//   no-price*format-accepted-share 0.2241
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

export const DETECT_MODEL: DetectModel = {"weights":[-8.5566,0.8849,0.7655,-0.0286,-0.9265,-0.1707,0.3643,0.283,-0.0257,-0.1126,-1.0865,0.2587,-1.364,0.5086,0.1749,0.9828,0.621,1.3546,-0.1483,0.2133,0.194,3.5792,2.0126,-0.14,0.2258,-0.3502,-0.4467,0.7743,-0.551,-1.139,0.2765,0.3819,-0.8915,-0.1613,-0.3418,0.4506,-0.1638,-0.0432,0.6202,1.1326,0.4521,-0.058,-0.5625,-0.5174,-0.2648,0.5711,0.0139,0.1622,-1.2632,0.5264,0.0169,0.4333,-0.582,0.1641,0.5806,0.5459,-0.421,-0.0011,-0.3183,-0.0052,0.0431,0.9957,0.4237,-0.7809,-1.2185,-1.0332,0.1048,0.6002,-0.4237,0.102,0.3082,-0.757,2.804,0.0637,0.2655,0.1804,0.3611,-1.3435,-1.3817,-0.0749,-1.0076,1.4191,-0.3254,1.1476,-0.8935,-0.3157,0.8653,-0.48,-0.2129,-0.0944,-0.0944,-0.0739,0.0293,-0.1666,0.0191,0.0191,-0.179,-0.1086,-0.1206,-0.0866,0,0,0,-0.0944,0,0,0.0846,-0.1136,-0.8112,0.9375,-0.3662,-0.0239,0.4111,0.1934,0.6109,-0.2735,-0.5112,-0.0764,-0.2247,-0.0444,-0.1001,-0.6654,-0.8207,-0.4937,0.8813,-0.6184,0.1935,-0.6559,-0.5384],"second":[0.0097,3.5074,0.7162,-1.4032,1.723,-2.0362,2.0463,0.2574,0.2241,-0.0407],"accept":0.5};
