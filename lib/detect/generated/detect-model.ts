// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 996 labelled pages (7398 candidates, 4188 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.4293
//   format:table                   1.4412
//   format:card                    0.957
//   format:brand-then-line         -0.4039
//   format:heading                 -1.2061
//   format:name-then-price         -0.5418
//   format:caption                 0.5945
//   format:linked-prose            0.3083
//   format:anchor-line             -0.0505
//   format:anchor-list             -0.4537
//   format:anchor-prose            -1.0056
//   format:anchor-record           -0.2354
//   format:anchor-carry            -1.8966
//   format:anchor-link             0.7697
//   format:anchor-heading          0.0893
//   evidence                       1.2714
//   evidence>=4                    0.5222
//   price                          2.0237
//   retailer                       -0.2105
//   url                            0.0669
//   deep-url                       0.2176
//   brand                          5.053
//   brand-known                    1.7325
//   brand-ambiguous                -0.2536
//   brand-caps                     0.302
//   name-words                     -0.2653
//   name-long                      0.145
//   name-noun                      0.8837
//   name-caps                      -0.5722
//   name-lower-start               -1.0475
//   name-digits                    -0.0725
//   name-quote                     1.1001
//   chrome                         -1.469
//   in-article                     -0.7153
//   heading                        -0.4916
//   caption                        0.6428
//   list-item                      0.344
//   table-cell                     -1.8082
//   depth                          -0.1626
//   siblings                       1.5273
//   line-length                    0.0054
//   line-negative                  0.3889
//   page-negative                  -0.5121
//   page-candidates                -0.2584
//   same-price                     -0.3266
//   price-big                      0.7875
//   price-small                    -0.0774
//   label-left                     0.075
//   lang-other                     -0.7222
//   lang:en                        0.5129
//   lang:de                        -0.0878
//   lang:fr                        0.2979
//   lang:it                        -0.1897
//   lang:es                        0.3478
//   lang:nl                        0.4582
//   lang:pl                        0.7855
//   lang:sv                        -1.0803
//   lang:ja                        -0.3221
//   name-is-shop                   -0.265
//   name-is-title                  -0.4432
//   holds-title                    -0.1384
//   record-lines                   1.5461
//   name-one-noun                  0.1547
//   name-sentence                  -0.651
//   no-price*siblings              -1.2433
//   no-price*brand-known           -0.6946
//   no-price*url                   0.1902
//   no-price*one-noun              0.6108
//   price-range                    -0.8867
//   candidate-siblings             -0.1086
//   page-shop-links                0.1052
//   no-price*shop-links            -0.5141
//   no-price*page-unpriced         2.9069
//   no-price*candidate-siblings    0.6092
//   format:anchor-credit           0.3366
//   format:anchor-maker            -0.2657
//   format:anchor-runon            0.4527
//   maker-lead                     -1.8508
//   maker-tail                     -1.6833
//   maker-inside                   -0.0601
//   maker-host                     0.8293
//   maker-read-known               -1.405
//   no-price*brand-heading-run     2.2824
//   format:anchor-prose-brand      -0.0755
//   format:anchor-cjk              1.6587
//   name-hiragana                  -1.2432
//   name-cjk-punct                 -0.8126
//   name-cjk-quoted                0.5493
//   name-cjk-editorial             -0.2026
//   name-cjk-holds-brand           -0.3321
//   format:anchor-group            -0.2305
//   in-record                      -0.2305
//   record-group-size              -0.1828
//   record-group-priced            -0.0075
//   record-group-linked            -0.3072
//   record-seq                     -0.0176
//   record-price                   -0.0176
//   record-shop-link               -0.3635
//   record-buy                     -0.1928
//   record-brand-first             -0.2118
//   record-length                  -0.256
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2305
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.133
//   anchor-group*name-proper       0.0574
//   name-used                      -1.5727
//   shared-credit                  1.5455
//   headline-negative              -1.6728
//   format:anchor-own-shop         -0.0395
//   own-shop*slot                  0.4009
//   own-shop*url-repeats           0.4835
//   own-shop*page-slots            0.682
//   own-shop*page-cart             -0.6947
//   format:anchor-of-maker         0.5381
//   cue:first-person               -0.7468
//   cue:recommend                  -0.6969
//   cue:report                     -0.4496
//   format:anchor-possessive       -0.2174
//   used-goods                     -1.4084
//   page-used-goods                -2.4443
//   block-run                      -1.0023
//   block-short-offer              1.2598
//   format:anchor-block            -0.8907
//   format:anchor-maker-first      0.0724
//   cue:past-year                  -1.2345
//   cue:parted-or-warned           -0.8883
//   format:anchor-maker-noun       0.6831

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1322
//   first-logit                    3.4191
//   same-parent-max                0.61
//   same-parent-mean               -1.5915
//   same-grandparent-mean          2.3637
//   page-accepted-share            -2.0977
//   format-accepted-share          1.7823
//   no-price*same-parent-mean      0.1126
//   no-price*format-accepted-share 0.0425
//   no-price*first-logit           -0.4924

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.4293,1.4412,0.957,-0.4039,-1.2061,-0.5418,0.5945,0.3083,-0.0505,-0.4537,-1.0056,-0.2354,-1.8966,0.7697,0.0893,1.2714,0.5222,2.0237,-0.2105,0.0669,0.2176,5.053,1.7325,-0.2536,0.302,-0.2653,0.145,0.8837,-0.5722,-1.0475,-0.0725,1.1001,-1.469,-0.7153,-0.4916,0.6428,0.344,-1.8082,-0.1626,1.5273,0.0054,0.3889,-0.5121,-0.2584,-0.3266,0.7875,-0.0774,0.075,-0.7222,0.5129,-0.0878,0.2979,-0.1897,0.3478,0.4582,0.7855,-1.0803,-0.3221,-0.265,-0.4432,-0.1384,1.5461,0.1547,-0.651,-1.2433,-0.6946,0.1902,0.6108,-0.8867,-0.1086,0.1052,-0.5141,2.9069,0.6092,0.3366,-0.2657,0.4527,-1.8508,-1.6833,-0.0601,0.8293,-1.405,2.2824,-0.0755,1.6587,-1.2432,-0.8126,0.5493,-0.2026,-0.3321,-0.2305,-0.2305,-0.1828,-0.0075,-0.3072,-0.0176,-0.0176,-0.3635,-0.1928,-0.2118,-0.256,0,0,0,-0.2305,0,0,0.133,0.0574,-1.5727,1.5455,-1.6728,-0.0395,0.4009,0.4835,0.682,-0.6947,0.5381,-0.7468,-0.6969,-0.4496,-0.2174,-1.4084,-2.4443,-1.0023,1.2598,-0.8907,0.0724,-1.2345,-0.8883,0.6831],"second":[0.1322,3.4191,0.61,-1.5915,2.3637,-2.0977,1.7823,0.1126,0.0425,-0.4924],"accept":0.5};
