// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1464 labelled pages (9746 candidates, 5378 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -10.1728
//   format:table                   0.9158
//   format:card                    1.0677
//   format:brand-then-line         -0.2965
//   format:heading                 -1.0806
//   format:name-then-price         -0.5242
//   format:caption                 0.6793
//   format:linked-prose            0.4693
//   format:anchor-line             0.2914
//   format:anchor-list             -0.3398
//   format:anchor-prose            -0.938
//   format:anchor-record           -0.3712
//   format:anchor-carry            -2.0054
//   format:anchor-link             0.6411
//   format:anchor-heading          -0.0233
//   format:anchor-heading-prose    -0.5896
//   evidence                       1.294
//   evidence>=4                    0.3689
//   price                          1.0829
//   retailer                       -0.3238
//   url                            0.1606
//   deep-url                       0.2638
//   brand                          5.1933
//   brand-known                    1.8128
//   brand-ambiguous                -0.1309
//   brand-caps                     0.2758
//   name-words                     -0.5247
//   name-long                      -0.3816
//   name-noun                      0.9178
//   name-caps                      -0.7558
//   name-lower-start               -0.9081
//   name-digits                    -0.1688
//   name-quote                     1.2745
//   chrome                         -1.4594
//   in-article                     0.2824
//   heading                        -0.6195
//   caption                        0.6838
//   list-item                      0.1279
//   table-cell                     -1.6509
//   depth                          0.2439
//   siblings                       1.388
//   line-length                    -0.0577
//   line-negative                  0.4242
//   page-negative                  -0.5479
//   page-candidates                0.0249
//   same-price                     -0.2826
//   price-big                      0.9006
//   price-small                    -0.4133
//   label-left                     -0.1513
//   lang-other                     -0.1859
//   lang:en                        0.4952
//   lang:de                        0.0071
//   lang:fr                        0.3052
//   lang:it                        -0.1533
//   lang:es                        -0.0119
//   lang:nl                        0.4084
//   lang:pl                        0.5326
//   lang:sv                        -0.7407
//   lang:ja                        -0.6566
//   name-is-shop                   -0.3934
//   name-is-title                  -0.425
//   holds-title                    0.2723
//   record-lines                   1.692
//   name-one-noun                  0.1582
//   name-sentence                  -0.7018
//   no-price*siblings              -1.43
//   no-price*brand-known           -0.936
//   no-price*url                   0.155
//   no-price*one-noun              0.5027
//   price-range                    -0.7573
//   candidate-siblings             -0.0918
//   page-shop-links                0.1981
//   no-price*shop-links            -0.8725
//   no-price*page-unpriced         2.4519
//   no-price*candidate-siblings    0.4209
//   format:anchor-credit           0.0449
//   format:anchor-maker            -0.314
//   format:anchor-runon            0.3168
//   maker-lead                     -1.9215
//   maker-tail                     -1.2572
//   maker-inside                   -0.0548
//   maker-host                     0.4657
//   maker-read-known               -0.6243
//   no-price*brand-heading-run     2.8265
//   format:anchor-prose-brand      -0.1679
//   format:anchor-lead             0.0039
//   format:anchor-cjk              1.6939
//   name-hiragana                  -1.6377
//   name-cjk-punct                 -0.8524
//   name-cjk-quoted                0.446
//   name-cjk-editorial             -0.7605
//   name-cjk-holds-brand           -0.1428
//   format:anchor-group            -0.1962
//   in-record                      -0.1962
//   record-group-size              -0.1195
//   record-group-priced            -0.0425
//   record-group-linked            -0.2032
//   record-seq                     -0.0753
//   record-price                   -0.1009
//   record-shop-link               -0.185
//   record-buy                     0.1816
//   record-brand-first             0.1995
//   record-length                  -0.1177
//   record-used                    0
//   record-size-label              0
//   record-group-used              -0.0073
//   record-group-distinct          -0.1962
//   page-used                      -0.0195
//   anchor-group*page-used         -0.0195
//   anchor-group*no-shop-link      -0.0112
//   anchor-group*name-proper       0.1334
//   name-used                      -1.3728
//   shared-credit                  1.011
//   headline-negative              -2.2643
//   format:anchor-own-shop         -0.3486
//   own-shop*slot                  0.4199
//   own-shop*url-repeats           0.5482
//   own-shop*page-slots            0.8409
//   own-shop*page-cart             -0.5947
//   format:anchor-of-maker         0.312
//   cue:first-person               -0.2296
//   cue:recommend                  -0.5094
//   cue:report                     0.3589
//   format:anchor-possessive       -0.2522
//   used-goods                     -1.172
//   page-used-goods                -1.9514
//   block-run                      -0.9848
//   block-short-offer              1.2964
//   format:anchor-block            -0.7732
//   format:anchor-maker-first      0.2794
//   cue:past-year                  -0.9424
//   cue:parted-or-warned           -0.2841
//   format:anchor-maker-noun       0.4874
//   page-recall-lines              -0.1437
//   page-recall-headline           -0.3629
//   page-unreleased-lines          0.1645
//   page-unreleased-headline       -0.8513
//   maker-section                  -0.1751
//   maker-section-h1               -0.775
//   maker-section-named            0.5013
//   maker-section-distance         0.0297
//   format:anchor-noun-maker       0.59
//   format:anchor-capital-maker    -0.1819
//   capital-maker:one-word         -0.6903
//   capital-maker:whole-run        0.1442
//   capital-maker:repeated         -0.1285
//   capital-maker:maker-after      -0.8806
//   capital-maker:known-in-line    -0.5742
//   maker-shop-price               -0.1999
//   maker-shop-list                -0.7793
//   list-item-maker                0.9343
//   format:anchor-maker-line       0.6847
//   maker-line:whole               0.1033
//   maker-line:numbered            0.4462
//   maker-line:in-list             -0.0753
//   maker-line:model               0.9384
//   maker-line:long-line           -0.3095
//   maker-near                     -0.0205
//   maker-near-tail                0.4615
//   maker-near-lines               -0.3685
//   maker-near-sentences           -0.4302
//   maker-near-others              -1.1482
//   maker-near-prices              0.3064
//   maker-near-page                -0.1243
//   maker-near-store               -0.4958
//   maker-near-name-caps           0.3254

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.124
//   first-logit                    3.3352
//   same-parent-max                0.4215
//   same-parent-mean               -1.4496
//   same-grandparent-mean          2.2162
//   page-accepted-share            -1.6987
//   format-accepted-share          1.6655
//   no-price*same-parent-mean      0.2915
//   no-price*format-accepted-share -0.2455
//   no-price*first-logit           -0.2988

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

export const DETECT_MODEL: DetectModel = {"weights":[-10.1728,0.9158,1.0677,-0.2965,-1.0806,-0.5242,0.6793,0.4693,0.2914,-0.3398,-0.938,-0.3712,-2.0054,0.6411,-0.0233,-0.5896,1.294,0.3689,1.0829,-0.3238,0.1606,0.2638,5.1933,1.8128,-0.1309,0.2758,-0.5247,-0.3816,0.9178,-0.7558,-0.9081,-0.1688,1.2745,-1.4594,0.2824,-0.6195,0.6838,0.1279,-1.6509,0.2439,1.388,-0.0577,0.4242,-0.5479,0.0249,-0.2826,0.9006,-0.4133,-0.1513,-0.1859,0.4952,0.0071,0.3052,-0.1533,-0.0119,0.4084,0.5326,-0.7407,-0.6566,-0.3934,-0.425,0.2723,1.692,0.1582,-0.7018,-1.43,-0.936,0.155,0.5027,-0.7573,-0.0918,0.1981,-0.8725,2.4519,0.4209,0.0449,-0.314,0.3168,-1.9215,-1.2572,-0.0548,0.4657,-0.6243,2.8265,-0.1679,0.0039,1.6939,-1.6377,-0.8524,0.446,-0.7605,-0.1428,-0.1962,-0.1962,-0.1195,-0.0425,-0.2032,-0.0753,-0.1009,-0.185,0.1816,0.1995,-0.1177,0,0,-0.0073,-0.1962,-0.0195,-0.0195,-0.0112,0.1334,-1.3728,1.011,-2.2643,-0.3486,0.4199,0.5482,0.8409,-0.5947,0.312,-0.2296,-0.5094,0.3589,-0.2522,-1.172,-1.9514,-0.9848,1.2964,-0.7732,0.2794,-0.9424,-0.2841,0.4874,-0.1437,-0.3629,0.1645,-0.8513,-0.1751,-0.775,0.5013,0.0297,0.59,-0.1819,-0.6903,0.1442,-0.1285,-0.8806,-0.5742,-0.1999,-0.7793,0.9343,0.6847,0.1033,0.4462,-0.0753,0.9384,-0.3095,-0.0205,0.4615,-0.3685,-0.4302,-1.1482,0.3064,-0.1243,-0.4958,0.3254],"second":[0.124,3.3352,0.4215,-1.4496,2.2162,-1.6987,1.6655,0.2915,-0.2455,-0.2988],"accept":0.5};
