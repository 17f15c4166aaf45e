// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 708 labelled pages (5601 candidates, 3228 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.4937
//   format:table                   0.9458
//   format:card                    0.5965
//   format:brand-then-line         0.1408
//   format:heading                 -0.8979
//   format:name-then-price         -0.1903
//   format:caption                 0.4756
//   format:linked-prose            0.271
//   format:anchor-line             -0.0269
//   format:anchor-list             0.1184
//   format:anchor-prose            -1.1335
//   format:anchor-record           0.2881
//   format:anchor-carry            -1.3211
//   format:anchor-link             0.4968
//   format:anchor-heading          0.168
//   evidence                       0.9686
//   evidence>=4                    0.6792
//   price                          1.4006
//   retailer                       0.0369
//   url                            0.0553
//   deep-url                       0.1392
//   brand                          3.5616
//   brand-known                    2.0744
//   brand-ambiguous                -0.0331
//   brand-caps                     0.0669
//   name-words                     -0.2499
//   name-long                      -0.346
//   name-noun                      0.7664
//   name-caps                      -0.4277
//   name-lower-start               -1.0538
//   name-digits                    0.193
//   name-quote                     0.6051
//   chrome                         -0.8345
//   in-article                     0.0177
//   heading                        -0.4545
//   caption                        0.3665
//   list-item                      -0.312
//   table-cell                     -0.0461
//   depth                          0.3741
//   siblings                       1.0884
//   line-length                    0.6142
//   line-negative                  -0.0355
//   page-negative                  -0.6165
//   page-candidates                -0.626
//   same-price                     -0.1782
//   price-big                      0.4505
//   price-small                    0.0386
//   label-left                     0.2272
//   lang-other                     -1.2772
//   lang:en                        0.4752
//   lang:de                        0.0574
//   lang:fr                        0.2949
//   lang:it                        -0.4694
//   lang:es                        0.1055
//   lang:nl                        0.6791
//   lang:pl                        0.6036
//   lang:sv                        -0.4386
//   lang:ja                        -0.0306
//   name-is-shop                   -0.3345
//   name-is-title                  -0.0137
//   holds-title                    0.0351
//   record-lines                   0.8495
//   name-one-noun                  0.4023
//   name-sentence                  -0.7277
//   no-price*siblings              -1.0605
//   no-price*brand-known           -1.3371
//   no-price*url                   0.3216
//   no-price*one-noun              0.7962
//   price-range                    -0.4502
//   candidate-siblings             -0.0987
//   page-shop-links                0.3412
//   no-price*shop-links            -0.642
//   no-price*page-unpriced         2.6116
//   no-price*candidate-siblings    0.1308
//   format:anchor-credit           -0.007
//   format:anchor-maker            0.2426
//   format:anchor-runon            0.2729
//   maker-lead                     -1.3885
//   maker-tail                     -1.2573
//   maker-inside                   -0.0734
//   maker-read-known               -0.9949
//   no-price*brand-heading-run     1.5285
//   format:anchor-prose-brand      -0.2577
//   format:anchor-cjk              1.2379
//   name-hiragana                  -0.8419
//   name-cjk-punct                 -0.3133
//   name-cjk-quoted                0.8582
//   name-cjk-editorial             -0.462
//   name-cjk-holds-brand           -0.1891
//   format:anchor-group            -0.0896
//   in-record                      -0.0896
//   record-group-size              -0.0637
//   record-group-priced            0.0363
//   record-group-linked            -0.1563
//   record-seq                     0.0237
//   record-price                   0.0237
//   record-shop-link               -0.1765
//   record-buy                     -0.097
//   record-brand-first             -0.1088
//   record-length                  -0.0789
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.0896
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.087
//   anchor-group*name-proper       -0.0955
//   name-used                      -0.7905
//   shared-credit                  0.863
//   headline-negative              -0.3436
//   format:anchor-own-shop         -0.0312
//   own-shop*slot                  0.4015
//   own-shop*url-repeats           0.1729
//   own-shop*page-slots            0.6437
//   own-shop*page-cart             -0.1449
//   format:anchor-of-maker         -0.551
//   cue:first-person               0.01
//   cue:recommend                  -0.1589
//   cue:report                     -0.0436
//   format:anchor-possessive       -0.0888
//   used-goods                     -0.6696
//   page-used-goods                -0.8095
//   block-run                      -0.5235
//   block-short-offer              0.9354
//   format:anchor-block            -0.6594
//   cue:past-year                  -0.6079
//   cue:parted-or-warned           -0.5456

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0881
//   first-logit                    3.4784
//   same-parent-max                0.637
//   same-parent-mean               -1.443
//   same-grandparent-mean          1.9265
//   page-accepted-share            -2.0911
//   format-accepted-share          1.8258
//   no-price*same-parent-mean      0.0595
//   no-price*format-accepted-share 0.5254
//   no-price*first-logit           -0.056

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.4937,0.9458,0.5965,0.1408,-0.8979,-0.1903,0.4756,0.271,-0.0269,0.1184,-1.1335,0.2881,-1.3211,0.4968,0.168,0.9686,0.6792,1.4006,0.0369,0.0553,0.1392,3.5616,2.0744,-0.0331,0.0669,-0.2499,-0.346,0.7664,-0.4277,-1.0538,0.193,0.6051,-0.8345,0.0177,-0.4545,0.3665,-0.312,-0.0461,0.3741,1.0884,0.6142,-0.0355,-0.6165,-0.626,-0.1782,0.4505,0.0386,0.2272,-1.2772,0.4752,0.0574,0.2949,-0.4694,0.1055,0.6791,0.6036,-0.4386,-0.0306,-0.3345,-0.0137,0.0351,0.8495,0.4023,-0.7277,-1.0605,-1.3371,0.3216,0.7962,-0.4502,-0.0987,0.3412,-0.642,2.6116,0.1308,-0.007,0.2426,0.2729,-1.3885,-1.2573,-0.0734,-0.9949,1.5285,-0.2577,1.2379,-0.8419,-0.3133,0.8582,-0.462,-0.1891,-0.0896,-0.0896,-0.0637,0.0363,-0.1563,0.0237,0.0237,-0.1765,-0.097,-0.1088,-0.0789,0,0,0,-0.0896,0,0,0.087,-0.0955,-0.7905,0.863,-0.3436,-0.0312,0.4015,0.1729,0.6437,-0.1449,-0.551,0.01,-0.1589,-0.0436,-0.0888,-0.6696,-0.8095,-0.5235,0.9354,-0.6594,-0.6079,-0.5456],"second":[0.0881,3.4784,0.637,-1.443,1.9265,-2.0911,1.8258,0.0595,0.5254,-0.056],"accept":0.5};
