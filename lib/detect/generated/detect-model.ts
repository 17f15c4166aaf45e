// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 924 labelled pages (6888 candidates, 3939 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -10.5665
//   format:table                   1.6827
//   format:card                    0.8345
//   format:brand-then-line         -0.1158
//   format:heading                 -1.0601
//   format:name-then-price         -0.3376
//   format:caption                 0.7158
//   format:linked-prose            0.5264
//   format:anchor-line             0.1958
//   format:anchor-list             -0.237
//   format:anchor-prose            -1.0785
//   format:anchor-record           0.2095
//   format:anchor-carry            -1.8508
//   format:anchor-link             0.8303
//   format:anchor-heading          0.1079
//   evidence                       1.0209
//   evidence>=4                    0.5998
//   price                          2.6646
//   retailer                       -0.2238
//   url                            0.0349
//   deep-url                       0.2115
//   brand                          4.7999
//   brand-known                    1.8858
//   brand-ambiguous                -0.1762
//   brand-caps                     0.3678
//   name-words                     -0.2774
//   name-long                      0.1981
//   name-noun                      0.8746
//   name-caps                      -0.8222
//   name-lower-start               -1.1628
//   name-digits                    0.1004
//   name-quote                     1.17
//   chrome                         -1.3893
//   in-article                     -0.5919
//   heading                        -0.3707
//   caption                        0.6695
//   list-item                      0.0884
//   table-cell                     -1.9295
//   depth                          0.5308
//   siblings                       1.4637
//   line-length                    0.4692
//   line-negative                  0.2102
//   page-negative                  -0.6924
//   page-candidates                -0.7261
//   same-price                     -0.3532
//   price-big                      0.8384
//   price-small                    -0.1132
//   label-left                     0.1685
//   lang-other                     -1.0964
//   lang:en                        0.5071
//   lang:de                        -0.1068
//   lang:fr                        0.2383
//   lang:it                        -0.3395
//   lang:es                        0.3147
//   lang:nl                        0.6736
//   lang:pl                        0.688
//   lang:sv                        -0.9215
//   lang:ja                        0.0426
//   name-is-shop                   -0.0546
//   name-is-title                  -0.226
//   holds-title                    0.2399
//   record-lines                   1.4648
//   name-one-noun                  0.2095
//   name-sentence                  -0.8868
//   no-price*siblings              -0.8921
//   no-price*brand-known           -0.8716
//   no-price*url                   0.1864
//   no-price*one-noun              0.9098
//   price-range                    -0.7744
//   candidate-siblings             -0.108
//   page-shop-links                0.4137
//   no-price*shop-links            -0.7012
//   no-price*page-unpriced         3.5037
//   no-price*candidate-siblings    1.1578
//   format:anchor-credit           0.4225
//   format:anchor-maker            -0.0113
//   format:anchor-runon            0.2553
//   maker-lead                     -1.65
//   maker-tail                     -1.574
//   maker-inside                   -0.0981
//   maker-read-known               -1.3419
//   no-price*brand-heading-run     2.4309
//   format:anchor-prose-brand      -0.4799
//   format:anchor-cjk              1.1413
//   name-hiragana                  -1.7792
//   name-cjk-punct                 -0.252
//   name-cjk-quoted                1.4943
//   name-cjk-editorial             -0.3264
//   name-cjk-holds-brand           -0.4621
//   format:anchor-group            -0.211
//   in-record                      -0.211
//   record-group-size              -0.1649
//   record-group-priced            -0.018
//   record-group-linked            -0.2623
//   record-seq                     -0.0285
//   record-price                   -0.0285
//   record-shop-link               -0.332
//   record-buy                     -0.1977
//   record-brand-first             -0.1827
//   record-length                  -0.2517
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.211
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.121
//   anchor-group*name-proper       0.1229
//   name-used                      -1.3215
//   shared-credit                  1.5409
//   headline-negative              -1.4902
//   format:anchor-own-shop         -0.173
//   own-shop*slot                  0.646
//   own-shop*url-repeats           0.5086
//   own-shop*page-slots            0.8777
//   own-shop*page-cart             -0.6444
//   format:anchor-of-maker         -0.0843
//   cue:first-person               -0.4045
//   cue:recommend                  -0.5583
//   cue:report                     -0.1522
//   format:anchor-possessive       -0.2228
//   used-goods                     -1.1803
//   page-used-goods                -2.401
//   block-run                      -0.7654
//   block-short-offer              1.3322
//   format:anchor-block            -0.8415
//   format:anchor-maker-first      0.3006
//   cue:past-year                  -1.1717
//   cue:parted-or-warned           -0.8696
//   format:anchor-maker-noun       -0.387

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0258
//   first-logit                    3.282
//   same-parent-max                0.7841
//   same-parent-mean               -1.8019
//   same-grandparent-mean          2.3336
//   page-accepted-share            -1.9338
//   format-accepted-share          1.7676
//   no-price*same-parent-mean      0.1209
//   no-price*format-accepted-share 0.1748
//   no-price*first-logit           -0.2831

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

export const DETECT_MODEL: DetectModel = {"weights":[-10.5665,1.6827,0.8345,-0.1158,-1.0601,-0.3376,0.7158,0.5264,0.1958,-0.237,-1.0785,0.2095,-1.8508,0.8303,0.1079,1.0209,0.5998,2.6646,-0.2238,0.0349,0.2115,4.7999,1.8858,-0.1762,0.3678,-0.2774,0.1981,0.8746,-0.8222,-1.1628,0.1004,1.17,-1.3893,-0.5919,-0.3707,0.6695,0.0884,-1.9295,0.5308,1.4637,0.4692,0.2102,-0.6924,-0.7261,-0.3532,0.8384,-0.1132,0.1685,-1.0964,0.5071,-0.1068,0.2383,-0.3395,0.3147,0.6736,0.688,-0.9215,0.0426,-0.0546,-0.226,0.2399,1.4648,0.2095,-0.8868,-0.8921,-0.8716,0.1864,0.9098,-0.7744,-0.108,0.4137,-0.7012,3.5037,1.1578,0.4225,-0.0113,0.2553,-1.65,-1.574,-0.0981,-1.3419,2.4309,-0.4799,1.1413,-1.7792,-0.252,1.4943,-0.3264,-0.4621,-0.211,-0.211,-0.1649,-0.018,-0.2623,-0.0285,-0.0285,-0.332,-0.1977,-0.1827,-0.2517,0,0,0,-0.211,0,0,0.121,0.1229,-1.3215,1.5409,-1.4902,-0.173,0.646,0.5086,0.8777,-0.6444,-0.0843,-0.4045,-0.5583,-0.1522,-0.2228,-1.1803,-2.401,-0.7654,1.3322,-0.8415,0.3006,-1.1717,-0.8696,-0.387],"second":[-0.0258,3.282,0.7841,-1.8019,2.3336,-1.9338,1.7676,0.1209,0.1748,-0.2831],"accept":0.5};
