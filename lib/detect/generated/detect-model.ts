// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1356 labelled pages (9093 candidates, 5048 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -10.2404
//   format:table                   1.3501
//   format:card                    0.9983
//   format:brand-then-line         -0.29
//   format:heading                 -1.1076
//   format:name-then-price         -0.5157
//   format:caption                 0.5094
//   format:linked-prose            0.4053
//   format:anchor-line             0.1892
//   format:anchor-list             -0.2851
//   format:anchor-prose            -0.8233
//   format:anchor-record           -0.3972
//   format:anchor-carry            -1.9692
//   format:anchor-link             0.5061
//   format:anchor-heading          0.0264
//   format:anchor-heading-prose    -0.5493
//   evidence                       1.3138
//   evidence>=4                    0.3138
//   price                          1.321
//   retailer                       -0.2221
//   url                            0.184
//   deep-url                       0.2168
//   brand                          5.1802
//   brand-known                    1.8096
//   brand-ambiguous                -0.2648
//   brand-caps                     0.3113
//   name-words                     -0.4389
//   name-long                      -0.2068
//   name-noun                      0.9827
//   name-caps                      -0.8699
//   name-lower-start               -0.9959
//   name-digits                    -0.1132
//   name-quote                     1.1099
//   chrome                         -1.4761
//   in-article                     0.0256
//   heading                        -0.5588
//   caption                        0.7679
//   list-item                      0.2417
//   table-cell                     -1.378
//   depth                          -0.0429
//   siblings                       1.4756
//   line-length                    0.0203
//   line-negative                  0.4793
//   page-negative                  -0.5013
//   page-candidates                0.1224
//   same-price                     -0.3552
//   price-big                      0.936
//   price-small                    -0.5266
//   label-left                     -0.1219
//   lang-other                     -0.6539
//   lang:en                        0.4384
//   lang:de                        -0.0172
//   lang:fr                        0.2317
//   lang:it                        -0.0562
//   lang:es                        0.2445
//   lang:nl                        0.4097
//   lang:pl                        0.6605
//   lang:sv                        -0.8138
//   lang:ja                        -0.4435
//   name-is-shop                   -0.0269
//   name-is-title                  -0.4599
//   holds-title                    0.2942
//   record-lines                   1.8915
//   name-one-noun                  0.1279
//   name-sentence                  -0.7489
//   no-price*siblings              -1.627
//   no-price*brand-known           -0.8835
//   no-price*url                   0.1194
//   no-price*one-noun              0.5228
//   price-range                    -0.7054
//   candidate-siblings             -0.0221
//   page-shop-links                0.1819
//   no-price*shop-links            -0.8965
//   no-price*page-unpriced         2.6325
//   no-price*candidate-siblings    0.7549
//   format:anchor-credit           0.1109
//   format:anchor-maker            -0.2558
//   format:anchor-runon            0.5603
//   maker-lead                     -1.8249
//   maker-tail                     -1.4954
//   maker-inside                   -0.0441
//   maker-host                     0.6389
//   maker-read-known               -1.4282
//   no-price*brand-heading-run     2.9999
//   format:anchor-prose-brand      -0.1387
//   format:anchor-lead             -0.0628
//   format:anchor-cjk              1.8647
//   name-hiragana                  -1.3479
//   name-cjk-punct                 -1.004
//   name-cjk-quoted                0.681
//   name-cjk-editorial             0.0105
//   name-cjk-holds-brand           -0.5242
//   format:anchor-group            -0.2041
//   in-record                      -0.2041
//   record-group-size              -0.1054
//   record-group-priced            -0.0369
//   record-group-linked            -0.2433
//   record-seq                     -0.0296
//   record-price                   -0.0554
//   record-shop-link               -0.1824
//   record-buy                     0.1964
//   record-brand-first             0.2387
//   record-length                  -0.1187
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2041
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      -0.0216
//   anchor-group*name-proper       0.1649
//   name-used                      -1.5061
//   shared-credit                  1.1127
//   headline-negative              -2.0429
//   format:anchor-own-shop         -0.2695
//   own-shop*slot                  0.3664
//   own-shop*url-repeats           0.5444
//   own-shop*page-slots            0.8528
//   own-shop*page-cart             -0.6155
//   format:anchor-of-maker         0.2971
//   cue:first-person               -0.1882
//   cue:recommend                  -0.4956
//   cue:report                     0.2703
//   format:anchor-possessive       -0.4512
//   used-goods                     -1.3126
//   page-used-goods                -2.0359
//   block-run                      -1.0498
//   block-short-offer              1.2709
//   format:anchor-block            -0.7316
//   format:anchor-maker-first      0.5891
//   cue:past-year                  -0.7922
//   cue:parted-or-warned           -0.243
//   format:anchor-maker-noun       0.4891
//   page-recall-lines              -0.1922
//   page-recall-headline           -0.4037
//   page-unreleased-lines          0.0879
//   page-unreleased-headline       -0.9158
//   maker-section                  0.0929
//   maker-section-h1               -1.2493
//   maker-section-named            0.7285
//   maker-section-distance         0.2495
//   format:anchor-noun-maker       0.5949
//   format:anchor-capital-maker    -0.1722
//   capital-maker:one-word         -0.6521
//   capital-maker:whole-run        0.2341
//   capital-maker:repeated         -0.0302
//   capital-maker:maker-after      -0.9156
//   capital-maker:known-in-line    -0.611
//   maker-shop-price               -0.1471
//   maker-shop-list                -0.6958
//   list-item-maker                0.8586

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0643
//   first-logit                    3.3724
//   same-parent-max                0.5985
//   same-parent-mean               -1.5171
//   same-grandparent-mean          2.2461
//   page-accepted-share            -1.8494
//   format-accepted-share          1.7137
//   no-price*same-parent-mean      0.1548
//   no-price*format-accepted-share -0.0437
//   no-price*first-logit           -0.3685

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

export const DETECT_MODEL: DetectModel = {"weights":[-10.2404,1.3501,0.9983,-0.29,-1.1076,-0.5157,0.5094,0.4053,0.1892,-0.2851,-0.8233,-0.3972,-1.9692,0.5061,0.0264,-0.5493,1.3138,0.3138,1.321,-0.2221,0.184,0.2168,5.1802,1.8096,-0.2648,0.3113,-0.4389,-0.2068,0.9827,-0.8699,-0.9959,-0.1132,1.1099,-1.4761,0.0256,-0.5588,0.7679,0.2417,-1.378,-0.0429,1.4756,0.0203,0.4793,-0.5013,0.1224,-0.3552,0.936,-0.5266,-0.1219,-0.6539,0.4384,-0.0172,0.2317,-0.0562,0.2445,0.4097,0.6605,-0.8138,-0.4435,-0.0269,-0.4599,0.2942,1.8915,0.1279,-0.7489,-1.627,-0.8835,0.1194,0.5228,-0.7054,-0.0221,0.1819,-0.8965,2.6325,0.7549,0.1109,-0.2558,0.5603,-1.8249,-1.4954,-0.0441,0.6389,-1.4282,2.9999,-0.1387,-0.0628,1.8647,-1.3479,-1.004,0.681,0.0105,-0.5242,-0.2041,-0.2041,-0.1054,-0.0369,-0.2433,-0.0296,-0.0554,-0.1824,0.1964,0.2387,-0.1187,0,0,0,-0.2041,0,0,-0.0216,0.1649,-1.5061,1.1127,-2.0429,-0.2695,0.3664,0.5444,0.8528,-0.6155,0.2971,-0.1882,-0.4956,0.2703,-0.4512,-1.3126,-2.0359,-1.0498,1.2709,-0.7316,0.5891,-0.7922,-0.243,0.4891,-0.1922,-0.4037,0.0879,-0.9158,0.0929,-1.2493,0.7285,0.2495,0.5949,-0.1722,-0.6521,0.2341,-0.0302,-0.9156,-0.611,-0.1471,-0.6958,0.8586],"second":[0.0643,3.3724,0.5985,-1.5171,2.2461,-1.8494,1.7137,0.1548,-0.0437,-0.3685],"accept":0.5};
