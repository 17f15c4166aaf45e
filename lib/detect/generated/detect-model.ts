// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1284 labelled pages (8699 candidates, 4880 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.6609
//   format:table                   1.4816
//   format:card                    1.0213
//   format:brand-then-line         -0.2789
//   format:heading                 -1.1152
//   format:name-then-price         -0.4897
//   format:caption                 0.4193
//   format:linked-prose            0.4371
//   format:anchor-line             0.2179
//   format:anchor-list             -0.4071
//   format:anchor-prose            -0.8643
//   format:anchor-record           -0.3255
//   format:anchor-carry            -1.8889
//   format:anchor-link             0.7884
//   format:anchor-heading          0.0893
//   format:anchor-heading-prose    -0.5088
//   evidence                       1.2784
//   evidence>=4                    0.4169
//   price                          1.1598
//   retailer                       -0.2967
//   url                            0.1759
//   deep-url                       0.2249
//   brand                          5.1758
//   brand-known                    1.7513
//   brand-ambiguous                -0.2257
//   brand-caps                     0.3301
//   name-words                     -0.3885
//   name-long                      -0.0031
//   name-noun                      0.9978
//   name-caps                      -0.9665
//   name-lower-start               -1.0261
//   name-digits                    -0.0854
//   name-quote                     1.0318
//   chrome                         -1.5723
//   in-article                     -0.2052
//   heading                        -0.512
//   caption                        0.8879
//   list-item                      0.3117
//   table-cell                     -1.2868
//   depth                          -0.3064
//   siblings                       1.4741
//   line-length                    0.0502
//   line-negative                  0.3277
//   page-negative                  -0.3725
//   page-candidates                -0.0513
//   same-price                     -0.3176
//   price-big                      0.7595
//   price-small                    -0.4224
//   label-left                     -0.1894
//   lang-other                     -0.6794
//   lang:en                        0.4454
//   lang:de                        -0.0202
//   lang:fr                        0.2235
//   lang:it                        -0.1031
//   lang:es                        0.257
//   lang:nl                        0.4864
//   lang:pl                        0.5962
//   lang:sv                        -0.8752
//   lang:ja                        -0.3305
//   name-is-shop                   -0.1637
//   name-is-title                  -0.4692
//   holds-title                    0.2393
//   record-lines                   1.928
//   name-one-noun                  0.1565
//   name-sentence                  -0.8507
//   no-price*siblings              -1.5665
//   no-price*brand-known           -1.0041
//   no-price*url                   0.0819
//   no-price*one-noun              0.5488
//   price-range                    -0.7098
//   candidate-siblings             -0.0332
//   page-shop-links                0.1855
//   no-price*shop-links            -0.9844
//   no-price*page-unpriced         2.6596
//   no-price*candidate-siblings    0.9621
//   format:anchor-credit           -0.0222
//   format:anchor-maker            -0.2103
//   format:anchor-runon            0.4475
//   maker-lead                     -1.9087
//   maker-tail                     -1.5227
//   maker-inside                   -0.0545
//   maker-host                     0.7979
//   maker-read-known               -1.2831
//   no-price*brand-heading-run     3.0262
//   format:anchor-prose-brand      0.0703
//   format:anchor-lead             -0.2203
//   format:anchor-cjk              1.7535
//   name-hiragana                  -1.325
//   name-cjk-punct                 -1.0244
//   name-cjk-quoted                0.7641
//   name-cjk-editorial             -0.0061
//   name-cjk-holds-brand           -0.5361
//   format:anchor-group            -0.2304
//   in-record                      -0.2304
//   record-group-size              -0.1279
//   record-group-priced            0.0051
//   record-group-linked            -0.3068
//   record-seq                     0.022
//   record-price                   -0.0034
//   record-shop-link               -0.1515
//   record-buy                     0.212
//   record-brand-first             0.2471
//   record-length                  -0.1177
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2304
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      -0.0789
//   anchor-group*name-proper       0.152
//   name-used                      -1.5925
//   shared-credit                  1.1363
//   headline-negative              -2.0344
//   format:anchor-own-shop         -0.299
//   own-shop*slot                  0.3973
//   own-shop*url-repeats           0.5022
//   own-shop*page-slots            0.9608
//   own-shop*page-cart             -0.6692
//   format:anchor-of-maker         0.1784
//   cue:first-person               -0.3601
//   cue:recommend                  -0.5869
//   cue:report                     -0.2465
//   format:anchor-possessive       -0.4539
//   used-goods                     -1.371
//   page-used-goods                -2.0515
//   block-run                      -1.0424
//   block-short-offer              1.2941
//   format:anchor-block            -0.7426
//   format:anchor-maker-first      0.4343
//   cue:past-year                  -0.8719
//   cue:parted-or-warned           -0.6818
//   format:anchor-maker-noun       0.5568
//   page-recall-lines              -0.1741
//   page-recall-headline           -0.327
//   page-unreleased-lines          0.016
//   page-unreleased-headline       -0.9713
//   maker-section                  0.0511
//   maker-section-h1               -1.2416
//   maker-section-named            0.6755
//   maker-section-distance         0.2317
//   format:anchor-noun-maker       0.4217
//   maker-shop-price               -0.0695
//   maker-shop-list                -0.4557
//   list-item-maker                0.6688

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1207
//   first-logit                    3.3882
//   same-parent-max                0.4342
//   same-parent-mean               -1.3371
//   same-grandparent-mean          2.2331
//   page-accepted-share            -1.9238
//   format-accepted-share          1.7403
//   no-price*same-parent-mean      0.1334
//   no-price*format-accepted-share -0.0224
//   no-price*first-logit           -0.4146

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.6609,1.4816,1.0213,-0.2789,-1.1152,-0.4897,0.4193,0.4371,0.2179,-0.4071,-0.8643,-0.3255,-1.8889,0.7884,0.0893,-0.5088,1.2784,0.4169,1.1598,-0.2967,0.1759,0.2249,5.1758,1.7513,-0.2257,0.3301,-0.3885,-0.0031,0.9978,-0.9665,-1.0261,-0.0854,1.0318,-1.5723,-0.2052,-0.512,0.8879,0.3117,-1.2868,-0.3064,1.4741,0.0502,0.3277,-0.3725,-0.0513,-0.3176,0.7595,-0.4224,-0.1894,-0.6794,0.4454,-0.0202,0.2235,-0.1031,0.257,0.4864,0.5962,-0.8752,-0.3305,-0.1637,-0.4692,0.2393,1.928,0.1565,-0.8507,-1.5665,-1.0041,0.0819,0.5488,-0.7098,-0.0332,0.1855,-0.9844,2.6596,0.9621,-0.0222,-0.2103,0.4475,-1.9087,-1.5227,-0.0545,0.7979,-1.2831,3.0262,0.0703,-0.2203,1.7535,-1.325,-1.0244,0.7641,-0.0061,-0.5361,-0.2304,-0.2304,-0.1279,0.0051,-0.3068,0.022,-0.0034,-0.1515,0.212,0.2471,-0.1177,0,0,0,-0.2304,0,0,-0.0789,0.152,-1.5925,1.1363,-2.0344,-0.299,0.3973,0.5022,0.9608,-0.6692,0.1784,-0.3601,-0.5869,-0.2465,-0.4539,-1.371,-2.0515,-1.0424,1.2941,-0.7426,0.4343,-0.8719,-0.6818,0.5568,-0.1741,-0.327,0.016,-0.9713,0.0511,-1.2416,0.6755,0.2317,0.4217,-0.0695,-0.4557,0.6688],"second":[0.1207,3.3882,0.4342,-1.3371,2.2331,-1.9238,1.7403,0.1334,-0.0224,-0.4146],"accept":0.5};
