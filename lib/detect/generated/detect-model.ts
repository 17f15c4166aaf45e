// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 924 labelled pages (6885 candidates, 3980 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -10.396
//   format:table                   1.5033
//   format:card                    1.1147
//   format:brand-then-line         -0.3181
//   format:heading                 -1.1773
//   format:name-then-price         -0.467
//   format:caption                 0.7232
//   format:linked-prose            0.4189
//   format:anchor-line             0.0904
//   format:anchor-list             -0.3243
//   format:anchor-prose            -1.0341
//   format:anchor-record           -0.0737
//   format:anchor-carry            -1.8738
//   format:anchor-link             0.8067
//   format:anchor-heading          0.1192
//   evidence                       1.1873
//   evidence>=4                    0.5738
//   price                          2.5623
//   retailer                       -0.2557
//   url                            0.0955
//   deep-url                       0.2294
//   brand                          5.0245
//   brand-known                    1.7169
//   brand-ambiguous                -0.1942
//   brand-caps                     0.2217
//   name-words                     -0.1489
//   name-long                      0.0613
//   name-noun                      0.892
//   name-caps                      -0.725
//   name-lower-start               -1.1118
//   name-digits                    -0.0184
//   name-quote                     1.1655
//   chrome                         -1.5102
//   in-article                     -0.6868
//   heading                        -0.3476
//   caption                        0.6625
//   list-item                      0.2085
//   table-cell                     -1.9476
//   depth                          0.1413
//   siblings                       1.5147
//   line-length                    0.1772
//   line-negative                  0.1492
//   page-negative                  -0.5592
//   page-candidates                -0.4732
//   same-price                     -0.2977
//   price-big                      0.8233
//   price-small                    -0.1321
//   label-left                     0.165
//   lang-other                     -0.7745
//   lang:en                        0.4519
//   lang:de                        -0.1495
//   lang:fr                        0.2042
//   lang:it                        -0.3584
//   lang:es                        0.2868
//   lang:nl                        0.591
//   lang:pl                        0.7855
//   lang:sv                        -0.97
//   lang:ja                        -0.0671
//   name-is-shop                   -0.0858
//   name-is-title                  -0.2406
//   holds-title                    0.2458
//   record-lines                   1.7572
//   name-one-noun                  0.2284
//   name-sentence                  -0.5994
//   no-price*siblings              -1.0073
//   no-price*brand-known           -0.7559
//   no-price*url                   0.1338
//   no-price*one-noun              0.8286
//   price-range                    -0.876
//   candidate-siblings             -0.0065
//   page-shop-links                0.1931
//   no-price*shop-links            -0.5084
//   no-price*page-unpriced         3.4803
//   no-price*candidate-siblings    0.9201
//   format:anchor-credit           0.3108
//   format:anchor-maker            -0.1113
//   format:anchor-runon            0.1008
//   maker-lead                     -1.7978
//   maker-tail                     -1.7819
//   maker-inside                   -0.0696
//   maker-read-known               -1.1609
//   no-price*brand-heading-run     2.4474
//   format:anchor-prose-brand      -0.373
//   format:anchor-cjk              1.3944
//   name-hiragana                  -1.7291
//   name-cjk-punct                 -0.2749
//   name-cjk-quoted                1.3725
//   name-cjk-editorial             -0.2219
//   name-cjk-holds-brand           -0.3412
//   format:anchor-group            -0.2419
//   in-record                      -0.2419
//   record-group-size              -0.1963
//   record-group-priced            -0.0159
//   record-group-linked            -0.3052
//   record-seq                     -0.0198
//   record-price                   -0.0198
//   record-shop-link               -0.3734
//   record-buy                     -0.2154
//   record-brand-first             -0.1994
//   record-length                  -0.2815
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2419
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1315
//   anchor-group*name-proper       0.1306
//   name-used                      -1.4649
//   shared-credit                  1.5971
//   headline-negative              -1.589
//   format:anchor-own-shop         0.0652
//   own-shop*slot                  0.5158
//   own-shop*url-repeats           0.4908
//   own-shop*page-slots            0.7497
//   own-shop*page-cart             -0.7663
//   format:anchor-of-maker         0.0355
//   cue:first-person               -0.461
//   cue:recommend                  -0.5675
//   cue:report                     -0.2172
//   format:anchor-possessive       -0.1724
//   used-goods                     -1.3143
//   page-used-goods                -2.5528
//   block-run                      -0.9725
//   block-short-offer              1.2084
//   format:anchor-block            -0.8383
//   format:anchor-maker-first      0.2283
//   cue:past-year                  -1.2397
//   cue:parted-or-warned           -0.8742
//   format:anchor-maker-noun       0.3429

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0859
//   first-logit                    3.3291
//   same-parent-max                0.7285
//   same-parent-mean               -1.6286
//   same-grandparent-mean          2.182
//   page-accepted-share            -1.7187
//   format-accepted-share          1.8413
//   no-price*same-parent-mean      -0.0092
//   no-price*format-accepted-share 0.1132
//   no-price*first-logit           -0.3779

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

export const DETECT_MODEL: DetectModel = {"weights":[-10.396,1.5033,1.1147,-0.3181,-1.1773,-0.467,0.7232,0.4189,0.0904,-0.3243,-1.0341,-0.0737,-1.8738,0.8067,0.1192,1.1873,0.5738,2.5623,-0.2557,0.0955,0.2294,5.0245,1.7169,-0.1942,0.2217,-0.1489,0.0613,0.892,-0.725,-1.1118,-0.0184,1.1655,-1.5102,-0.6868,-0.3476,0.6625,0.2085,-1.9476,0.1413,1.5147,0.1772,0.1492,-0.5592,-0.4732,-0.2977,0.8233,-0.1321,0.165,-0.7745,0.4519,-0.1495,0.2042,-0.3584,0.2868,0.591,0.7855,-0.97,-0.0671,-0.0858,-0.2406,0.2458,1.7572,0.2284,-0.5994,-1.0073,-0.7559,0.1338,0.8286,-0.876,-0.0065,0.1931,-0.5084,3.4803,0.9201,0.3108,-0.1113,0.1008,-1.7978,-1.7819,-0.0696,-1.1609,2.4474,-0.373,1.3944,-1.7291,-0.2749,1.3725,-0.2219,-0.3412,-0.2419,-0.2419,-0.1963,-0.0159,-0.3052,-0.0198,-0.0198,-0.3734,-0.2154,-0.1994,-0.2815,0,0,0,-0.2419,0,0,0.1315,0.1306,-1.4649,1.5971,-1.589,0.0652,0.5158,0.4908,0.7497,-0.7663,0.0355,-0.461,-0.5675,-0.2172,-0.1724,-1.3143,-2.5528,-0.9725,1.2084,-0.8383,0.2283,-1.2397,-0.8742,0.3429],"second":[-0.0859,3.3291,0.7285,-1.6286,2.182,-1.7187,1.8413,-0.0092,0.1132,-0.3779],"accept":0.5};
