// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1284 labelled pages (8824 candidates, 4942 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.6976
//   format:table                   1.4796
//   format:card                    0.993
//   format:brand-then-line         -0.2873
//   format:heading                 -1.1175
//   format:name-then-price         -0.5023
//   format:caption                 0.3933
//   format:linked-prose            0.4223
//   format:anchor-line             0.1854
//   format:anchor-list             -0.38
//   format:anchor-prose            -0.8851
//   format:anchor-record           -0.3674
//   format:anchor-carry            -1.9294
//   format:anchor-link             0.8169
//   format:anchor-heading          0.0861
//   format:anchor-heading-prose    -0.5165
//   evidence                       1.3008
//   evidence>=4                    0.4204
//   price                          1.1725
//   retailer                       -0.2498
//   url                            0.1725
//   deep-url                       0.1906
//   brand                          5.1819
//   brand-known                    1.7436
//   brand-ambiguous                -0.2345
//   brand-caps                     0.3745
//   name-words                     -0.3557
//   name-long                      -0.0209
//   name-noun                      0.988
//   name-caps                      -0.863
//   name-lower-start               -0.9921
//   name-digits                    -0.0806
//   name-quote                     1.0322
//   chrome                         -1.5662
//   in-article                     -0.1632
//   heading                        -0.5448
//   caption                        0.8626
//   list-item                      0.2921
//   table-cell                     -1.3016
//   depth                          -0.3395
//   siblings                       1.4654
//   line-length                    0.0007
//   line-negative                  0.3477
//   page-negative                  -0.4185
//   page-candidates                0.0467
//   same-price                     -0.3473
//   price-big                      0.8993
//   price-small                    -0.4265
//   label-left                     -0.19
//   lang-other                     -0.6467
//   lang:en                        0.464
//   lang:de                        -0.0122
//   lang:fr                        0.25
//   lang:it                        -0.0949
//   lang:es                        0.2672
//   lang:nl                        0.5046
//   lang:pl                        0.6017
//   lang:sv                        -0.8415
//   lang:ja                        -0.492
//   name-is-shop                   -0.0375
//   name-is-title                  -0.4711
//   holds-title                    0.2404
//   record-lines                   1.8868
//   name-one-noun                  0.1383
//   name-sentence                  -0.9159
//   no-price*siblings              -1.5681
//   no-price*brand-known           -0.9984
//   no-price*url                   0.0214
//   no-price*one-noun              0.5028
//   price-range                    -0.7226
//   candidate-siblings             -0.0519
//   page-shop-links                0.1799
//   no-price*shop-links            -1.0368
//   no-price*page-unpriced         2.6636
//   no-price*candidate-siblings    0.942
//   format:anchor-credit           0.0334
//   format:anchor-maker            -0.2277
//   format:anchor-runon            0.3891
//   maker-lead                     -1.9056
//   maker-tail                     -1.5161
//   maker-inside                   -0.0481
//   maker-host                     0.6613
//   maker-read-known               -1.349
//   no-price*brand-heading-run     3.0531
//   format:anchor-prose-brand      -0.0377
//   format:anchor-lead             -0.17
//   format:anchor-cjk              1.964
//   name-hiragana                  -1.3297
//   name-cjk-punct                 -1.002
//   name-cjk-quoted                0.6587
//   name-cjk-editorial             0.0063
//   name-cjk-holds-brand           -0.5431
//   format:anchor-group            -0.2236
//   in-record                      -0.2236
//   record-group-size              -0.122
//   record-group-priced            -0.0048
//   record-group-linked            -0.291
//   record-seq                     0.0116
//   record-price                   -0.0141
//   record-shop-link               -0.1453
//   record-buy                     0.2153
//   record-brand-first             0.2454
//   record-length                  -0.1152
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2236
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      -0.0783
//   anchor-group*name-proper       0.1586
//   name-used                      -1.5484
//   shared-credit                  1.1326
//   headline-negative              -2.0415
//   format:anchor-own-shop         -0.2886
//   own-shop*slot                  0.3967
//   own-shop*url-repeats           0.5175
//   own-shop*page-slots            0.9522
//   own-shop*page-cart             -0.6572
//   format:anchor-of-maker         0.1743
//   cue:first-person               -0.3362
//   cue:recommend                  -0.6334
//   cue:report                     -0.2558
//   format:anchor-possessive       -0.4432
//   used-goods                     -1.3419
//   page-used-goods                -2.0531
//   block-run                      -1.0469
//   block-short-offer              1.2975
//   format:anchor-block            -0.7537
//   format:anchor-maker-first      0.4303
//   cue:past-year                  -0.8634
//   cue:parted-or-warned           -0.68
//   format:anchor-maker-noun       0.5264
//   page-recall-lines              -0.1619
//   page-recall-headline           -0.3122
//   page-unreleased-lines          0.025
//   page-unreleased-headline       -0.9652
//   maker-section                  0.09
//   maker-section-h1               -1.2482
//   maker-section-named            0.6965
//   maker-section-distance         0.2412
//   format:anchor-noun-maker       0.5524
//   format:anchor-capital-maker    0.0086
//   capital-maker:one-word         -0.9365
//   capital-maker:whole-run        0.0113
//   capital-maker:repeated         -0.3175
//   capital-maker:maker-after      -0.4259
//   capital-maker:known-in-line    -0.4078
//   maker-shop-price               -0.0895
//   maker-shop-list                -0.4667
//   list-item-maker                0.6703

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1241
//   first-logit                    3.3676
//   same-parent-max                0.4096
//   same-parent-mean               -1.3274
//   same-grandparent-mean          2.2176
//   page-accepted-share            -1.9468
//   format-accepted-share          1.8042
//   no-price*same-parent-mean      0.2218
//   no-price*format-accepted-share -0.1164
//   no-price*first-logit           -0.3727

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.6976,1.4796,0.993,-0.2873,-1.1175,-0.5023,0.3933,0.4223,0.1854,-0.38,-0.8851,-0.3674,-1.9294,0.8169,0.0861,-0.5165,1.3008,0.4204,1.1725,-0.2498,0.1725,0.1906,5.1819,1.7436,-0.2345,0.3745,-0.3557,-0.0209,0.988,-0.863,-0.9921,-0.0806,1.0322,-1.5662,-0.1632,-0.5448,0.8626,0.2921,-1.3016,-0.3395,1.4654,0.0007,0.3477,-0.4185,0.0467,-0.3473,0.8993,-0.4265,-0.19,-0.6467,0.464,-0.0122,0.25,-0.0949,0.2672,0.5046,0.6017,-0.8415,-0.492,-0.0375,-0.4711,0.2404,1.8868,0.1383,-0.9159,-1.5681,-0.9984,0.0214,0.5028,-0.7226,-0.0519,0.1799,-1.0368,2.6636,0.942,0.0334,-0.2277,0.3891,-1.9056,-1.5161,-0.0481,0.6613,-1.349,3.0531,-0.0377,-0.17,1.964,-1.3297,-1.002,0.6587,0.0063,-0.5431,-0.2236,-0.2236,-0.122,-0.0048,-0.291,0.0116,-0.0141,-0.1453,0.2153,0.2454,-0.1152,0,0,0,-0.2236,0,0,-0.0783,0.1586,-1.5484,1.1326,-2.0415,-0.2886,0.3967,0.5175,0.9522,-0.6572,0.1743,-0.3362,-0.6334,-0.2558,-0.4432,-1.3419,-2.0531,-1.0469,1.2975,-0.7537,0.4303,-0.8634,-0.68,0.5264,-0.1619,-0.3122,0.025,-0.9652,0.09,-1.2482,0.6965,0.2412,0.5524,0.0086,-0.9365,0.0113,-0.3175,-0.4259,-0.4078,-0.0895,-0.4667,0.6703],"second":[0.1241,3.3676,0.4096,-1.3274,2.2176,-1.9468,1.8042,0.2218,-0.1164,-0.3727],"accept":0.5};
