// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1284 labelled pages (8648 candidates, 4840 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.7632
//   format:table                   1.4916
//   format:card                    1.0104
//   format:brand-then-line         -0.3023
//   format:heading                 -1.1103
//   format:name-then-price         -0.4917
//   format:caption                 0.4095
//   format:linked-prose            0.4296
//   format:anchor-line             0.1893
//   format:anchor-list             -0.3795
//   format:anchor-prose            -0.916
//   format:anchor-record           -0.3374
//   format:anchor-carry            -1.9129
//   format:anchor-link             0.7801
//   format:anchor-heading          0.0758
//   format:anchor-heading-prose    -0.5176
//   evidence                       1.279
//   evidence>=4                    0.4065
//   price                          1.2395
//   retailer                       -0.2812
//   url                            0.1797
//   deep-url                       0.2149
//   brand                          5.2051
//   brand-known                    1.7433
//   brand-ambiguous                -0.2329
//   brand-caps                     0.342
//   name-words                     -0.3179
//   name-long                      -0.0604
//   name-noun                      0.9823
//   name-caps                      -0.9136
//   name-lower-start               -1.0553
//   name-digits                    -0.1115
//   name-quote                     1.145
//   chrome                         -1.5277
//   in-article                     -0.179
//   heading                        -0.53
//   caption                        0.8898
//   list-item                      0.3051
//   table-cell                     -1.6621
//   depth                          -0.3261
//   siblings                       1.5089
//   line-length                    0.0714
//   line-negative                  0.2816
//   page-negative                  -0.3729
//   page-candidates                -0.0594
//   same-price                     -0.3371
//   price-big                      0.8636
//   price-small                    -0.4168
//   label-left                     -0.0794
//   lang-other                     -0.6239
//   lang:en                        0.4478
//   lang:de                        -0.0098
//   lang:fr                        0.2625
//   lang:it                        -0.1053
//   lang:es                        0.2678
//   lang:nl                        0.4959
//   lang:pl                        0.6004
//   lang:sv                        -0.8781
//   lang:ja                        -0.4573
//   name-is-shop                   -0.1696
//   name-is-title                  -0.4336
//   holds-title                    0.2549
//   record-lines                   1.8918
//   name-one-noun                  0.1867
//   name-sentence                  -0.8611
//   no-price*siblings              -1.5692
//   no-price*brand-known           -1.0014
//   no-price*url                   0.0938
//   no-price*one-noun              0.566
//   price-range                    -0.7437
//   candidate-siblings             -0.0701
//   page-shop-links                0.1895
//   no-price*shop-links            -0.9538
//   no-price*page-unpriced         2.6676
//   no-price*candidate-siblings    0.9628
//   format:anchor-credit           -0.0064
//   format:anchor-maker            -0.2558
//   format:anchor-runon            0.5813
//   maker-lead                     -1.9245
//   maker-tail                     -1.5518
//   maker-inside                   -0.0541
//   maker-host                     0.7974
//   maker-read-known               -1.2769
//   no-price*brand-heading-run     3.0361
//   format:anchor-prose-brand      0.0945
//   format:anchor-lead             -0.2036
//   format:anchor-cjk              1.9762
//   name-hiragana                  -1.3225
//   name-cjk-punct                 -1.0044
//   name-cjk-quoted                0.6876
//   name-cjk-editorial             0.0159
//   name-cjk-holds-brand           -0.528
//   format:anchor-group            -0.2323
//   in-record                      -0.2323
//   record-group-size              -0.1294
//   record-group-priced            -0.001
//   record-group-linked            -0.2987
//   record-seq                     0.0118
//   record-price                   -0.0126
//   record-shop-link               -0.1514
//   record-buy                     0.2161
//   record-brand-first             0.2542
//   record-length                  -0.1219
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2323
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      -0.0809
//   anchor-group*name-proper       0.1662
//   name-used                      -1.6211
//   shared-credit                  1.1418
//   headline-negative              -2.0467
//   format:anchor-own-shop         -0.3007
//   own-shop*slot                  0.4238
//   own-shop*url-repeats           0.5026
//   own-shop*page-slots            0.9674
//   own-shop*page-cart             -0.6918
//   format:anchor-of-maker         0.2172
//   cue:first-person               -0.4051
//   cue:recommend                  -0.4566
//   cue:report                     -0.2602
//   format:anchor-possessive       -0.435
//   used-goods                     -1.3944
//   page-used-goods                -1.8634
//   block-run                      -1.0144
//   block-short-offer              1.2838
//   format:anchor-block            -0.7477
//   format:anchor-maker-first      0.4763
//   cue:past-year                  -0.8828
//   cue:parted-or-warned           -0.701
//   format:anchor-maker-noun       0.6039
//   page-recall-lines              -0.1731
//   page-recall-headline           -0.3294
//   page-unreleased-lines          0.0081
//   page-unreleased-headline       -0.9887
//   maker-section                  0.0224
//   maker-section-h1               -1.241
//   maker-section-named            0.6881
//   maker-section-distance         0.2181
//   format:anchor-noun-maker       0.4351

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0806
//   first-logit                    3.3997
//   same-parent-max                0.5124
//   same-parent-mean               -1.3545
//   same-grandparent-mean          2.1469
//   page-accepted-share            -1.8797
//   format-accepted-share          1.7955
//   no-price*same-parent-mean      0.1673
//   no-price*format-accepted-share -0.0995
//   no-price*first-logit           -0.4118

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.7632,1.4916,1.0104,-0.3023,-1.1103,-0.4917,0.4095,0.4296,0.1893,-0.3795,-0.916,-0.3374,-1.9129,0.7801,0.0758,-0.5176,1.279,0.4065,1.2395,-0.2812,0.1797,0.2149,5.2051,1.7433,-0.2329,0.342,-0.3179,-0.0604,0.9823,-0.9136,-1.0553,-0.1115,1.145,-1.5277,-0.179,-0.53,0.8898,0.3051,-1.6621,-0.3261,1.5089,0.0714,0.2816,-0.3729,-0.0594,-0.3371,0.8636,-0.4168,-0.0794,-0.6239,0.4478,-0.0098,0.2625,-0.1053,0.2678,0.4959,0.6004,-0.8781,-0.4573,-0.1696,-0.4336,0.2549,1.8918,0.1867,-0.8611,-1.5692,-1.0014,0.0938,0.566,-0.7437,-0.0701,0.1895,-0.9538,2.6676,0.9628,-0.0064,-0.2558,0.5813,-1.9245,-1.5518,-0.0541,0.7974,-1.2769,3.0361,0.0945,-0.2036,1.9762,-1.3225,-1.0044,0.6876,0.0159,-0.528,-0.2323,-0.2323,-0.1294,-0.001,-0.2987,0.0118,-0.0126,-0.1514,0.2161,0.2542,-0.1219,0,0,0,-0.2323,0,0,-0.0809,0.1662,-1.6211,1.1418,-2.0467,-0.3007,0.4238,0.5026,0.9674,-0.6918,0.2172,-0.4051,-0.4566,-0.2602,-0.435,-1.3944,-1.8634,-1.0144,1.2838,-0.7477,0.4763,-0.8828,-0.701,0.6039,-0.1731,-0.3294,0.0081,-0.9887,0.0224,-1.241,0.6881,0.2181,0.4351],"second":[0.0806,3.3997,0.5124,-1.3545,2.1469,-1.8797,1.7955,0.1673,-0.0995,-0.4118],"accept":0.5};
