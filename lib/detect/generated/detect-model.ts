// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 996 labelled pages (7439 candidates, 4221 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.2763
//   format:table                   1.4365
//   format:card                    0.9745
//   format:brand-then-line         -0.3843
//   format:heading                 -1.2189
//   format:name-then-price         -0.533
//   format:caption                 0.611
//   format:linked-prose            0.2899
//   format:anchor-line             -0.0332
//   format:anchor-list             -0.5477
//   format:anchor-prose            -1.0119
//   format:anchor-record           -0.2189
//   format:anchor-carry            -1.9194
//   format:anchor-link             0.7225
//   format:anchor-heading          0.0778
//   evidence                       1.2167
//   evidence>=4                    0.5513
//   price                          1.85
//   retailer                       -0.2257
//   url                            0.0787
//   deep-url                       0.2278
//   brand                          5.0443
//   brand-known                    1.7429
//   brand-ambiguous                -0.2526
//   brand-caps                     0.3836
//   name-words                     -0.2544
//   name-long                      0.1155
//   name-noun                      0.8902
//   name-caps                      -0.6316
//   name-lower-start               -1.0717
//   name-digits                    -0.0723
//   name-quote                     1.0899
//   chrome                         -1.5088
//   in-article                     -0.6972
//   heading                        -0.4787
//   caption                        0.6691
//   list-item                      0.371
//   table-cell                     -1.799
//   depth                          -0.2164
//   siblings                       1.544
//   line-length                    0.0675
//   line-negative                  0.316
//   page-negative                  -0.3957
//   page-candidates                -0.3391
//   same-price                     -0.3178
//   price-big                      0.824
//   price-small                    -0.0914
//   label-left                     0.0604
//   lang-other                     -0.7203
//   lang:en                        0.5409
//   lang:de                        -0.0766
//   lang:fr                        0.3226
//   lang:it                        -0.1562
//   lang:es                        0.3796
//   lang:nl                        0.5168
//   lang:pl                        0.7992
//   lang:sv                        -1.0883
//   lang:ja                        -0.5177
//   name-is-shop                   -0.2651
//   name-is-title                  -0.4138
//   holds-title                    -0.0622
//   record-lines                   1.5436
//   name-one-noun                  0.184
//   name-sentence                  -0.6545
//   no-price*siblings              -1.2338
//   no-price*brand-known           -0.7597
//   no-price*url                   0.1573
//   no-price*one-noun              0.5512
//   price-range                    -0.9545
//   candidate-siblings             -0.0989
//   page-shop-links                0.0894
//   no-price*shop-links            -0.5453
//   no-price*page-unpriced         2.8961
//   no-price*candidate-siblings    0.6369
//   format:anchor-credit           0.2693
//   format:anchor-maker            -0.2604
//   format:anchor-runon            0.3841
//   maker-lead                     -1.8541
//   maker-tail                     -1.6978
//   maker-inside                   -0.0557
//   maker-host                     0.8328
//   maker-read-known               -1.3892
//   no-price*brand-heading-run     2.2219
//   format:anchor-prose-brand      -0.1377
//   format:anchor-cjk              2.2702
//   name-hiragana                  -1.0345
//   name-cjk-punct                 -0.799
//   name-cjk-quoted                0.4447
//   name-cjk-editorial             -0.1941
//   name-cjk-holds-brand           -0.3044
//   format:anchor-group            -0.244
//   in-record                      -0.244
//   record-group-size              -0.201
//   record-group-priced            0.0216
//   record-group-linked            -0.3475
//   record-seq                     0.0136
//   record-price                   0.0136
//   record-shop-link               -0.3667
//   record-buy                     -0.1848
//   record-brand-first             -0.2129
//   record-length                  -0.2531
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.244
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1227
//   anchor-group*name-proper       0.0526
//   name-used                      -1.614
//   shared-credit                  1.522
//   headline-negative              -1.8979
//   format:anchor-own-shop         -0.0858
//   own-shop*slot                  0.4104
//   own-shop*url-repeats           0.4578
//   own-shop*page-slots            0.7545
//   own-shop*page-cart             -0.7326
//   format:anchor-of-maker         0.4711
//   cue:first-person               -0.7655
//   cue:recommend                  -0.73
//   cue:report                     -0.4687
//   format:anchor-possessive       -0.2849
//   used-goods                     -1.4253
//   page-used-goods                -2.5157
//   block-run                      -0.9943
//   block-short-offer              1.2918
//   format:anchor-block            -0.906
//   format:anchor-maker-first      0.0117
//   cue:past-year                  -1.0135
//   cue:parted-or-warned           -0.8827
//   format:anchor-maker-noun       0.6424
//   page-recall-lines              -0.2923
//   page-recall-headline           -0.3753
//   page-unreleased-lines          0.2107
//   page-unreleased-headline       -0.9554

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1619
//   first-logit                    3.426
//   same-parent-max                0.5992
//   same-parent-mean               -1.555
//   same-grandparent-mean          2.4307
//   page-accepted-share            -2.2284
//   format-accepted-share          1.7871
//   no-price*same-parent-mean      0.1384
//   no-price*format-accepted-share -0.0001
//   no-price*first-logit           -0.4438

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.2763,1.4365,0.9745,-0.3843,-1.2189,-0.533,0.611,0.2899,-0.0332,-0.5477,-1.0119,-0.2189,-1.9194,0.7225,0.0778,1.2167,0.5513,1.85,-0.2257,0.0787,0.2278,5.0443,1.7429,-0.2526,0.3836,-0.2544,0.1155,0.8902,-0.6316,-1.0717,-0.0723,1.0899,-1.5088,-0.6972,-0.4787,0.6691,0.371,-1.799,-0.2164,1.544,0.0675,0.316,-0.3957,-0.3391,-0.3178,0.824,-0.0914,0.0604,-0.7203,0.5409,-0.0766,0.3226,-0.1562,0.3796,0.5168,0.7992,-1.0883,-0.5177,-0.2651,-0.4138,-0.0622,1.5436,0.184,-0.6545,-1.2338,-0.7597,0.1573,0.5512,-0.9545,-0.0989,0.0894,-0.5453,2.8961,0.6369,0.2693,-0.2604,0.3841,-1.8541,-1.6978,-0.0557,0.8328,-1.3892,2.2219,-0.1377,2.2702,-1.0345,-0.799,0.4447,-0.1941,-0.3044,-0.244,-0.244,-0.201,0.0216,-0.3475,0.0136,0.0136,-0.3667,-0.1848,-0.2129,-0.2531,0,0,0,-0.244,0,0,0.1227,0.0526,-1.614,1.522,-1.8979,-0.0858,0.4104,0.4578,0.7545,-0.7326,0.4711,-0.7655,-0.73,-0.4687,-0.2849,-1.4253,-2.5157,-0.9943,1.2918,-0.906,0.0117,-1.0135,-0.8827,0.6424,-0.2923,-0.3753,0.2107,-0.9554],"second":[0.1619,3.426,0.5992,-1.555,2.4307,-2.2284,1.7871,0.1384,-0.0001,-0.4438],"accept":0.5};
