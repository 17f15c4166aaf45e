// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 996 labelled pages (7541 candidates, 4309 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.2925
//   format:table                   1.3973
//   format:card                    0.9296
//   format:brand-then-line         -0.3835
//   format:heading                 -1.2506
//   format:name-then-price         -0.543
//   format:caption                 0.552
//   format:linked-prose            0.3007
//   format:anchor-line             -0.0362
//   format:anchor-list             -0.5454
//   format:anchor-prose            -0.9598
//   format:anchor-record           -0.2796
//   format:anchor-carry            -1.9014
//   format:anchor-link             0.7609
//   format:anchor-heading          0.0713
//   evidence                       1.2342
//   evidence>=4                    0.573
//   price                          1.8571
//   retailer                       -0.2411
//   url                            0.1012
//   deep-url                       0.2124
//   brand                          5.0284
//   brand-known                    1.7647
//   brand-ambiguous                -0.2442
//   brand-caps                     0.3928
//   name-words                     -0.2901
//   name-long                      0.1238
//   name-noun                      0.9812
//   name-caps                      -0.6313
//   name-lower-start               -1.0713
//   name-digits                    -0.0468
//   name-quote                     1.1319
//   chrome                         -1.4803
//   in-article                     -0.6967
//   heading                        -0.4612
//   caption                        0.755
//   list-item                      0.3555
//   table-cell                     -1.7186
//   depth                          -0.2323
//   siblings                       1.5057
//   line-length                    -0.0807
//   line-negative                  0.2338
//   page-negative                  -0.2924
//   page-candidates                -0.3057
//   same-price                     -0.3223
//   price-big                      0.8262
//   price-small                    -0.0991
//   label-left                     -0.0573
//   lang-other                     -0.7384
//   lang:en                        0.5295
//   lang:de                        -0.0798
//   lang:fr                        0.2809
//   lang:it                        -0.053
//   lang:es                        0.3814
//   lang:nl                        0.5226
//   lang:pl                        0.7793
//   lang:sv                        -1.0616
//   lang:ja                        -0.5608
//   name-is-shop                   -0.226
//   name-is-title                  -0.451
//   holds-title                    -0.0251
//   record-lines                   1.6009
//   name-one-noun                  0.1857
//   name-sentence                  -0.5447
//   no-price*siblings              -1.1515
//   no-price*brand-known           -0.7487
//   no-price*url                   0.2061
//   no-price*one-noun              0.5725
//   price-range                    -0.963
//   candidate-siblings             -0.0502
//   page-shop-links                0.0567
//   no-price*shop-links            -0.655
//   no-price*page-unpriced         2.7994
//   no-price*candidate-siblings    0.6752
//   format:anchor-credit           0.0929
//   format:anchor-maker            -0.3136
//   format:anchor-runon            0.5666
//   maker-lead                     -1.8413
//   maker-tail                     -1.6667
//   maker-inside                   -0.0548
//   maker-host                     0.7946
//   maker-read-known               -1.3942
//   no-price*brand-heading-run     2.3239
//   format:anchor-prose-brand      -0.0321
//   format:anchor-cjk              2.2664
//   name-hiragana                  -1.0197
//   name-cjk-punct                 -0.8156
//   name-cjk-quoted                0.4967
//   name-cjk-editorial             -0.1671
//   name-cjk-holds-brand           -0.2871
//   format:anchor-group            -0.2472
//   in-record                      -0.2472
//   record-group-size              -0.2104
//   record-group-priced            0.0297
//   record-group-linked            -0.3594
//   record-seq                     0.0239
//   record-price                   0.0239
//   record-shop-link               -0.3445
//   record-buy                     -0.1677
//   record-brand-first             -0.1999
//   record-length                  -0.2484
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2472
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0973
//   anchor-group*name-proper       0.0662
//   name-used                      -1.6544
//   shared-credit                  1.5162
//   headline-negative              -1.9807
//   format:anchor-own-shop         -0.0716
//   own-shop*slot                  0.4062
//   own-shop*url-repeats           0.5055
//   own-shop*page-slots            0.7305
//   own-shop*page-cart             -0.7344
//   format:anchor-of-maker         0.5416
//   cue:first-person               -0.6791
//   cue:recommend                  -0.4758
//   cue:report                     -0.4814
//   format:anchor-possessive       -0.2571
//   used-goods                     -1.4328
//   page-used-goods                -2.3538
//   block-run                      -1.0452
//   block-short-offer              1.3187
//   format:anchor-block            -0.9279
//   format:anchor-maker-first      0.1021
//   cue:past-year                  -0.968
//   cue:parted-or-warned           -0.9025
//   format:anchor-maker-noun       0.6372
//   page-recall-lines              -0.2515
//   page-recall-headline           -0.3789
//   page-unreleased-lines          0.0417
//   page-unreleased-headline       -0.8693

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.101
//   first-logit                    3.4347
//   same-parent-max                0.7131
//   same-parent-mean               -1.7325
//   same-grandparent-mean          2.3863
//   page-accepted-share            -2.084
//   format-accepted-share          1.8082
//   no-price*same-parent-mean      0.2384
//   no-price*format-accepted-share -0.1307
//   no-price*first-logit           -0.4375

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.2925,1.3973,0.9296,-0.3835,-1.2506,-0.543,0.552,0.3007,-0.0362,-0.5454,-0.9598,-0.2796,-1.9014,0.7609,0.0713,1.2342,0.573,1.8571,-0.2411,0.1012,0.2124,5.0284,1.7647,-0.2442,0.3928,-0.2901,0.1238,0.9812,-0.6313,-1.0713,-0.0468,1.1319,-1.4803,-0.6967,-0.4612,0.755,0.3555,-1.7186,-0.2323,1.5057,-0.0807,0.2338,-0.2924,-0.3057,-0.3223,0.8262,-0.0991,-0.0573,-0.7384,0.5295,-0.0798,0.2809,-0.053,0.3814,0.5226,0.7793,-1.0616,-0.5608,-0.226,-0.451,-0.0251,1.6009,0.1857,-0.5447,-1.1515,-0.7487,0.2061,0.5725,-0.963,-0.0502,0.0567,-0.655,2.7994,0.6752,0.0929,-0.3136,0.5666,-1.8413,-1.6667,-0.0548,0.7946,-1.3942,2.3239,-0.0321,2.2664,-1.0197,-0.8156,0.4967,-0.1671,-0.2871,-0.2472,-0.2472,-0.2104,0.0297,-0.3594,0.0239,0.0239,-0.3445,-0.1677,-0.1999,-0.2484,0,0,0,-0.2472,0,0,0.0973,0.0662,-1.6544,1.5162,-1.9807,-0.0716,0.4062,0.5055,0.7305,-0.7344,0.5416,-0.6791,-0.4758,-0.4814,-0.2571,-1.4328,-2.3538,-1.0452,1.3187,-0.9279,0.1021,-0.968,-0.9025,0.6372,-0.2515,-0.3789,0.0417,-0.8693],"second":[0.101,3.4347,0.7131,-1.7325,2.3863,-2.084,1.8082,0.2384,-0.1307,-0.4375],"accept":0.5};
