// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1356 labelled pages (9143 candidates, 5088 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -10.2293
//   format:table                   1.3181
//   format:card                    1.0878
//   format:brand-then-line         -0.2493
//   format:heading                 -1.0505
//   format:name-then-price         -0.486
//   format:caption                 0.6457
//   format:linked-prose            0.4563
//   format:anchor-line             0.2914
//   format:anchor-list             -0.2862
//   format:anchor-prose            -0.8249
//   format:anchor-record           -0.3319
//   format:anchor-carry            -2.0073
//   format:anchor-link             0.5382
//   format:anchor-heading          0.0033
//   format:anchor-heading-prose    -0.5536
//   evidence                       1.2355
//   evidence>=4                    0.3498
//   price                          1.2928
//   retailer                       -0.2981
//   url                            0.1829
//   deep-url                       0.2212
//   brand                          5.2174
//   brand-known                    1.8331
//   brand-ambiguous                -0.2144
//   brand-caps                     0.2643
//   name-words                     -0.4863
//   name-long                      -0.1562
//   name-noun                      0.9776
//   name-caps                      -0.8524
//   name-lower-start               -0.936
//   name-digits                    -0.1201
//   name-quote                     1.2343
//   chrome                         -1.4502
//   in-article                     0.0992
//   heading                        -0.5687
//   caption                        0.8055
//   list-item                      0.1887
//   table-cell                     -1.4346
//   depth                          0.0369
//   siblings                       1.4081
//   line-length                    -0.0167
//   line-negative                  0.438
//   page-negative                  -0.5216
//   page-candidates                0.1282
//   same-price                     -0.3109
//   price-big                      0.8876
//   price-small                    -0.5148
//   label-left                     -0.1302
//   lang-other                     -0.2958
//   lang:en                        0.4243
//   lang:de                        -0.0272
//   lang:fr                        0.214
//   lang:it                        -0.0994
//   lang:es                        0.2083
//   lang:nl                        0.3558
//   lang:pl                        0.6064
//   lang:sv                        -0.805
//   lang:ja                        -0.5814
//   name-is-shop                   -0.0533
//   name-is-title                  -0.4597
//   holds-title                    0.2843
//   record-lines                   1.7829
//   name-one-noun                  0.1575
//   name-sentence                  -0.7716
//   no-price*siblings              -1.5322
//   no-price*brand-known           -0.9508
//   no-price*url                   0.1503
//   no-price*one-noun              0.4694
//   price-range                    -0.7783
//   candidate-siblings             -0.0173
//   page-shop-links                0.148
//   no-price*shop-links            -0.8758
//   no-price*page-unpriced         2.5949
//   no-price*candidate-siblings    0.7492
//   format:anchor-credit           0.0704
//   format:anchor-maker            -0.3026
//   format:anchor-runon            0.5028
//   maker-lead                     -1.8831
//   maker-tail                     -1.3305
//   maker-inside                   -0.0706
//   maker-host                     0.5231
//   maker-read-known               -0.6748
//   no-price*brand-heading-run     3.0203
//   format:anchor-prose-brand      -0.1284
//   format:anchor-lead             0.0043
//   format:anchor-cjk              1.7062
//   name-hiragana                  -1.4746
//   name-cjk-punct                 -0.9428
//   name-cjk-quoted                0.7155
//   name-cjk-editorial             -0.8497
//   name-cjk-holds-brand           -0.276
//   format:anchor-group            -0.1969
//   in-record                      -0.1969
//   record-group-size              -0.1094
//   record-group-priced            -0.0304
//   record-group-linked            -0.2246
//   record-seq                     -0.0344
//   record-price                   -0.062
//   record-shop-link               -0.1581
//   record-buy                     0.2002
//   record-brand-first             0.2327
//   record-length                  -0.1109
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.1969
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      -0.0388
//   anchor-group*name-proper       0.1591
//   name-used                      -1.4587
//   shared-credit                  0.9855
//   headline-negative              -2.2355
//   format:anchor-own-shop         -0.2601
//   own-shop*slot                  0.3977
//   own-shop*url-repeats           0.5649
//   own-shop*page-slots            0.853
//   own-shop*page-cart             -0.6327
//   format:anchor-of-maker         0.2569
//   cue:first-person               -0.1975
//   cue:recommend                  -0.4748
//   cue:report                     0.3206
//   format:anchor-possessive       -0.4234
//   used-goods                     -1.2651
//   page-used-goods                -2.0056
//   block-run                      -1.1228
//   block-short-offer              1.3506
//   format:anchor-block            -0.7542
//   format:anchor-maker-first      0.5572
//   cue:past-year                  -0.8857
//   cue:parted-or-warned           -0.2467
//   format:anchor-maker-noun       0.4742
//   page-recall-lines              -0.1393
//   page-recall-headline           -0.3524
//   page-unreleased-lines          0.1228
//   page-unreleased-headline       -0.8951
//   maker-section                  -0.3748
//   maker-section-h1               -1.179
//   maker-section-named            0.7622
//   maker-section-distance         0.0783
//   format:anchor-noun-maker       0.5548
//   format:anchor-capital-maker    -0.1858
//   capital-maker:one-word         -0.6683
//   capital-maker:whole-run        0.2182
//   capital-maker:repeated         -0.0762
//   capital-maker:maker-after      -0.9126
//   capital-maker:known-in-line    -0.5926
//   maker-shop-price               -0.2195
//   maker-shop-list                -0.7775
//   list-item-maker                0.8333

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1166
//   first-logit                    3.3032
//   same-parent-max                0.4272
//   same-parent-mean               -1.3568
//   same-grandparent-mean          2.1519
//   page-accepted-share            -1.8614
//   format-accepted-share          1.7854
//   no-price*same-parent-mean      0.2641
//   no-price*format-accepted-share -0.1653
//   no-price*first-logit           -0.2764

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

export const DETECT_MODEL: DetectModel = {"weights":[-10.2293,1.3181,1.0878,-0.2493,-1.0505,-0.486,0.6457,0.4563,0.2914,-0.2862,-0.8249,-0.3319,-2.0073,0.5382,0.0033,-0.5536,1.2355,0.3498,1.2928,-0.2981,0.1829,0.2212,5.2174,1.8331,-0.2144,0.2643,-0.4863,-0.1562,0.9776,-0.8524,-0.936,-0.1201,1.2343,-1.4502,0.0992,-0.5687,0.8055,0.1887,-1.4346,0.0369,1.4081,-0.0167,0.438,-0.5216,0.1282,-0.3109,0.8876,-0.5148,-0.1302,-0.2958,0.4243,-0.0272,0.214,-0.0994,0.2083,0.3558,0.6064,-0.805,-0.5814,-0.0533,-0.4597,0.2843,1.7829,0.1575,-0.7716,-1.5322,-0.9508,0.1503,0.4694,-0.7783,-0.0173,0.148,-0.8758,2.5949,0.7492,0.0704,-0.3026,0.5028,-1.8831,-1.3305,-0.0706,0.5231,-0.6748,3.0203,-0.1284,0.0043,1.7062,-1.4746,-0.9428,0.7155,-0.8497,-0.276,-0.1969,-0.1969,-0.1094,-0.0304,-0.2246,-0.0344,-0.062,-0.1581,0.2002,0.2327,-0.1109,0,0,0,-0.1969,0,0,-0.0388,0.1591,-1.4587,0.9855,-2.2355,-0.2601,0.3977,0.5649,0.853,-0.6327,0.2569,-0.1975,-0.4748,0.3206,-0.4234,-1.2651,-2.0056,-1.1228,1.3506,-0.7542,0.5572,-0.8857,-0.2467,0.4742,-0.1393,-0.3524,0.1228,-0.8951,-0.3748,-1.179,0.7622,0.0783,0.5548,-0.1858,-0.6683,0.2182,-0.0762,-0.9126,-0.5926,-0.2195,-0.7775,0.8333],"second":[0.1166,3.3032,0.4272,-1.3568,2.1519,-1.8614,1.7854,0.2641,-0.1653,-0.2764],"accept":0.5};
