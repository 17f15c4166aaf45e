// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1356 labelled pages (9150 candidates, 5095 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -10.2488
//   format:table                   1.3181
//   format:card                    1.0831
//   format:brand-then-line         -0.2532
//   format:heading                 -1.053
//   format:name-then-price         -0.4864
//   format:caption                 0.6449
//   format:linked-prose            0.4588
//   format:anchor-line             0.2891
//   format:anchor-list             -0.2883
//   format:anchor-prose            -0.8244
//   format:anchor-record           -0.3339
//   format:anchor-carry            -2.0068
//   format:anchor-link             0.543
//   format:anchor-heading          0.0018
//   format:anchor-heading-prose    -0.5547
//   evidence                       1.2497
//   evidence>=4                    0.3461
//   price                          1.2961
//   retailer                       -0.2992
//   url                            0.1818
//   deep-url                       0.2202
//   brand                          5.2178
//   brand-known                    1.8322
//   brand-ambiguous                -0.2134
//   brand-caps                     0.2645
//   name-words                     -0.4829
//   name-long                      -0.1492
//   name-noun                      0.98
//   name-caps                      -0.852
//   name-lower-start               -0.9375
//   name-digits                    -0.1195
//   name-quote                     1.2354
//   chrome                         -1.4497
//   in-article                     0.1017
//   heading                        -0.5645
//   caption                        0.8068
//   list-item                      0.1893
//   table-cell                     -1.435
//   depth                          0.04
//   siblings                       1.4074
//   line-length                    -0.017
//   line-negative                  0.4398
//   page-negative                  -0.5205
//   page-candidates                0.1276
//   same-price                     -0.3117
//   price-big                      0.8799
//   price-small                    -0.5151
//   label-left                     -0.1296
//   lang-other                     -0.2979
//   lang:en                        0.4249
//   lang:de                        -0.0249
//   lang:fr                        0.2156
//   lang:it                        -0.0976
//   lang:es                        0.2094
//   lang:nl                        0.3576
//   lang:pl                        0.5948
//   lang:sv                        -0.8047
//   lang:ja                        -0.5772
//   name-is-shop                   -0.0543
//   name-is-title                  -0.4594
//   holds-title                    0.2841
//   record-lines                   1.7836
//   name-one-noun                  0.1576
//   name-sentence                  -0.7701
//   no-price*siblings              -1.5345
//   no-price*brand-known           -0.9501
//   no-price*url                   0.1523
//   no-price*one-noun              0.4789
//   price-range                    -0.778
//   candidate-siblings             -0.0161
//   page-shop-links                0.1486
//   no-price*shop-links            -0.8747
//   no-price*page-unpriced         2.5936
//   no-price*candidate-siblings    0.7522
//   format:anchor-credit           0.0738
//   format:anchor-maker            -0.3042
//   format:anchor-runon            0.5036
//   maker-lead                     -1.8828
//   maker-tail                     -1.3309
//   maker-inside                   -0.0708
//   maker-host                     0.5225
//   maker-read-known               -0.672
//   no-price*brand-heading-run     3.0274
//   format:anchor-prose-brand      -0.1245
//   format:anchor-lead             0.0067
//   format:anchor-cjk              1.7047
//   name-hiragana                  -1.4738
//   name-cjk-punct                 -0.9436
//   name-cjk-quoted                0.717
//   name-cjk-editorial             -0.8484
//   name-cjk-holds-brand           -0.2758
//   format:anchor-group            -0.1972
//   in-record                      -0.1972
//   record-group-size              -0.1102
//   record-group-priced            -0.0306
//   record-group-linked            -0.2246
//   record-seq                     -0.035
//   record-price                   -0.0623
//   record-shop-link               -0.158
//   record-buy                     0.2007
//   record-brand-first             0.2327
//   record-length                  -0.1113
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.1972
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      -0.0392
//   anchor-group*name-proper       0.16
//   name-used                      -1.4603
//   shared-credit                  0.987
//   headline-negative              -2.2357
//   format:anchor-own-shop         -0.2568
//   own-shop*slot                  0.3999
//   own-shop*url-repeats           0.5652
//   own-shop*page-slots            0.8535
//   own-shop*page-cart             -0.6338
//   format:anchor-of-maker         0.2588
//   cue:first-person               -0.1968
//   cue:recommend                  -0.4749
//   cue:report                     0.3218
//   format:anchor-possessive       -0.42
//   used-goods                     -1.2658
//   page-used-goods                -2.0066
//   block-run                      -1.1268
//   block-short-offer              1.3524
//   format:anchor-block            -0.7547
//   format:anchor-maker-first      0.5567
//   cue:past-year                  -0.8847
//   cue:parted-or-warned           -0.2469
//   format:anchor-maker-noun       0.4737
//   page-recall-lines              -0.1387
//   page-recall-headline           -0.3522
//   page-unreleased-lines          0.1236
//   page-unreleased-headline       -0.8946
//   maker-section                  -0.3737
//   maker-section-h1               -1.1804
//   maker-section-named            0.7624
//   maker-section-distance         0.0783
//   format:anchor-noun-maker       0.5534
//   format:anchor-capital-maker    -0.1841
//   capital-maker:one-word         -0.6675
//   capital-maker:whole-run        0.2162
//   capital-maker:repeated         -0.077
//   capital-maker:maker-after      -0.9116
//   capital-maker:known-in-line    -0.5912
//   maker-shop-price               -0.2205
//   maker-shop-list                -0.7771
//   list-item-maker                0.8343

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1184
//   first-logit                    3.3025
//   same-parent-max                0.4225
//   same-parent-mean               -1.3521
//   same-grandparent-mean          2.1507
//   page-accepted-share            -1.8613
//   format-accepted-share          1.7845
//   no-price*same-parent-mean      0.2623
//   no-price*format-accepted-share -0.1646
//   no-price*first-logit           -0.2708

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

export const DETECT_MODEL: DetectModel = {"weights":[-10.2488,1.3181,1.0831,-0.2532,-1.053,-0.4864,0.6449,0.4588,0.2891,-0.2883,-0.8244,-0.3339,-2.0068,0.543,0.0018,-0.5547,1.2497,0.3461,1.2961,-0.2992,0.1818,0.2202,5.2178,1.8322,-0.2134,0.2645,-0.4829,-0.1492,0.98,-0.852,-0.9375,-0.1195,1.2354,-1.4497,0.1017,-0.5645,0.8068,0.1893,-1.435,0.04,1.4074,-0.017,0.4398,-0.5205,0.1276,-0.3117,0.8799,-0.5151,-0.1296,-0.2979,0.4249,-0.0249,0.2156,-0.0976,0.2094,0.3576,0.5948,-0.8047,-0.5772,-0.0543,-0.4594,0.2841,1.7836,0.1576,-0.7701,-1.5345,-0.9501,0.1523,0.4789,-0.778,-0.0161,0.1486,-0.8747,2.5936,0.7522,0.0738,-0.3042,0.5036,-1.8828,-1.3309,-0.0708,0.5225,-0.672,3.0274,-0.1245,0.0067,1.7047,-1.4738,-0.9436,0.717,-0.8484,-0.2758,-0.1972,-0.1972,-0.1102,-0.0306,-0.2246,-0.035,-0.0623,-0.158,0.2007,0.2327,-0.1113,0,0,0,-0.1972,0,0,-0.0392,0.16,-1.4603,0.987,-2.2357,-0.2568,0.3999,0.5652,0.8535,-0.6338,0.2588,-0.1968,-0.4749,0.3218,-0.42,-1.2658,-2.0066,-1.1268,1.3524,-0.7547,0.5567,-0.8847,-0.2469,0.4737,-0.1387,-0.3522,0.1236,-0.8946,-0.3737,-1.1804,0.7624,0.0783,0.5534,-0.1841,-0.6675,0.2162,-0.077,-0.9116,-0.5912,-0.2205,-0.7771,0.8343],"second":[0.1184,3.3025,0.4225,-1.3521,2.1507,-1.8613,1.7845,0.2623,-0.1646,-0.2708],"accept":0.5};
