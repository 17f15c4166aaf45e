// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 816 labelled pages (6176 candidates, 3618 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.2917
//   format:table                   0.8377
//   format:card                    0.7112
//   format:brand-then-line         -0.0857
//   format:heading                 -0.9505
//   format:name-then-price         -0.1911
//   format:caption                 0.4033
//   format:linked-prose            0.2902
//   format:anchor-line             0.0311
//   format:anchor-list             -0.2709
//   format:anchor-prose            -1.0086
//   format:anchor-record           0.0982
//   format:anchor-carry            -1.2261
//   format:anchor-link             0.7072
//   format:anchor-heading          0.0706
//   evidence                       1.0516
//   evidence>=4                    0.588
//   price                          1.6569
//   retailer                       -0.0445
//   url                            0.1048
//   deep-url                       0.1098
//   brand                          3.7323
//   brand-known                    1.9447
//   brand-ambiguous                -0.0822
//   brand-caps                     0.3166
//   name-words                     -0.1804
//   name-long                      -0.1943
//   name-noun                      0.7615
//   name-caps                      -0.6244
//   name-lower-start               -1.0995
//   name-digits                    0.2133
//   name-quote                     0.4725
//   chrome                         -0.9421
//   in-article                     -0.3829
//   heading                        -0.3541
//   caption                        0.4871
//   list-item                      -0.2094
//   table-cell                     -0.1399
//   depth                          0.269
//   siblings                       1.173
//   line-length                    0.1128
//   line-negative                  0.0082
//   page-negative                  -0.5781
//   page-candidates                -0.4221
//   same-price                     -0.2358
//   price-big                      0.5263
//   price-small                    0.0027
//   label-left                     0.0933
//   lang-other                     -1.115
//   lang:en                        0.5611
//   lang:de                        -0.0764
//   lang:fr                        0.3711
//   lang:it                        -0.4474
//   lang:es                        0.152
//   lang:nl                        0.5311
//   lang:pl                        0.4864
//   lang:sv                        -0.4524
//   lang:ja                        -0.0107
//   name-is-shop                   -0.2677
//   name-is-title                  -0.1345
//   holds-title                    0.021
//   record-lines                   0.9424
//   name-one-noun                  0.3728
//   name-sentence                  -0.5925
//   no-price*siblings              -1.1458
//   no-price*brand-known           -1.0936
//   no-price*url                   0.1759
//   no-price*one-noun              0.7049
//   price-range                    -0.4537
//   candidate-siblings             0.0558
//   page-shop-links                0.2007
//   no-price*shop-links            -0.3404
//   no-price*page-unpriced         3.0111
//   no-price*candidate-siblings    0.3545
//   format:anchor-credit           0.1976
//   format:anchor-maker            0.1876
//   format:anchor-runon            0.3816
//   maker-lead                     -1.3898
//   maker-tail                     -1.2907
//   maker-inside                   -0.0785
//   maker-read-known               -1.0637
//   no-price*brand-heading-run     1.3609
//   format:anchor-prose-brand      -0.265
//   format:anchor-cjk              0.9526
//   name-hiragana                  -1.0135
//   name-cjk-punct                 -0.2696
//   name-cjk-quoted                0.8739
//   name-cjk-editorial             -0.4501
//   name-cjk-holds-brand           -0.2031
//   format:anchor-group            -0.1359
//   in-record                      -0.1359
//   record-group-size              -0.1094
//   record-group-priced            0.0278
//   record-group-linked            -0.1967
//   record-seq                     0.0141
//   record-price                   0.0141
//   record-shop-link               -0.2027
//   record-buy                     -0.1081
//   record-brand-first             -0.1218
//   record-length                  -0.1195
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.1359
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0668
//   anchor-group*name-proper       -0.1245
//   name-used                      -0.8191
//   shared-credit                  0.8642
//   headline-negative              -0.5383
//   format:anchor-own-shop         -0.0923
//   own-shop*slot                  0.437
//   own-shop*url-repeats           0.1839
//   own-shop*page-slots            0.6445
//   own-shop*page-cart             -0.2665
//   format:anchor-of-maker         -0.3844
//   cue:first-person               -0.1655
//   cue:recommend                  -0.2368
//   cue:report                     -0.0576
//   format:anchor-possessive       -0.1125
//   used-goods                     -0.7075
//   page-used-goods                -0.8286
//   block-run                      -0.5573
//   block-short-offer              0.8759
//   format:anchor-block            -0.696
//   format:anchor-maker-first      0.169
//   cue:past-year                  -0.7391
//   cue:parted-or-warned           -0.5486
//   format:anchor-maker-noun       -0.1647

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0487
//   first-logit                    3.5693
//   same-parent-max                0.565
//   same-parent-mean               -1.5033
//   same-grandparent-mean          2.0321
//   page-accepted-share            -1.9832
//   format-accepted-share          1.9945
//   no-price*same-parent-mean      0.1805
//   no-price*format-accepted-share 0.1948
//   no-price*first-logit           -0.0559

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.2917,0.8377,0.7112,-0.0857,-0.9505,-0.1911,0.4033,0.2902,0.0311,-0.2709,-1.0086,0.0982,-1.2261,0.7072,0.0706,1.0516,0.588,1.6569,-0.0445,0.1048,0.1098,3.7323,1.9447,-0.0822,0.3166,-0.1804,-0.1943,0.7615,-0.6244,-1.0995,0.2133,0.4725,-0.9421,-0.3829,-0.3541,0.4871,-0.2094,-0.1399,0.269,1.173,0.1128,0.0082,-0.5781,-0.4221,-0.2358,0.5263,0.0027,0.0933,-1.115,0.5611,-0.0764,0.3711,-0.4474,0.152,0.5311,0.4864,-0.4524,-0.0107,-0.2677,-0.1345,0.021,0.9424,0.3728,-0.5925,-1.1458,-1.0936,0.1759,0.7049,-0.4537,0.0558,0.2007,-0.3404,3.0111,0.3545,0.1976,0.1876,0.3816,-1.3898,-1.2907,-0.0785,-1.0637,1.3609,-0.265,0.9526,-1.0135,-0.2696,0.8739,-0.4501,-0.2031,-0.1359,-0.1359,-0.1094,0.0278,-0.1967,0.0141,0.0141,-0.2027,-0.1081,-0.1218,-0.1195,0,0,0,-0.1359,0,0,0.0668,-0.1245,-0.8191,0.8642,-0.5383,-0.0923,0.437,0.1839,0.6445,-0.2665,-0.3844,-0.1655,-0.2368,-0.0576,-0.1125,-0.7075,-0.8286,-0.5573,0.8759,-0.696,0.169,-0.7391,-0.5486,-0.1647],"second":[0.0487,3.5693,0.565,-1.5033,2.0321,-1.9832,1.9945,0.1805,0.1948,-0.0559],"accept":0.5};
