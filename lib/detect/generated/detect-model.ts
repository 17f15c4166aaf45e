// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 924 labelled pages (6936 candidates, 3983 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -10.388
//   format:table                   1.6594
//   format:card                    0.8004
//   format:brand-then-line         -0.1236
//   format:heading                 -1.0881
//   format:name-then-price         -0.3563
//   format:caption                 0.6904
//   format:linked-prose            0.5007
//   format:anchor-line             0.1679
//   format:anchor-list             -0.3104
//   format:anchor-prose            -1.1024
//   format:anchor-record           0.1679
//   format:anchor-carry            -1.8781
//   format:anchor-link             0.8051
//   format:anchor-heading          0.0678
//   evidence                       1.0425
//   evidence>=4                    0.5799
//   price                          2.513
//   retailer                       -0.2245
//   url                            0.0226
//   deep-url                       0.2166
//   brand                          4.7966
//   brand-known                    1.8879
//   brand-ambiguous                -0.19
//   brand-caps                     0.3561
//   name-words                     -0.2981
//   name-long                      0.1958
//   name-noun                      0.8805
//   name-caps                      -0.813
//   name-lower-start               -1.1093
//   name-digits                    0.0986
//   name-quote                     1.177
//   chrome                         -1.3923
//   in-article                     -0.6328
//   heading                        -0.3901
//   caption                        0.6325
//   list-item                      0.0947
//   table-cell                     -1.9311
//   depth                          0.5799
//   siblings                       1.447
//   line-length                    0.4749
//   line-negative                  0.1917
//   page-negative                  -0.6494
//   page-candidates                -0.6871
//   same-price                     -0.3555
//   price-big                      0.8425
//   price-small                    -0.1177
//   label-left                     0.1976
//   lang-other                     -1.0898
//   lang:en                        0.4946
//   lang:de                        -0.121
//   lang:fr                        0.2079
//   lang:it                        -0.3228
//   lang:es                        0.3209
//   lang:nl                        0.7157
//   lang:pl                        0.6638
//   lang:sv                        -0.9149
//   lang:ja                        0.0456
//   name-is-shop                   -0.0807
//   name-is-title                  -0.2359
//   holds-title                    0.2177
//   record-lines                   1.4541
//   name-one-noun                  0.1886
//   name-sentence                  -0.8787
//   no-price*siblings              -1.019
//   no-price*brand-known           -0.8533
//   no-price*url                   0.1578
//   no-price*one-noun              0.8756
//   price-range                    -0.7709
//   candidate-siblings             -0.1104
//   page-shop-links                0.4196
//   no-price*shop-links            -0.6963
//   no-price*page-unpriced         3.473
//   no-price*candidate-siblings    1.1475
//   format:anchor-credit           0.3981
//   format:anchor-maker            -0.071
//   format:anchor-runon            0.1889
//   maker-lead                     -1.6608
//   maker-tail                     -1.5714
//   maker-inside                   -0.0992
//   maker-read-known               -1.3452
//   no-price*brand-heading-run     2.4235
//   format:anchor-prose-brand      -0.4901
//   format:anchor-cjk              1.1229
//   name-hiragana                  -1.7793
//   name-cjk-punct                 -0.2521
//   name-cjk-quoted                1.4789
//   name-cjk-editorial             -0.3268
//   name-cjk-holds-brand           -0.4582
//   format:anchor-group            -0.2165
//   in-record                      -0.2165
//   record-group-size              -0.1653
//   record-group-priced            -0.0156
//   record-group-linked            -0.2704
//   record-seq                     -0.0246
//   record-price                   -0.0246
//   record-shop-link               -0.3398
//   record-buy                     -0.1941
//   record-brand-first             -0.1724
//   record-length                  -0.2529
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2165
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1233
//   anchor-group*name-proper       0.1191
//   name-used                      -1.3298
//   shared-credit                  1.5319
//   headline-negative              -1.5179
//   format:anchor-own-shop         -0.1633
//   own-shop*slot                  0.6162
//   own-shop*url-repeats           0.5018
//   own-shop*page-slots            0.8619
//   own-shop*page-cart             -0.6597
//   format:anchor-of-maker         0.0124
//   cue:first-person               -0.518
//   cue:recommend                  -0.5945
//   cue:report                     -0.183
//   format:anchor-possessive       -0.2371
//   used-goods                     -1.1771
//   page-used-goods                -2.4047
//   block-run                      -0.7772
//   block-short-offer              1.3553
//   format:anchor-block            -0.8689
//   format:anchor-maker-first      0.2397
//   cue:past-year                  -1.2474
//   cue:parted-or-warned           -0.8918
//   format:anchor-maker-noun       0.2848

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0167
//   first-logit                    3.2854
//   same-parent-max                0.7653
//   same-parent-mean               -1.7749
//   same-grandparent-mean          2.3445
//   page-accepted-share            -1.9586
//   format-accepted-share          1.7683
//   no-price*same-parent-mean      0.1281
//   no-price*format-accepted-share 0.1663
//   no-price*first-logit           -0.3075

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

export const DETECT_MODEL: DetectModel = {"weights":[-10.388,1.6594,0.8004,-0.1236,-1.0881,-0.3563,0.6904,0.5007,0.1679,-0.3104,-1.1024,0.1679,-1.8781,0.8051,0.0678,1.0425,0.5799,2.513,-0.2245,0.0226,0.2166,4.7966,1.8879,-0.19,0.3561,-0.2981,0.1958,0.8805,-0.813,-1.1093,0.0986,1.177,-1.3923,-0.6328,-0.3901,0.6325,0.0947,-1.9311,0.5799,1.447,0.4749,0.1917,-0.6494,-0.6871,-0.3555,0.8425,-0.1177,0.1976,-1.0898,0.4946,-0.121,0.2079,-0.3228,0.3209,0.7157,0.6638,-0.9149,0.0456,-0.0807,-0.2359,0.2177,1.4541,0.1886,-0.8787,-1.019,-0.8533,0.1578,0.8756,-0.7709,-0.1104,0.4196,-0.6963,3.473,1.1475,0.3981,-0.071,0.1889,-1.6608,-1.5714,-0.0992,-1.3452,2.4235,-0.4901,1.1229,-1.7793,-0.2521,1.4789,-0.3268,-0.4582,-0.2165,-0.2165,-0.1653,-0.0156,-0.2704,-0.0246,-0.0246,-0.3398,-0.1941,-0.1724,-0.2529,0,0,0,-0.2165,0,0,0.1233,0.1191,-1.3298,1.5319,-1.5179,-0.1633,0.6162,0.5018,0.8619,-0.6597,0.0124,-0.518,-0.5945,-0.183,-0.2371,-1.1771,-2.4047,-0.7772,1.3553,-0.8689,0.2397,-1.2474,-0.8918,0.2848],"second":[-0.0167,3.2854,0.7653,-1.7749,2.3445,-1.9586,1.7683,0.1281,0.1663,-0.3075],"accept":0.5};
