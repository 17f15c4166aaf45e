// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1356 labelled pages (9138 candidates, 5077 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -10.1963
//   format:table                   1.3306
//   format:card                    0.9809
//   format:brand-then-line         -0.2979
//   format:heading                 -1.1258
//   format:name-then-price         -0.527
//   format:caption                 0.5037
//   format:linked-prose            0.3876
//   format:anchor-line             0.1715
//   format:anchor-list             -0.3293
//   format:anchor-prose            -0.851
//   format:anchor-record           -0.4169
//   format:anchor-carry            -1.9806
//   format:anchor-link             0.4746
//   format:anchor-heading          0
//   format:anchor-heading-prose    -0.5673
//   evidence                       1.3052
//   evidence>=4                    0.3093
//   price                          1.3135
//   retailer                       -0.2134
//   url                            0.1777
//   deep-url                       0.2183
//   brand                          5.1778
//   brand-known                    1.8121
//   brand-ambiguous                -0.2618
//   brand-caps                     0.3208
//   name-words                     -0.4286
//   name-long                      -0.2127
//   name-noun                      0.9656
//   name-caps                      -0.8639
//   name-lower-start               -1.0012
//   name-digits                    -0.1037
//   name-quote                     1.0946
//   chrome                         -1.483
//   in-article                     0.025
//   heading                        -0.5695
//   caption                        0.7447
//   list-item                      0.2423
//   table-cell                     -1.4667
//   depth                          -0.0221
//   siblings                       1.4752
//   line-length                    0.0223
//   line-negative                  0.4818
//   page-negative                  -0.5062
//   page-candidates                0.1173
//   same-price                     -0.3508
//   price-big                      0.9411
//   price-small                    -0.5359
//   label-left                     -0.1192
//   lang-other                     -0.6528
//   lang:en                        0.4417
//   lang:de                        -0.0118
//   lang:fr                        0.2308
//   lang:it                        -0.0575
//   lang:es                        0.2504
//   lang:nl                        0.4138
//   lang:pl                        0.6672
//   lang:sv                        -0.8201
//   lang:ja                        -0.4617
//   name-is-shop                   -0.0371
//   name-is-title                  -0.4539
//   holds-title                    0.2889
//   record-lines                   1.8701
//   name-one-noun                  0.1401
//   name-sentence                  -0.7578
//   no-price*siblings              -1.6231
//   no-price*brand-known           -0.8646
//   no-price*url                   0.1162
//   no-price*one-noun              0.5285
//   price-range                    -0.7004
//   candidate-siblings             -0.0247
//   page-shop-links                0.1798
//   no-price*shop-links            -0.9061
//   no-price*page-unpriced         2.6357
//   no-price*candidate-siblings    0.739
//   format:anchor-credit           0.0733
//   format:anchor-maker            -0.2773
//   format:anchor-runon            0.528
//   maker-lead                     -1.8223
//   maker-tail                     -1.4967
//   maker-inside                   -0.045
//   maker-host                     0.639
//   maker-read-known               -1.4275
//   no-price*brand-heading-run     2.9831
//   format:anchor-prose-brand      -0.1875
//   format:anchor-lead             -0.0962
//   format:anchor-cjk              1.8525
//   name-hiragana                  -1.3475
//   name-cjk-punct                 -1.0022
//   name-cjk-quoted                0.6183
//   name-cjk-editorial             0.007
//   name-cjk-holds-brand           -0.5296
//   format:anchor-group            -0.2062
//   in-record                      -0.2062
//   record-group-size              -0.1059
//   record-group-priced            -0.0384
//   record-group-linked            -0.2441
//   record-seq                     -0.0311
//   record-price                   -0.0572
//   record-shop-link               -0.1902
//   record-buy                     0.1927
//   record-brand-first             0.2365
//   record-length                  -0.1217
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2062
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      -0.016
//   anchor-group*name-proper       0.1617
//   name-used                      -1.5052
//   shared-credit                  1.1077
//   headline-negative              -2.0542
//   format:anchor-own-shop         -0.2933
//   own-shop*slot                  0.3544
//   own-shop*url-repeats           0.5429
//   own-shop*page-slots            0.8449
//   own-shop*page-cart             -0.6116
//   format:anchor-of-maker         0.2648
//   cue:first-person               -0.2089
//   cue:recommend                  -0.4918
//   cue:report                     0.2682
//   format:anchor-possessive       -0.4811
//   used-goods                     -1.3124
//   page-used-goods                -2.0403
//   block-run                      -1.048
//   block-short-offer              1.2718
//   format:anchor-block            -0.7535
//   format:anchor-maker-first      0.5559
//   cue:past-year                  -0.8
//   cue:parted-or-warned           -0.2488
//   format:anchor-maker-noun       0.4527
//   page-recall-lines              -0.2055
//   page-recall-headline           -0.4209
//   page-unreleased-lines          0.085
//   page-unreleased-headline       -0.9266
//   maker-section                  0.0923
//   maker-section-h1               -1.2473
//   maker-section-named            0.7205
//   maker-section-distance         0.2479
//   format:anchor-noun-maker       0.5689
//   format:anchor-capital-maker    -0.1905
//   capital-maker:one-word         -0.658
//   capital-maker:whole-run        0.2266
//   capital-maker:repeated         -0.0294
//   capital-maker:maker-after      -0.9137
//   capital-maker:known-in-line    -0.607
//   maker-shop-price               -0.1357
//   maker-shop-list                -0.703
//   list-item-maker                0.8425
//   format:anchor-maker-line       0.6858
//   maker-line:whole               0.1085
//   maker-line:numbered            0.4597
//   maker-line:in-list             -0.045
//   maker-line:model               0.7578
//   maker-line:long-line           -0.2758

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0725
//   first-logit                    3.3851
//   same-parent-max                0.5924
//   same-parent-mean               -1.5541
//   same-grandparent-mean          2.3261
//   page-accepted-share            -1.8573
//   format-accepted-share          1.6635
//   no-price*same-parent-mean      0.1967
//   no-price*format-accepted-share -0.0732
//   no-price*first-logit           -0.3625

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

export const DETECT_MODEL: DetectModel = {"weights":[-10.1963,1.3306,0.9809,-0.2979,-1.1258,-0.527,0.5037,0.3876,0.1715,-0.3293,-0.851,-0.4169,-1.9806,0.4746,0,-0.5673,1.3052,0.3093,1.3135,-0.2134,0.1777,0.2183,5.1778,1.8121,-0.2618,0.3208,-0.4286,-0.2127,0.9656,-0.8639,-1.0012,-0.1037,1.0946,-1.483,0.025,-0.5695,0.7447,0.2423,-1.4667,-0.0221,1.4752,0.0223,0.4818,-0.5062,0.1173,-0.3508,0.9411,-0.5359,-0.1192,-0.6528,0.4417,-0.0118,0.2308,-0.0575,0.2504,0.4138,0.6672,-0.8201,-0.4617,-0.0371,-0.4539,0.2889,1.8701,0.1401,-0.7578,-1.6231,-0.8646,0.1162,0.5285,-0.7004,-0.0247,0.1798,-0.9061,2.6357,0.739,0.0733,-0.2773,0.528,-1.8223,-1.4967,-0.045,0.639,-1.4275,2.9831,-0.1875,-0.0962,1.8525,-1.3475,-1.0022,0.6183,0.007,-0.5296,-0.2062,-0.2062,-0.1059,-0.0384,-0.2441,-0.0311,-0.0572,-0.1902,0.1927,0.2365,-0.1217,0,0,0,-0.2062,0,0,-0.016,0.1617,-1.5052,1.1077,-2.0542,-0.2933,0.3544,0.5429,0.8449,-0.6116,0.2648,-0.2089,-0.4918,0.2682,-0.4811,-1.3124,-2.0403,-1.048,1.2718,-0.7535,0.5559,-0.8,-0.2488,0.4527,-0.2055,-0.4209,0.085,-0.9266,0.0923,-1.2473,0.7205,0.2479,0.5689,-0.1905,-0.658,0.2266,-0.0294,-0.9137,-0.607,-0.1357,-0.703,0.8425,0.6858,0.1085,0.4597,-0.045,0.7578,-0.2758],"second":[0.0725,3.3851,0.5924,-1.5541,2.3261,-1.8573,1.6635,0.1967,-0.0732,-0.3625],"accept":0.5};
