// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 924 labelled pages (6952 candidates, 3996 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -10.4466
//   format:table                   1.6583
//   format:card                    0.8242
//   format:brand-then-line         -0.1219
//   format:heading                 -1.0725
//   format:name-then-price         -0.3603
//   format:caption                 0.6921
//   format:linked-prose            0.4861
//   format:anchor-line             0.17
//   format:anchor-list             -0.3099
//   format:anchor-prose            -1.1106
//   format:anchor-record           0.197
//   format:anchor-carry            -1.8918
//   format:anchor-link             0.7874
//   format:anchor-heading          0.0867
//   evidence                       1.0332
//   evidence>=4                    0.5858
//   price                          2.5196
//   retailer                       -0.2298
//   url                            0.0342
//   deep-url                       0.2252
//   brand                          4.8273
//   brand-known                    1.8727
//   brand-ambiguous                -0.2041
//   brand-caps                     0.3678
//   name-words                     -0.3162
//   name-long                      0.2116
//   name-noun                      0.8915
//   name-caps                      -0.8221
//   name-lower-start               -1.0981
//   name-digits                    0.0856
//   name-quote                     1.1914
//   chrome                         -1.2553
//   in-article                     -0.6165
//   heading                        -0.3934
//   caption                        0.6248
//   list-item                      0.0711
//   table-cell                     -1.9286
//   depth                          0.6701
//   siblings                       1.4765
//   line-length                    0.4726
//   line-negative                  0.181
//   page-negative                  -0.6448
//   page-candidates                -0.7012
//   same-price                     -0.3471
//   price-big                      0.8453
//   price-small                    -0.1303
//   label-left                     0.1964
//   lang-other                     -1.0759
//   lang:en                        0.5158
//   lang:de                        -0.1388
//   lang:fr                        0.2166
//   lang:it                        -0.2882
//   lang:es                        0.3187
//   lang:nl                        0.7112
//   lang:pl                        0.6692
//   lang:sv                        -0.9775
//   lang:ja                        0.049
//   name-is-shop                   -0.0806
//   name-is-title                  -0.24
//   holds-title                    0.2144
//   record-lines                   1.331
//   name-one-noun                  0.1812
//   name-sentence                  -0.8774
//   no-price*siblings              -1.0589
//   no-price*brand-known           -0.8313
//   no-price*url                   0.1473
//   no-price*one-noun              0.8741
//   price-range                    -0.7741
//   candidate-siblings             -0.1115
//   page-shop-links                0.392
//   no-price*shop-links            -0.6745
//   no-price*page-unpriced         3.4765
//   no-price*candidate-siblings    1.1637
//   format:anchor-credit           0.4006
//   format:anchor-maker            -0.0784
//   format:anchor-runon            0.1864
//   maker-lead                     -1.6956
//   maker-tail                     -1.5761
//   maker-inside                   -0.0886
//   maker-host                     0.8165
//   maker-read-known               -1.511
//   no-price*brand-heading-run     2.4328
//   format:anchor-prose-brand      -0.492
//   format:anchor-cjk              1.1194
//   name-hiragana                  -1.7753
//   name-cjk-punct                 -0.2482
//   name-cjk-quoted                1.4831
//   name-cjk-editorial             -0.3199
//   name-cjk-holds-brand           -0.4476
//   format:anchor-group            -0.2142
//   in-record                      -0.2142
//   record-group-size              -0.1625
//   record-group-priced            -0.0103
//   record-group-linked            -0.2702
//   record-seq                     -0.0214
//   record-price                   -0.0214
//   record-shop-link               -0.336
//   record-buy                     -0.1824
//   record-brand-first             -0.1633
//   record-length                  -0.2454
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2142
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1218
//   anchor-group*name-proper       0.1159
//   name-used                      -1.3252
//   shared-credit                  1.5173
//   headline-negative              -1.4919
//   format:anchor-own-shop         -0.156
//   own-shop*slot                  0.6068
//   own-shop*url-repeats           0.5013
//   own-shop*page-slots            0.8649
//   own-shop*page-cart             -0.6667
//   format:anchor-of-maker         0.0152
//   cue:first-person               -0.5283
//   cue:recommend                  -0.5994
//   cue:report                     -0.1804
//   format:anchor-possessive       -0.244
//   used-goods                     -1.1767
//   page-used-goods                -2.4011
//   block-run                      -0.792
//   block-short-offer              1.3703
//   format:anchor-block            -0.8648
//   format:anchor-maker-first      0.2281
//   cue:past-year                  -1.2612
//   cue:parted-or-warned           -0.893
//   format:anchor-maker-noun       0.2697

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0163
//   first-logit                    3.3135
//   same-parent-max                0.76
//   same-parent-mean               -1.8336
//   same-grandparent-mean          2.3756
//   page-accepted-share            -1.9917
//   format-accepted-share          1.77
//   no-price*same-parent-mean      0.1587
//   no-price*format-accepted-share 0.1519
//   no-price*first-logit           -0.3119

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

export const DETECT_MODEL: DetectModel = {"weights":[-10.4466,1.6583,0.8242,-0.1219,-1.0725,-0.3603,0.6921,0.4861,0.17,-0.3099,-1.1106,0.197,-1.8918,0.7874,0.0867,1.0332,0.5858,2.5196,-0.2298,0.0342,0.2252,4.8273,1.8727,-0.2041,0.3678,-0.3162,0.2116,0.8915,-0.8221,-1.0981,0.0856,1.1914,-1.2553,-0.6165,-0.3934,0.6248,0.0711,-1.9286,0.6701,1.4765,0.4726,0.181,-0.6448,-0.7012,-0.3471,0.8453,-0.1303,0.1964,-1.0759,0.5158,-0.1388,0.2166,-0.2882,0.3187,0.7112,0.6692,-0.9775,0.049,-0.0806,-0.24,0.2144,1.331,0.1812,-0.8774,-1.0589,-0.8313,0.1473,0.8741,-0.7741,-0.1115,0.392,-0.6745,3.4765,1.1637,0.4006,-0.0784,0.1864,-1.6956,-1.5761,-0.0886,0.8165,-1.511,2.4328,-0.492,1.1194,-1.7753,-0.2482,1.4831,-0.3199,-0.4476,-0.2142,-0.2142,-0.1625,-0.0103,-0.2702,-0.0214,-0.0214,-0.336,-0.1824,-0.1633,-0.2454,0,0,0,-0.2142,0,0,0.1218,0.1159,-1.3252,1.5173,-1.4919,-0.156,0.6068,0.5013,0.8649,-0.6667,0.0152,-0.5283,-0.5994,-0.1804,-0.244,-1.1767,-2.4011,-0.792,1.3703,-0.8648,0.2281,-1.2612,-0.893,0.2697],"second":[0.0163,3.3135,0.76,-1.8336,2.3756,-1.9917,1.77,0.1587,0.1519,-0.3119],"accept":0.5};
