// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1140 labelled pages (7980 candidates, 4512 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.776
//   format:table                   1.4308
//   format:card                    1.0416
//   format:brand-then-line         -0.5683
//   format:heading                 -1.1569
//   format:name-then-price         -0.4918
//   format:caption                 0.5183
//   format:linked-prose            0.3419
//   format:anchor-line             0.074
//   format:anchor-list             -0.5042
//   format:anchor-prose            -0.9273
//   format:anchor-record           -0.2408
//   format:anchor-carry            -1.8779
//   format:anchor-link             0.7124
//   format:anchor-heading          0.1065
//   evidence                       1.2217
//   evidence>=4                    0.5028
//   price                          1.7325
//   retailer                       -0.3006
//   url                            0.1597
//   deep-url                       0.2422
//   brand                          5.0517
//   brand-known                    1.7905
//   brand-ambiguous                -0.2407
//   brand-caps                     0.4096
//   name-words                     -0.3681
//   name-long                      -0.0593
//   name-noun                      0.971
//   name-caps                      -1.2089
//   name-lower-start               -1.0437
//   name-digits                    -0.0033
//   name-quote                     1.2303
//   chrome                         -1.5183
//   in-article                     -0.2904
//   heading                        -0.4445
//   caption                        0.8498
//   list-item                      0.3655
//   table-cell                     -1.649
//   depth                          -0.2146
//   siblings                       1.445
//   line-length                    0.022
//   line-negative                  0.2487
//   page-negative                  -0.3025
//   page-candidates                -0.2011
//   same-price                     -0.366
//   price-big                      0.7881
//   price-small                    -0.0582
//   label-left                     0.0481
//   lang-other                     -0.7956
//   lang:en                        0.4288
//   lang:de                        -0.1198
//   lang:fr                        0.3086
//   lang:it                        -0.1057
//   lang:es                        0.3455
//   lang:nl                        0.4805
//   lang:pl                        0.6786
//   lang:sv                        -1.0371
//   lang:ja                        -0.1837
//   name-is-shop                   -0.1977
//   name-is-title                  -0.3254
//   holds-title                    0.2636
//   record-lines                   1.7154
//   name-one-noun                  0.1022
//   name-sentence                  -0.6015
//   no-price*siblings              -1.2377
//   no-price*brand-known           -0.8592
//   no-price*url                   0.2322
//   no-price*one-noun              0.7363
//   price-range                    -0.7966
//   candidate-siblings             0.0229
//   page-shop-links                0.2054
//   no-price*shop-links            -0.6638
//   no-price*page-unpriced         2.7053
//   no-price*candidate-siblings    0.7359
//   format:anchor-credit           -0.0696
//   format:anchor-maker            -0.3122
//   format:anchor-runon            0.5661
//   maker-lead                     -1.8931
//   maker-tail                     -1.6662
//   maker-inside                   -0.0393
//   maker-host                     0.7858
//   maker-read-known               -1.7751
//   no-price*brand-heading-run     2.4952
//   format:anchor-prose-brand      -0.0007
//   format:anchor-cjk              2.0426
//   name-hiragana                  -1.3008
//   name-cjk-punct                 -1.0267
//   name-cjk-quoted                0.6765
//   name-cjk-editorial             -0.1855
//   name-cjk-holds-brand           -0.2822
//   format:anchor-group            -0.241
//   in-record                      -0.241
//   record-group-size              -0.2111
//   record-group-priced            0.0287
//   record-group-linked            -0.3559
//   record-seq                     0.0486
//   record-price                   0.0262
//   record-shop-link               -0.3107
//   record-buy                     -0.1715
//   record-brand-first             -0.2107
//   record-length                  -0.2426
//   record-used                    0
//   record-size-label              0
//   record-group-used              -0.002
//   record-group-distinct          -0.241
//   page-used                      -0.0014
//   anchor-group*page-used         -0.0014
//   anchor-group*no-shop-link      0.0697
//   anchor-group*name-proper       0.0772
//   name-used                      -1.5751
//   shared-credit                  1.2154
//   headline-negative              -2.026
//   format:anchor-own-shop         -0.0735
//   own-shop*slot                  0.3935
//   own-shop*url-repeats           0.5318
//   own-shop*page-slots            0.7829
//   own-shop*page-cart             -0.7046
//   format:anchor-of-maker         0.3852
//   cue:first-person               -0.6515
//   cue:recommend                  -0.5308
//   cue:report                     -0.3335
//   format:anchor-possessive       -0.3125
//   used-goods                     -1.3379
//   page-used-goods                -2.4597
//   block-run                      -0.899
//   block-short-offer              1.202
//   format:anchor-block            -0.8304
//   format:anchor-maker-first      0.1235
//   cue:past-year                  -0.913
//   cue:parted-or-warned           -0.8262
//   format:anchor-maker-noun       0.824
//   page-recall-lines              -0.1733
//   page-recall-headline           -0.3402
//   page-unreleased-lines          0.015
//   page-unreleased-headline       -0.9412
//   maker-section                  0.7713
//   maker-section-h1               -0.6936
//   maker-section-named            0.6948
//   maker-section-distance         0.4345

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1326
//   first-logit                    3.4768
//   same-parent-max                0.6064
//   same-parent-mean               -1.7674
//   same-grandparent-mean          2.4378
//   page-accepted-share            -2.0431
//   format-accepted-share          1.8442
//   no-price*same-parent-mean      0.2836
//   no-price*format-accepted-share -0.2054
//   no-price*first-logit           -0.4464

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.776,1.4308,1.0416,-0.5683,-1.1569,-0.4918,0.5183,0.3419,0.074,-0.5042,-0.9273,-0.2408,-1.8779,0.7124,0.1065,1.2217,0.5028,1.7325,-0.3006,0.1597,0.2422,5.0517,1.7905,-0.2407,0.4096,-0.3681,-0.0593,0.971,-1.2089,-1.0437,-0.0033,1.2303,-1.5183,-0.2904,-0.4445,0.8498,0.3655,-1.649,-0.2146,1.445,0.022,0.2487,-0.3025,-0.2011,-0.366,0.7881,-0.0582,0.0481,-0.7956,0.4288,-0.1198,0.3086,-0.1057,0.3455,0.4805,0.6786,-1.0371,-0.1837,-0.1977,-0.3254,0.2636,1.7154,0.1022,-0.6015,-1.2377,-0.8592,0.2322,0.7363,-0.7966,0.0229,0.2054,-0.6638,2.7053,0.7359,-0.0696,-0.3122,0.5661,-1.8931,-1.6662,-0.0393,0.7858,-1.7751,2.4952,-0.0007,2.0426,-1.3008,-1.0267,0.6765,-0.1855,-0.2822,-0.241,-0.241,-0.2111,0.0287,-0.3559,0.0486,0.0262,-0.3107,-0.1715,-0.2107,-0.2426,0,0,-0.002,-0.241,-0.0014,-0.0014,0.0697,0.0772,-1.5751,1.2154,-2.026,-0.0735,0.3935,0.5318,0.7829,-0.7046,0.3852,-0.6515,-0.5308,-0.3335,-0.3125,-1.3379,-2.4597,-0.899,1.202,-0.8304,0.1235,-0.913,-0.8262,0.824,-0.1733,-0.3402,0.015,-0.9412,0.7713,-0.6936,0.6948,0.4345],"second":[0.1326,3.4768,0.6064,-1.7674,2.4378,-2.0431,1.8442,0.2836,-0.2054,-0.4464],"accept":0.5};
