// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 633 labelled pages (5117 candidates, 2914 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.5832
//   format:table                   0.8147
//   format:card                    0.9259
//   format:brand-then-line         0.1069
//   format:heading                 -0.9417
//   format:name-then-price         -0.2299
//   format:caption                 0.4461
//   format:linked-prose            0.2386
//   format:anchor-line             -0.2089
//   format:anchor-list             0.124
//   format:anchor-prose            -1.1717
//   format:anchor-record           0.0969
//   format:anchor-carry            -1.1407
//   format:anchor-link             0.3674
//   format:anchor-heading          0.3656
//   evidence                       1.2707
//   evidence>=4                    0.7352
//   price                          1.2929
//   retailer                       0.09
//   url                            0.0092
//   deep-url                       0.1765
//   brand                          3.621
//   brand-known                    1.9185
//   brand-ambiguous                -0.1457
//   brand-caps                     0.1673
//   name-words                     -0.2454
//   name-long                      -0.3928
//   name-noun                      0.7594
//   name-caps                      -0.3656
//   name-lower-start               -0.839
//   name-digits                    0.2209
//   name-quote                     0.6712
//   chrome                         -0.7587
//   in-article                     0.1186
//   heading                        -0.4102
//   caption                        0.4398
//   list-item                      -0.1936
//   table-cell                     -0.0461
//   depth                          0.0404
//   siblings                       1.1947
//   line-length                    0.3662
//   line-negative                  -0.2395
//   page-negative                  -0.5267
//   page-candidates                -0.6456
//   same-price                     -0.011
//   price-big                      0.3321
//   price-small                    0.012
//   label-left                     0.0063
//   lang-other                     -0.7707
//   lang:en                        0.4527
//   lang:de                        -0.1107
//   lang:fr                        0.4403
//   lang:it                        -0.3844
//   lang:es                        -0.064
//   lang:nl                        0.432
//   lang:pl                        0.1377
//   lang:sv                        0.0061
//   lang:ja                        -0.139
//   name-is-shop                   -0.3464
//   name-is-title                  -0.1408
//   holds-title                    -0.0621
//   record-lines                   1.093
//   name-one-noun                  0.3889
//   name-sentence                  -0.848
//   no-price*siblings              -1.0061
//   no-price*brand-known           -1.1109
//   no-price*url                   0.2827
//   no-price*one-noun              0.8014
//   price-range                    -0.4265
//   candidate-siblings             0.0829
//   page-shop-links                0.0044
//   no-price*shop-links            -0.5058
//   no-price*page-unpriced         2.6976
//   no-price*candidate-siblings    -0.2169
//   format:anchor-credit           -0.2734
//   format:anchor-maker            -0.1715
//   format:anchor-runon            0.0622
//   maker-lead                     -1.4528
//   maker-tail                     -1.3468
//   maker-inside                   -0.0785
//   maker-read-known               -1.0514
//   no-price*brand-heading-run     1.1807
//   format:anchor-prose-brand      -0.0112
//   format:anchor-cjk              1.2154
//   name-hiragana                  -0.8179
//   name-cjk-punct                 -0.3142
//   name-cjk-quoted                0.8732
//   name-cjk-editorial             -0.4425
//   name-cjk-holds-brand           -0.1522
//   format:anchor-group            -0.1038
//   in-record                      -0.1038
//   record-group-size              -0.0721
//   record-group-priced            0.0521
//   record-group-linked            -0.1886
//   record-seq                     0.0352
//   record-price                   0.0352
//   record-shop-link               -0.1947
//   record-buy                     -0.125
//   record-brand-first             -0.1252
//   record-length                  -0.0918
//   record-used                    -0.001
//   record-size-label              0
//   record-group-used              -0.0003
//   record-group-distinct          -0.1035
//   page-used                      -0.0003
//   anchor-group*page-used         -0.0003
//   anchor-group*no-shop-link      0.0909
//   anchor-group*name-proper       -0.1193
//   name-used                      -1.0722
//   shared-credit                  0.878
//   headline-negative              -0.4468
//   format:anchor-own-shop         0.0521
//   own-shop*slot                  0.4315
//   own-shop*url-repeats           0.1714
//   own-shop*page-slots            0.6539
//   own-shop*page-cart             -0.1257
//   block-run                      -0.6346
//   block-short-offer              0.7427
//   format:anchor-block            -0.5629

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.1363
//   first-logit                    3.3901
//   same-parent-max                0.6562
//   same-parent-mean               -0.8433
//   same-grandparent-mean          1.3427
//   page-accepted-share            -1.734
//   format-accepted-share          2.1199
//   no-price*same-parent-mean      -0.0938
//   no-price*format-accepted-share 0.1856
//   no-price*first-logit           0.0574

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.5832,0.8147,0.9259,0.1069,-0.9417,-0.2299,0.4461,0.2386,-0.2089,0.124,-1.1717,0.0969,-1.1407,0.3674,0.3656,1.2707,0.7352,1.2929,0.09,0.0092,0.1765,3.621,1.9185,-0.1457,0.1673,-0.2454,-0.3928,0.7594,-0.3656,-0.839,0.2209,0.6712,-0.7587,0.1186,-0.4102,0.4398,-0.1936,-0.0461,0.0404,1.1947,0.3662,-0.2395,-0.5267,-0.6456,-0.011,0.3321,0.012,0.0063,-0.7707,0.4527,-0.1107,0.4403,-0.3844,-0.064,0.432,0.1377,0.0061,-0.139,-0.3464,-0.1408,-0.0621,1.093,0.3889,-0.848,-1.0061,-1.1109,0.2827,0.8014,-0.4265,0.0829,0.0044,-0.5058,2.6976,-0.2169,-0.2734,-0.1715,0.0622,-1.4528,-1.3468,-0.0785,-1.0514,1.1807,-0.0112,1.2154,-0.8179,-0.3142,0.8732,-0.4425,-0.1522,-0.1038,-0.1038,-0.0721,0.0521,-0.1886,0.0352,0.0352,-0.1947,-0.125,-0.1252,-0.0918,-0.001,0,-0.0003,-0.1035,-0.0003,-0.0003,0.0909,-0.1193,-1.0722,0.878,-0.4468,0.0521,0.4315,0.1714,0.6539,-0.1257,-0.6346,0.7427,-0.5629],"second":[-0.1363,3.3901,0.6562,-0.8433,1.3427,-1.734,2.1199,-0.0938,0.1856,0.0574],"accept":0.5};
