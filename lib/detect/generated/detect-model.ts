// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 744 labelled pages (5814 candidates, 3388 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.6618
//   format:table                   0.8709
//   format:card                    0.7599
//   format:brand-then-line         -0.0525
//   format:heading                 -0.8426
//   format:name-then-price         -0.1853
//   format:caption                 0.4361
//   format:linked-prose            0.2665
//   format:anchor-line             0.0335
//   format:anchor-list             -0.0062
//   format:anchor-prose            -1.1021
//   format:anchor-record           0.2273
//   format:anchor-carry            -1.3981
//   format:anchor-link             0.5419
//   format:anchor-heading          0.2415
//   evidence                       1.0013
//   evidence>=4                    0.661
//   price                          1.4248
//   retailer                       -0.0745
//   url                            0.1366
//   deep-url                       0.1973
//   brand                          3.669
//   brand-known                    1.9893
//   brand-ambiguous                -0.069
//   brand-caps                     0.1422
//   name-words                     -0.1139
//   name-long                      -0.2222
//   name-noun                      0.6969
//   name-caps                      -0.6005
//   name-lower-start               -1.1085
//   name-digits                    0.2256
//   name-quote                     0.5768
//   chrome                         -0.905
//   in-article                     -0.1236
//   heading                        -0.4061
//   caption                        0.4573
//   list-item                      -0.1542
//   table-cell                     -0.0427
//   depth                          0.4153
//   siblings                       1.171
//   line-length                    0.5229
//   line-negative                  -0.031
//   page-negative                  -0.5683
//   page-candidates                -0.5448
//   same-price                     -0.1906
//   price-big                      0.5448
//   price-small                    0.0171
//   label-left                     0.1397
//   lang-other                     -1.127
//   lang:en                        0.4504
//   lang:de                        0.032
//   lang:fr                        0.3613
//   lang:it                        -0.4886
//   lang:es                        0.1355
//   lang:nl                        0.5529
//   lang:pl                        0.5141
//   lang:sv                        -0.4861
//   lang:ja                        0.0555
//   name-is-shop                   -0.1727
//   name-is-title                  0.0084
//   holds-title                    0.051
//   record-lines                   1.0155
//   name-one-noun                  0.4378
//   name-sentence                  -0.5074
//   no-price*siblings              -1.1805
//   no-price*brand-known           -1.0706
//   no-price*url                   0.1409
//   no-price*one-noun              0.7383
//   price-range                    -0.459
//   candidate-siblings             0.0534
//   page-shop-links                0.2292
//   no-price*shop-links            -0.634
//   no-price*page-unpriced         2.7147
//   no-price*candidate-siblings    -0.0215
//   format:anchor-credit           -0.0477
//   format:anchor-maker            0.1293
//   format:anchor-runon            0.3027
//   maker-lead                     -1.3992
//   maker-tail                     -1.4311
//   maker-inside                   -0.0938
//   maker-read-known               -1.0353
//   no-price*brand-heading-run     1.4138
//   format:anchor-prose-brand      -0.2648
//   format:anchor-cjk              1.1725
//   name-hiragana                  -0.8873
//   name-cjk-punct                 -0.3171
//   name-cjk-quoted                0.8492
//   name-cjk-editorial             -0.469
//   name-cjk-holds-brand           -0.2165
//   format:anchor-group            -0.0905
//   in-record                      -0.0905
//   record-group-size              -0.0761
//   record-group-priced            0.0333
//   record-group-linked            -0.1613
//   record-seq                     0.0213
//   record-price                   0.0213
//   record-shop-link               -0.1801
//   record-buy                     -0.1089
//   record-brand-first             -0.1178
//   record-length                  -0.0848
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.0905
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0896
//   anchor-group*name-proper       -0.0909
//   name-used                      -0.886
//   shared-credit                  0.9157
//   headline-negative              -0.4402
//   format:anchor-own-shop         -0.0728
//   own-shop*slot                  0.4433
//   own-shop*url-repeats           0.1958
//   own-shop*page-slots            0.6527
//   own-shop*page-cart             -0.2453
//   format:anchor-of-maker         -0.491
//   cue:first-person               -0.0246
//   cue:recommend                  -0.2071
//   cue:report                     -0.0535
//   format:anchor-possessive       -0.0658
//   used-goods                     -0.7519
//   page-used-goods                -0.8898
//   block-run                      -0.55
//   block-short-offer              0.8304
//   format:anchor-block            -0.5768
//   format:anchor-maker-first      0.2141
//   cue:past-year                  -0.6516
//   cue:parted-or-warned           -0.546

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0116
//   first-logit                    3.5499
//   same-parent-max                0.6978
//   same-parent-mean               -1.3666
//   same-grandparent-mean          1.5919
//   page-accepted-share            -1.9377
//   format-accepted-share          2.0941
//   no-price*same-parent-mean      0.2737
//   no-price*format-accepted-share 0.1471
//   no-price*first-logit           -0.0967

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.6618,0.8709,0.7599,-0.0525,-0.8426,-0.1853,0.4361,0.2665,0.0335,-0.0062,-1.1021,0.2273,-1.3981,0.5419,0.2415,1.0013,0.661,1.4248,-0.0745,0.1366,0.1973,3.669,1.9893,-0.069,0.1422,-0.1139,-0.2222,0.6969,-0.6005,-1.1085,0.2256,0.5768,-0.905,-0.1236,-0.4061,0.4573,-0.1542,-0.0427,0.4153,1.171,0.5229,-0.031,-0.5683,-0.5448,-0.1906,0.5448,0.0171,0.1397,-1.127,0.4504,0.032,0.3613,-0.4886,0.1355,0.5529,0.5141,-0.4861,0.0555,-0.1727,0.0084,0.051,1.0155,0.4378,-0.5074,-1.1805,-1.0706,0.1409,0.7383,-0.459,0.0534,0.2292,-0.634,2.7147,-0.0215,-0.0477,0.1293,0.3027,-1.3992,-1.4311,-0.0938,-1.0353,1.4138,-0.2648,1.1725,-0.8873,-0.3171,0.8492,-0.469,-0.2165,-0.0905,-0.0905,-0.0761,0.0333,-0.1613,0.0213,0.0213,-0.1801,-0.1089,-0.1178,-0.0848,0,0,0,-0.0905,0,0,0.0896,-0.0909,-0.886,0.9157,-0.4402,-0.0728,0.4433,0.1958,0.6527,-0.2453,-0.491,-0.0246,-0.2071,-0.0535,-0.0658,-0.7519,-0.8898,-0.55,0.8304,-0.5768,0.2141,-0.6516,-0.546],"second":[0.0116,3.5499,0.6978,-1.3666,1.5919,-1.9377,2.0941,0.2737,0.1471,-0.0967],"accept":0.5};
