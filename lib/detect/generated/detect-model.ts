// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1284 labelled pages (8705 candidates, 4853 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.7104
//   format:table                   1.4776
//   format:card                    0.9943
//   format:brand-then-line         -0.2855
//   format:heading                 -1.1072
//   format:name-then-price         -0.4977
//   format:caption                 0.4209
//   format:linked-prose            0.445
//   format:anchor-line             0.218
//   format:anchor-list             -0.3736
//   format:anchor-prose            -0.8545
//   format:anchor-record           -0.3514
//   format:anchor-carry            -1.8827
//   format:anchor-link             0.8312
//   format:anchor-heading          0.0925
//   format:anchor-heading-prose    -0.4981
//   evidence                       1.2835
//   evidence>=4                    0.4154
//   price                          1.1646
//   retailer                       -0.2624
//   url                            0.1872
//   deep-url                       0.1929
//   brand                          5.1956
//   brand-known                    1.7571
//   brand-ambiguous                -0.2256
//   brand-caps                     0.332
//   name-words                     -0.2992
//   name-long                      -0.0775
//   name-noun                      0.9882
//   name-caps                      -0.9816
//   name-lower-start               -1.0457
//   name-digits                    -0.1046
//   name-quote                     1.1241
//   chrome                         -1.5183
//   in-article                     -0.1837
//   heading                        -0.535
//   caption                        0.8953
//   list-item                      0.2774
//   table-cell                     -1.6772
//   depth                          -0.3367
//   siblings                       1.484
//   line-length                    -0.0386
//   line-negative                  0.3204
//   page-negative                  -0.4008
//   page-candidates                0.0599
//   same-price                     -0.3373
//   price-big                      0.7698
//   price-small                    -0.3991
//   label-left                     -0.084
//   lang-other                     -0.6678
//   lang:en                        0.4336
//   lang:de                        -0.0274
//   lang:fr                        0.2513
//   lang:it                        -0.1174
//   lang:es                        0.2438
//   lang:nl                        0.4804
//   lang:pl                        0.5883
//   lang:sv                        -0.8608
//   lang:ja                        -0.324
//   name-is-shop                   -0.1523
//   name-is-title                  -0.4323
//   holds-title                    0.2577
//   record-lines                   1.9229
//   name-one-noun                  0.1906
//   name-sentence                  -0.8588
//   no-price*siblings              -1.5506
//   no-price*brand-known           -1.0346
//   no-price*url                   0.0332
//   no-price*one-noun              0.4814
//   price-range                    -0.7109
//   candidate-siblings             -0.0468
//   page-shop-links                0.1552
//   no-price*shop-links            -0.9897
//   no-price*page-unpriced         2.6856
//   no-price*candidate-siblings    0.9154
//   format:anchor-credit           0.0062
//   format:anchor-maker            -0.2133
//   format:anchor-runon            0.5818
//   maker-lead                     -1.907
//   maker-tail                     -1.5189
//   maker-inside                   -0.0492
//   maker-host                     0.6713
//   maker-read-known               -1.3599
//   no-price*brand-heading-run     3.0343
//   format:anchor-prose-brand      0.1182
//   format:anchor-lead             -0.1566
//   format:anchor-cjk              1.7654
//   name-hiragana                  -1.3218
//   name-cjk-punct                 -1.0147
//   name-cjk-quoted                0.756
//   name-cjk-editorial             -0.0033
//   name-cjk-holds-brand           -0.5418
//   format:anchor-group            -0.2245
//   in-record                      -0.2245
//   record-group-size              -0.1269
//   record-group-priced            0.0008
//   record-group-linked            -0.2931
//   record-seq                     0.0129
//   record-price                   -0.0122
//   record-shop-link               -0.1462
//   record-buy                     0.2156
//   record-brand-first             0.2508
//   record-length                  -0.1147
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2245
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      -0.0783
//   anchor-group*name-proper       0.1647
//   name-used                      -1.6036
//   shared-credit                  1.1392
//   headline-negative              -2.0499
//   format:anchor-own-shop         -0.3023
//   own-shop*slot                  0.4234
//   own-shop*url-repeats           0.5135
//   own-shop*page-slots            0.9413
//   own-shop*page-cart             -0.6677
//   format:anchor-of-maker         0.2254
//   cue:first-person               -0.3574
//   cue:recommend                  -0.4892
//   cue:report                     -0.2924
//   format:anchor-possessive       -0.4701
//   used-goods                     -1.3861
//   page-used-goods                -1.8321
//   block-run                      -1.0768
//   block-short-offer              1.3111
//   format:anchor-block            -0.7418
//   format:anchor-maker-first      0.4829
//   cue:past-year                  -0.8657
//   cue:parted-or-warned           -0.6964
//   format:anchor-maker-noun       0.6232
//   page-recall-lines              -0.1611
//   page-recall-headline           -0.3158
//   page-unreleased-lines          0.0036
//   page-unreleased-headline       -0.9993
//   maker-section                  0.076
//   maker-section-h1               -1.2406
//   maker-section-named            0.7016
//   maker-section-distance         0.2409
//   format:anchor-noun-maker       0.4656
//   format:anchor-capital-maker    -0.1857
//   capital-maker:one-word         -0.8988
//   capital-maker:whole-run        0.0521
//   capital-maker:repeated         -0.1306
//   capital-maker:maker-after      -0.3771
//   capital-maker:known-in-line    -0.6511

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1146
//   first-logit                    3.3983
//   same-parent-max                0.4968
//   same-parent-mean               -1.3748
//   same-grandparent-mean          2.2384
//   page-accepted-share            -2.0005
//   format-accepted-share          1.781
//   no-price*same-parent-mean      0.1718
//   no-price*format-accepted-share -0.0373
//   no-price*first-logit           -0.4345

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.7104,1.4776,0.9943,-0.2855,-1.1072,-0.4977,0.4209,0.445,0.218,-0.3736,-0.8545,-0.3514,-1.8827,0.8312,0.0925,-0.4981,1.2835,0.4154,1.1646,-0.2624,0.1872,0.1929,5.1956,1.7571,-0.2256,0.332,-0.2992,-0.0775,0.9882,-0.9816,-1.0457,-0.1046,1.1241,-1.5183,-0.1837,-0.535,0.8953,0.2774,-1.6772,-0.3367,1.484,-0.0386,0.3204,-0.4008,0.0599,-0.3373,0.7698,-0.3991,-0.084,-0.6678,0.4336,-0.0274,0.2513,-0.1174,0.2438,0.4804,0.5883,-0.8608,-0.324,-0.1523,-0.4323,0.2577,1.9229,0.1906,-0.8588,-1.5506,-1.0346,0.0332,0.4814,-0.7109,-0.0468,0.1552,-0.9897,2.6856,0.9154,0.0062,-0.2133,0.5818,-1.907,-1.5189,-0.0492,0.6713,-1.3599,3.0343,0.1182,-0.1566,1.7654,-1.3218,-1.0147,0.756,-0.0033,-0.5418,-0.2245,-0.2245,-0.1269,0.0008,-0.2931,0.0129,-0.0122,-0.1462,0.2156,0.2508,-0.1147,0,0,0,-0.2245,0,0,-0.0783,0.1647,-1.6036,1.1392,-2.0499,-0.3023,0.4234,0.5135,0.9413,-0.6677,0.2254,-0.3574,-0.4892,-0.2924,-0.4701,-1.3861,-1.8321,-1.0768,1.3111,-0.7418,0.4829,-0.8657,-0.6964,0.6232,-0.1611,-0.3158,0.0036,-0.9993,0.076,-1.2406,0.7016,0.2409,0.4656,-0.1857,-0.8988,0.0521,-0.1306,-0.3771,-0.6511],"second":[0.1146,3.3983,0.4968,-1.3748,2.2384,-2.0005,1.781,0.1718,-0.0373,-0.4345],"accept":0.5};
