// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 996 labelled pages (7392 candidates, 4182 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.4326
//   format:table                   1.4428
//   format:card                    0.9585
//   format:brand-then-line         -0.4028
//   format:heading                 -1.2046
//   format:name-then-price         -0.5414
//   format:caption                 0.5994
//   format:linked-prose            0.3083
//   format:anchor-line             -0.0487
//   format:anchor-list             -0.4477
//   format:anchor-prose            -1.0052
//   format:anchor-record           -0.2334
//   format:anchor-carry            -1.8971
//   format:anchor-link             0.7677
//   format:anchor-heading          0.0907
//   evidence                       1.2695
//   evidence>=4                    0.522
//   price                          2.0271
//   retailer                       -0.2108
//   url                            0.0675
//   deep-url                       0.2185
//   brand                          5.0532
//   brand-known                    1.7325
//   brand-ambiguous                -0.2521
//   brand-caps                     0.3016
//   name-words                     -0.2659
//   name-long                      0.1443
//   name-noun                      0.8838
//   name-caps                      -0.5717
//   name-lower-start               -1.0484
//   name-digits                    -0.0726
//   name-quote                     1.1009
//   chrome                         -1.4695
//   in-article                     -0.7201
//   heading                        -0.493
//   caption                        0.6367
//   list-item                      0.3438
//   table-cell                     -1.808
//   depth                          -0.1664
//   siblings                       1.5267
//   line-length                    0.0104
//   line-negative                  0.39
//   page-negative                  -0.514
//   page-candidates                -0.252
//   same-price                     -0.3269
//   price-big                      0.7878
//   price-small                    -0.0763
//   label-left                     0.075
//   lang-other                     -0.7219
//   lang:en                        0.5118
//   lang:de                        -0.0878
//   lang:fr                        0.2983
//   lang:it                        -0.1905
//   lang:es                        0.3462
//   lang:nl                        0.4588
//   lang:pl                        0.7872
//   lang:sv                        -1.0801
//   lang:ja                        -0.3219
//   name-is-shop                   -0.2639
//   name-is-title                  -0.4429
//   holds-title                    -0.1367
//   record-lines                   1.5479
//   name-one-noun                  0.1553
//   name-sentence                  -0.6508
//   no-price*siblings              -1.2397
//   no-price*brand-known           -0.6966
//   no-price*url                   0.1931
//   no-price*one-noun              0.6076
//   price-range                    -0.8857
//   candidate-siblings             -0.1103
//   page-shop-links                0.105
//   no-price*shop-links            -0.5147
//   no-price*page-unpriced         2.9057
//   no-price*candidate-siblings    0.6112
//   format:anchor-credit           0.3438
//   format:anchor-maker            -0.2653
//   format:anchor-runon            0.4581
//   maker-lead                     -1.8506
//   maker-tail                     -1.6831
//   maker-inside                   -0.06
//   maker-host                     0.8291
//   maker-read-known               -1.4056
//   no-price*brand-heading-run     2.2836
//   format:anchor-prose-brand      -0.077
//   format:anchor-cjk              1.6609
//   name-hiragana                  -1.2444
//   name-cjk-punct                 -0.8115
//   name-cjk-quoted                0.5479
//   name-cjk-editorial             -0.2032
//   name-cjk-holds-brand           -0.3318
//   format:anchor-group            -0.2298
//   in-record                      -0.2298
//   record-group-size              -0.1822
//   record-group-priced            -0.0078
//   record-group-linked            -0.3063
//   record-seq                     -0.0179
//   record-price                   -0.0179
//   record-shop-link               -0.3634
//   record-buy                     -0.1924
//   record-brand-first             -0.2114
//   record-length                  -0.2555
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2298
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1336
//   anchor-group*name-proper       0.058
//   name-used                      -1.5719
//   shared-credit                  1.5465
//   headline-negative              -1.6714
//   format:anchor-own-shop         -0.0404
//   own-shop*slot                  0.4011
//   own-shop*url-repeats           0.4837
//   own-shop*page-slots            0.6811
//   own-shop*page-cart             -0.6931
//   format:anchor-of-maker         0.5392
//   cue:first-person               -0.7368
//   cue:recommend                  -0.7002
//   cue:report                     -0.4497
//   format:anchor-possessive       -0.2177
//   used-goods                     -1.408
//   page-used-goods                -2.4438
//   block-run                      -1.0043
//   block-short-offer              1.2599
//   format:anchor-block            -0.8886
//   format:anchor-maker-first      0.0793
//   cue:past-year                  -1.2329
//   cue:parted-or-warned           -0.8878
//   format:anchor-maker-noun       0.6384

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1326
//   first-logit                    3.4192
//   same-parent-max                0.611
//   same-parent-mean               -1.5944
//   same-grandparent-mean          2.3615
//   page-accepted-share            -2.0954
//   format-accepted-share          1.7824
//   no-price*same-parent-mean      0.1133
//   no-price*format-accepted-share 0.0415
//   no-price*first-logit           -0.4931

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.4326,1.4428,0.9585,-0.4028,-1.2046,-0.5414,0.5994,0.3083,-0.0487,-0.4477,-1.0052,-0.2334,-1.8971,0.7677,0.0907,1.2695,0.522,2.0271,-0.2108,0.0675,0.2185,5.0532,1.7325,-0.2521,0.3016,-0.2659,0.1443,0.8838,-0.5717,-1.0484,-0.0726,1.1009,-1.4695,-0.7201,-0.493,0.6367,0.3438,-1.808,-0.1664,1.5267,0.0104,0.39,-0.514,-0.252,-0.3269,0.7878,-0.0763,0.075,-0.7219,0.5118,-0.0878,0.2983,-0.1905,0.3462,0.4588,0.7872,-1.0801,-0.3219,-0.2639,-0.4429,-0.1367,1.5479,0.1553,-0.6508,-1.2397,-0.6966,0.1931,0.6076,-0.8857,-0.1103,0.105,-0.5147,2.9057,0.6112,0.3438,-0.2653,0.4581,-1.8506,-1.6831,-0.06,0.8291,-1.4056,2.2836,-0.077,1.6609,-1.2444,-0.8115,0.5479,-0.2032,-0.3318,-0.2298,-0.2298,-0.1822,-0.0078,-0.3063,-0.0179,-0.0179,-0.3634,-0.1924,-0.2114,-0.2555,0,0,0,-0.2298,0,0,0.1336,0.058,-1.5719,1.5465,-1.6714,-0.0404,0.4011,0.4837,0.6811,-0.6931,0.5392,-0.7368,-0.7002,-0.4497,-0.2177,-1.408,-2.4438,-1.0043,1.2599,-0.8886,0.0793,-1.2329,-0.8878,0.6384],"second":[0.1326,3.4192,0.611,-1.5944,2.3615,-2.0954,1.7824,0.1133,0.0415,-0.4931],"accept":0.5};
