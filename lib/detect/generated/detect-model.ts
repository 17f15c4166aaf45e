// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1140 labelled pages (8073 candidates, 4590 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.7461
//   format:table                   1.4098
//   format:card                    1.0311
//   format:brand-then-line         -0.2837
//   format:heading                 -1.1434
//   format:name-then-price         -0.4947
//   format:caption                 0.3716
//   format:linked-prose            0.3704
//   format:anchor-line             0.0435
//   format:anchor-list             -0.4603
//   format:anchor-prose            -0.932
//   format:anchor-record           -0.2774
//   format:anchor-carry            -1.9589
//   format:anchor-link             0.7515
//   format:anchor-heading          0.0877
//   format:anchor-heading-prose    -0.5547
//   evidence                       1.2955
//   evidence>=4                    0.4603
//   price                          1.4157
//   retailer                       -0.3028
//   url                            0.1826
//   deep-url                       0.1833
//   brand                          5.1221
//   brand-known                    1.7469
//   brand-ambiguous                -0.2378
//   brand-caps                     0.3717
//   name-words                     -0.2651
//   name-long                      -0.1526
//   name-noun                      0.998
//   name-caps                      -1.0659
//   name-lower-start               -1.0726
//   name-digits                    -0.0073
//   name-quote                     1.1023
//   chrome                         -1.5279
//   in-article                     -0.2349
//   heading                        -0.448
//   caption                        0.951
//   list-item                      0.2713
//   table-cell                     -1.6584
//   depth                          -0.1879
//   siblings                       1.4489
//   line-length                    0.0733
//   line-negative                  0.164
//   page-negative                  -0.3654
//   page-candidates                -0.1045
//   same-price                     -0.3803
//   price-big                      0.894
//   price-small                    -0.0659
//   label-left                     -0.1234
//   lang-other                     -0.7879
//   lang:en                        0.4409
//   lang:de                        -0.0908
//   lang:fr                        0.34
//   lang:it                        -0.0841
//   lang:es                        0.3467
//   lang:nl                        0.4573
//   lang:pl                        0.639
//   lang:sv                        -0.8888
//   lang:ja                        -0.3725
//   name-is-shop                   -0.2346
//   name-is-title                  -0.3814
//   holds-title                    0.2381
//   record-lines                   1.7904
//   name-one-noun                  0.1087
//   name-sentence                  -0.6653
//   no-price*siblings              -1.4106
//   no-price*brand-known           -1.0335
//   no-price*url                   0.1463
//   no-price*one-noun              0.6243
//   price-range                    -0.8579
//   candidate-siblings             0.0163
//   page-shop-links                0.1732
//   no-price*shop-links            -0.9171
//   no-price*page-unpriced         2.732
//   no-price*candidate-siblings    0.9012
//   format:anchor-credit           -0.1563
//   format:anchor-maker            -0.3409
//   format:anchor-runon            0.5782
//   maker-lead                     -1.8932
//   maker-tail                     -1.6553
//   maker-inside                   -0.0418
//   maker-host                     0.8196
//   maker-read-known               -1.6762
//   no-price*brand-heading-run     2.935
//   format:anchor-prose-brand      0.1233
//   format:anchor-lead             -0.249
//   format:anchor-cjk              1.9578
//   name-hiragana                  -1.3463
//   name-cjk-punct                 -1.0103
//   name-cjk-quoted                0.668
//   name-cjk-editorial             -0.0525
//   name-cjk-holds-brand           -0.5707
//   format:anchor-group            -0.2483
//   in-record                      -0.2483
//   record-group-size              -0.1444
//   record-group-priced            0.0032
//   record-group-linked            -0.3201
//   record-seq                     0.0146
//   record-price                   -0.009
//   record-shop-link               -0.1477
//   record-buy                     0.2227
//   record-brand-first             0.2479
//   record-length                  -0.1293
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2483
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      -0.1006
//   anchor-group*name-proper       0.1528
//   name-used                      -1.507
//   shared-credit                  1.1713
//   headline-negative              -2.0005
//   format:anchor-own-shop         -0.1507
//   own-shop*slot                  0.4312
//   own-shop*url-repeats           0.4994
//   own-shop*page-slots            0.8806
//   own-shop*page-cart             -0.7729
//   format:anchor-of-maker         0.229
//   cue:first-person               -0.5439
//   cue:recommend                  -0.6167
//   cue:report                     -0.2715
//   format:anchor-possessive       -0.3872
//   used-goods                     -1.2802
//   page-used-goods                -2.2797
//   block-run                      -1.0058
//   block-short-offer              1.2242
//   format:anchor-block            -0.8008
//   format:anchor-maker-first      0.498
//   cue:past-year                  -0.8823
//   cue:parted-or-warned           -0.6858
//   format:anchor-maker-noun       0.7627
//   page-recall-lines              -0.1564
//   page-recall-headline           -0.2979
//   page-unreleased-lines          0.0107
//   page-unreleased-headline       -1.0036
//   maker-section                  0.5945
//   maker-section-h1               -0.5932
//   maker-section-named            0.5512
//   maker-section-distance         0.4876
//   format:anchor-noun-maker       0.8505

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1314
//   first-logit                    3.4672
//   same-parent-max                0.5729
//   same-parent-mean               -1.5255
//   same-grandparent-mean          2.1035
//   page-accepted-share            -1.9825
//   format-accepted-share          1.8992
//   no-price*same-parent-mean      0.2421
//   no-price*format-accepted-share -0.1247
//   no-price*first-logit           -0.493

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.7461,1.4098,1.0311,-0.2837,-1.1434,-0.4947,0.3716,0.3704,0.0435,-0.4603,-0.932,-0.2774,-1.9589,0.7515,0.0877,-0.5547,1.2955,0.4603,1.4157,-0.3028,0.1826,0.1833,5.1221,1.7469,-0.2378,0.3717,-0.2651,-0.1526,0.998,-1.0659,-1.0726,-0.0073,1.1023,-1.5279,-0.2349,-0.448,0.951,0.2713,-1.6584,-0.1879,1.4489,0.0733,0.164,-0.3654,-0.1045,-0.3803,0.894,-0.0659,-0.1234,-0.7879,0.4409,-0.0908,0.34,-0.0841,0.3467,0.4573,0.639,-0.8888,-0.3725,-0.2346,-0.3814,0.2381,1.7904,0.1087,-0.6653,-1.4106,-1.0335,0.1463,0.6243,-0.8579,0.0163,0.1732,-0.9171,2.732,0.9012,-0.1563,-0.3409,0.5782,-1.8932,-1.6553,-0.0418,0.8196,-1.6762,2.935,0.1233,-0.249,1.9578,-1.3463,-1.0103,0.668,-0.0525,-0.5707,-0.2483,-0.2483,-0.1444,0.0032,-0.3201,0.0146,-0.009,-0.1477,0.2227,0.2479,-0.1293,0,0,0,-0.2483,0,0,-0.1006,0.1528,-1.507,1.1713,-2.0005,-0.1507,0.4312,0.4994,0.8806,-0.7729,0.229,-0.5439,-0.6167,-0.2715,-0.3872,-1.2802,-2.2797,-1.0058,1.2242,-0.8008,0.498,-0.8823,-0.6858,0.7627,-0.1564,-0.2979,0.0107,-1.0036,0.5945,-0.5932,0.5512,0.4876,0.8505],"second":[0.1314,3.4672,0.5729,-1.5255,2.1035,-1.9825,1.8992,0.2421,-0.1247,-0.493],"accept":0.5};
