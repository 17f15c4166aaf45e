// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1356 labelled pages (9137 candidates, 5077 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -10.1662
//   format:table                   1.3295
//   format:card                    0.9805
//   format:brand-then-line         -0.2997
//   format:heading                 -1.1256
//   format:name-then-price         -0.5278
//   format:caption                 0.4986
//   format:linked-prose            0.3866
//   format:anchor-line             0.1692
//   format:anchor-list             -0.3351
//   format:anchor-prose            -0.8528
//   format:anchor-record           -0.4182
//   format:anchor-carry            -1.9818
//   format:anchor-link             0.4732
//   format:anchor-heading          -0.0004
//   format:anchor-heading-prose    -0.5692
//   evidence                       1.303
//   evidence>=4                    0.3098
//   price                          1.304
//   retailer                       -0.2151
//   url                            0.1783
//   deep-url                       0.2181
//   brand                          5.1784
//   brand-known                    1.812
//   brand-ambiguous                -0.2635
//   brand-caps                     0.3201
//   name-words                     -0.4308
//   name-long                      -0.2094
//   name-noun                      0.9636
//   name-caps                      -0.8663
//   name-lower-start               -1.0014
//   name-digits                    -0.1051
//   name-quote                     1.095
//   chrome                         -1.4837
//   in-article                     0.0232
//   heading                        -0.5717
//   caption                        0.7499
//   list-item                      0.2441
//   table-cell                     -1.4759
//   depth                          -0.0235
//   siblings                       1.4763
//   line-length                    0.0144
//   line-negative                  0.4834
//   page-negative                  -0.5101
//   page-candidates                0.1103
//   same-price                     -0.3504
//   price-big                      0.9414
//   price-small                    -0.5351
//   label-left                     -0.1203
//   lang-other                     -0.6537
//   lang:en                        0.4423
//   lang:de                        -0.0114
//   lang:fr                        0.2317
//   lang:it                        -0.0571
//   lang:es                        0.2509
//   lang:nl                        0.4123
//   lang:pl                        0.6657
//   lang:sv                        -0.8203
//   lang:ja                        -0.4604
//   name-is-shop                   -0.038
//   name-is-title                  -0.4549
//   holds-title                    0.2895
//   record-lines                   1.8677
//   name-one-noun                  0.1392
//   name-sentence                  -0.7577
//   no-price*siblings              -1.6331
//   no-price*brand-known           -0.8639
//   no-price*url                   0.108
//   no-price*one-noun              0.5286
//   price-range                    -0.7019
//   candidate-siblings             -0.0248
//   page-shop-links                0.1824
//   no-price*shop-links            -0.8843
//   no-price*page-unpriced         2.6297
//   no-price*candidate-siblings    0.7374
//   format:anchor-credit           0.0685
//   format:anchor-maker            -0.2793
//   format:anchor-runon            0.5242
//   maker-lead                     -1.8226
//   maker-tail                     -1.4971
//   maker-inside                   -0.045
//   maker-host                     0.6384
//   maker-read-known               -1.4278
//   no-price*brand-heading-run     2.9837
//   format:anchor-prose-brand      -0.1903
//   format:anchor-lead             -0.102
//   format:anchor-cjk              1.8511
//   name-hiragana                  -1.3464
//   name-cjk-punct                 -1.0016
//   name-cjk-quoted                0.6154
//   name-cjk-editorial             0.0063
//   name-cjk-holds-brand           -0.5301
//   format:anchor-group            -0.2068
//   in-record                      -0.2068
//   record-group-size              -0.106
//   record-group-priced            -0.0384
//   record-group-linked            -0.2447
//   record-seq                     -0.0311
//   record-price                   -0.0574
//   record-shop-link               -0.1905
//   record-buy                     0.1925
//   record-brand-first             0.2365
//   record-length                  -0.122
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2068
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      -0.0163
//   anchor-group*name-proper       0.1597
//   name-used                      -1.5042
//   shared-credit                  1.1071
//   headline-negative              -2.053
//   format:anchor-own-shop         -0.2896
//   own-shop*slot                  0.3529
//   own-shop*url-repeats           0.5438
//   own-shop*page-slots            0.8446
//   own-shop*page-cart             -0.6124
//   format:anchor-of-maker         0.2636
//   cue:first-person               -0.2074
//   cue:recommend                  -0.4906
//   cue:report                     0.2674
//   format:anchor-possessive       -0.484
//   used-goods                     -1.3121
//   page-used-goods                -2.0366
//   block-run                      -1.0441
//   block-short-offer              1.2708
//   format:anchor-block            -0.7553
//   format:anchor-maker-first      0.5523
//   cue:past-year                  -0.8017
//   cue:parted-or-warned           -0.2487
//   format:anchor-maker-noun       0.4507
//   page-recall-lines              -0.2048
//   page-recall-headline           -0.4205
//   page-unreleased-lines          0.0871
//   page-unreleased-headline       -0.9257
//   maker-section                  0.0916
//   maker-section-h1               -1.2466
//   maker-section-named            0.72
//   maker-section-distance         0.2476
//   format:anchor-noun-maker       0.5679
//   format:anchor-capital-maker    -0.189
//   capital-maker:one-word         -0.6578
//   capital-maker:whole-run        0.2265
//   capital-maker:repeated         -0.0297
//   capital-maker:maker-after      -0.9135
//   capital-maker:known-in-line    -0.6084
//   maker-shop-price               -0.1351
//   maker-shop-list                -0.7033
//   list-item-maker                0.843
//   format:anchor-maker-line       0.7349
//   maker-line:whole               0.1846
//   maker-line:numbered            0.4382
//   maker-line:in-list             -0.095
//   maker-line:model               0.9526
//   maker-line:long-line           -0.314

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0752
//   first-logit                    3.3861
//   same-parent-max                0.5904
//   same-parent-mean               -1.5497
//   same-grandparent-mean          2.3206
//   page-accepted-share            -1.8585
//   format-accepted-share          1.6639
//   no-price*same-parent-mean      0.1871
//   no-price*format-accepted-share -0.0617
//   no-price*first-logit           -0.3584

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

export const DETECT_MODEL: DetectModel = {"weights":[-10.1662,1.3295,0.9805,-0.2997,-1.1256,-0.5278,0.4986,0.3866,0.1692,-0.3351,-0.8528,-0.4182,-1.9818,0.4732,-0.0004,-0.5692,1.303,0.3098,1.304,-0.2151,0.1783,0.2181,5.1784,1.812,-0.2635,0.3201,-0.4308,-0.2094,0.9636,-0.8663,-1.0014,-0.1051,1.095,-1.4837,0.0232,-0.5717,0.7499,0.2441,-1.4759,-0.0235,1.4763,0.0144,0.4834,-0.5101,0.1103,-0.3504,0.9414,-0.5351,-0.1203,-0.6537,0.4423,-0.0114,0.2317,-0.0571,0.2509,0.4123,0.6657,-0.8203,-0.4604,-0.038,-0.4549,0.2895,1.8677,0.1392,-0.7577,-1.6331,-0.8639,0.108,0.5286,-0.7019,-0.0248,0.1824,-0.8843,2.6297,0.7374,0.0685,-0.2793,0.5242,-1.8226,-1.4971,-0.045,0.6384,-1.4278,2.9837,-0.1903,-0.102,1.8511,-1.3464,-1.0016,0.6154,0.0063,-0.5301,-0.2068,-0.2068,-0.106,-0.0384,-0.2447,-0.0311,-0.0574,-0.1905,0.1925,0.2365,-0.122,0,0,0,-0.2068,0,0,-0.0163,0.1597,-1.5042,1.1071,-2.053,-0.2896,0.3529,0.5438,0.8446,-0.6124,0.2636,-0.2074,-0.4906,0.2674,-0.484,-1.3121,-2.0366,-1.0441,1.2708,-0.7553,0.5523,-0.8017,-0.2487,0.4507,-0.2048,-0.4205,0.0871,-0.9257,0.0916,-1.2466,0.72,0.2476,0.5679,-0.189,-0.6578,0.2265,-0.0297,-0.9135,-0.6084,-0.1351,-0.7033,0.843,0.7349,0.1846,0.4382,-0.095,0.9526,-0.314],"second":[0.0752,3.3861,0.5904,-1.5497,2.3206,-1.8585,1.6639,0.1871,-0.0617,-0.3584],"accept":0.5};
