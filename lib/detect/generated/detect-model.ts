// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 996 labelled pages (7605 candidates, 4349 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.1862
//   format:table                   1.4158
//   format:card                    0.9451
//   format:brand-then-line         -0.3734
//   format:heading                 -1.2332
//   format:name-then-price         -0.5219
//   format:caption                 0.4991
//   format:linked-prose            0.3104
//   format:anchor-line             -0.0011
//   format:anchor-list             -0.5578
//   format:anchor-prose            -0.9852
//   format:anchor-record           -0.2851
//   format:anchor-carry            -1.9061
//   format:anchor-link             0.7445
//   format:anchor-heading          0.0779
//   evidence                       1.2224
//   evidence>=4                    0.5524
//   price                          1.8768
//   retailer                       -0.2723
//   url                            0.1084
//   deep-url                       0.2252
//   brand                          5.0448
//   brand-known                    1.7607
//   brand-ambiguous                -0.2337
//   brand-caps                     0.4156
//   name-words                     -0.2493
//   name-long                      0.0986
//   name-noun                      0.9797
//   name-caps                      -0.6313
//   name-lower-start               -1.0522
//   name-digits                    -0.0513
//   name-quote                     1.1555
//   chrome                         -1.5064
//   in-article                     -0.7683
//   heading                        -0.4599
//   caption                        0.7495
//   list-item                      0.3772
//   table-cell                     -1.6679
//   depth                          -0.3492
//   siblings                       1.5071
//   line-length                    -0.0829
//   line-negative                  0.2046
//   page-negative                  -0.3418
//   page-candidates                -0.2872
//   same-price                     -0.3521
//   price-big                      0.7529
//   price-small                    -0.0788
//   label-left                     -0.0546
//   lang-other                     -0.7565
//   lang:en                        0.5321
//   lang:de                        -0.1009
//   lang:fr                        0.3013
//   lang:it                        -0.0434
//   lang:es                        0.3721
//   lang:nl                        0.5329
//   lang:pl                        0.78
//   lang:sv                        -1.0553
//   lang:ja                        -0.5622
//   name-is-shop                   -0.2214
//   name-is-title                  -0.4407
//   holds-title                    -0.0325
//   record-lines                   1.6408
//   name-one-noun                  0.1323
//   name-sentence                  -0.6541
//   no-price*siblings              -1.1615
//   no-price*brand-known           -0.7404
//   no-price*url                   0.2097
//   no-price*one-noun              0.6339
//   price-range                    -0.816
//   candidate-siblings             -0.0687
//   page-shop-links                0.0983
//   no-price*shop-links            -0.6884
//   no-price*page-unpriced         2.7981
//   no-price*candidate-siblings    0.6803
//   format:anchor-credit           0.0906
//   format:anchor-maker            -0.324
//   format:anchor-runon            0.5712
//   maker-lead                     -1.8451
//   maker-tail                     -1.639
//   maker-inside                   -0.0381
//   maker-host                     0.8083
//   maker-read-known               -1.7447
//   no-price*brand-heading-run     2.3213
//   format:anchor-prose-brand      -0.0371
//   format:anchor-cjk              2.2512
//   name-hiragana                  -0.9933
//   name-cjk-punct                 -0.9035
//   name-cjk-quoted                0.6333
//   name-cjk-editorial             -0.1644
//   name-cjk-holds-brand           -0.2815
//   format:anchor-group            -0.2454
//   in-record                      -0.2454
//   record-group-size              -0.2113
//   record-group-priced            0.0266
//   record-group-linked            -0.3503
//   record-seq                     0.015
//   record-price                   0.015
//   record-shop-link               -0.3342
//   record-buy                     -0.1679
//   record-brand-first             -0.2039
//   record-length                  -0.2474
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2454
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0888
//   anchor-group*name-proper       0.0586
//   name-used                      -1.6053
//   shared-credit                  1.5476
//   headline-negative              -2.0655
//   format:anchor-own-shop         -0.0734
//   own-shop*slot                  0.4026
//   own-shop*url-repeats           0.5152
//   own-shop*page-slots            0.7312
//   own-shop*page-cart             -0.7331
//   format:anchor-of-maker         0.5384
//   cue:first-person               -0.683
//   cue:recommend                  -0.4836
//   cue:report                     -0.5046
//   format:anchor-possessive       -0.2546
//   used-goods                     -1.3969
//   page-used-goods                -2.4156
//   block-run                      -0.9851
//   block-short-offer              1.2916
//   format:anchor-block            -0.9213
//   format:anchor-maker-first      0.1034
//   cue:past-year                  -1.0728
//   cue:parted-or-warned           -0.8946
//   format:anchor-maker-noun       0.615
//   page-recall-lines              -0.2183
//   page-recall-headline           -0.3481
//   page-unreleased-lines          0.0334
//   page-unreleased-headline       -0.8752
//   maker-section                  0.7513
//   maker-section-h1               -0.8637
//   maker-section-named            0.7906
//   maker-section-distance         0.4362

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1532
//   first-logit                    3.49
//   same-parent-max                0.6602
//   same-parent-mean               -1.7411
//   same-grandparent-mean          2.381
//   page-accepted-share            -2.0922
//   format-accepted-share          1.7734
//   no-price*same-parent-mean      0.2276
//   no-price*format-accepted-share -0.07
//   no-price*first-logit           -0.4783

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.1862,1.4158,0.9451,-0.3734,-1.2332,-0.5219,0.4991,0.3104,-0.0011,-0.5578,-0.9852,-0.2851,-1.9061,0.7445,0.0779,1.2224,0.5524,1.8768,-0.2723,0.1084,0.2252,5.0448,1.7607,-0.2337,0.4156,-0.2493,0.0986,0.9797,-0.6313,-1.0522,-0.0513,1.1555,-1.5064,-0.7683,-0.4599,0.7495,0.3772,-1.6679,-0.3492,1.5071,-0.0829,0.2046,-0.3418,-0.2872,-0.3521,0.7529,-0.0788,-0.0546,-0.7565,0.5321,-0.1009,0.3013,-0.0434,0.3721,0.5329,0.78,-1.0553,-0.5622,-0.2214,-0.4407,-0.0325,1.6408,0.1323,-0.6541,-1.1615,-0.7404,0.2097,0.6339,-0.816,-0.0687,0.0983,-0.6884,2.7981,0.6803,0.0906,-0.324,0.5712,-1.8451,-1.639,-0.0381,0.8083,-1.7447,2.3213,-0.0371,2.2512,-0.9933,-0.9035,0.6333,-0.1644,-0.2815,-0.2454,-0.2454,-0.2113,0.0266,-0.3503,0.015,0.015,-0.3342,-0.1679,-0.2039,-0.2474,0,0,0,-0.2454,0,0,0.0888,0.0586,-1.6053,1.5476,-2.0655,-0.0734,0.4026,0.5152,0.7312,-0.7331,0.5384,-0.683,-0.4836,-0.5046,-0.2546,-1.3969,-2.4156,-0.9851,1.2916,-0.9213,0.1034,-1.0728,-0.8946,0.615,-0.2183,-0.3481,0.0334,-0.8752,0.7513,-0.8637,0.7906,0.4362],"second":[0.1532,3.49,0.6602,-1.7411,2.381,-2.0922,1.7734,0.2276,-0.07,-0.4783],"accept":0.5};
