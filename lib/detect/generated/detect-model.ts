// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1284 labelled pages (8697 candidates, 4878 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.6615
//   format:table                   1.4816
//   format:card                    1.0214
//   format:brand-then-line         -0.279
//   format:heading                 -1.1148
//   format:name-then-price         -0.4896
//   format:caption                 0.4197
//   format:linked-prose            0.4374
//   format:anchor-line             0.2182
//   format:anchor-list             -0.407
//   format:anchor-prose            -0.8645
//   format:anchor-record           -0.3253
//   format:anchor-carry            -1.8889
//   format:anchor-link             0.7881
//   format:anchor-heading          0.0891
//   format:anchor-heading-prose    -0.509
//   evidence                       1.2793
//   evidence>=4                    0.4158
//   price                          1.1601
//   retailer                       -0.2967
//   url                            0.1759
//   deep-url                       0.225
//   brand                          5.1759
//   brand-known                    1.7514
//   brand-ambiguous                -0.2257
//   brand-caps                     0.3301
//   name-words                     -0.3885
//   name-long                      -0.0032
//   name-noun                      0.9978
//   name-caps                      -0.9665
//   name-lower-start               -1.0259
//   name-digits                    -0.0853
//   name-quote                     1.0319
//   chrome                         -1.5722
//   in-article                     -0.2053
//   heading                        -0.5121
//   caption                        0.8875
//   list-item                      0.3117
//   table-cell                     -1.2867
//   depth                          -0.3064
//   siblings                       1.4741
//   line-length                    0.0504
//   line-negative                  0.3277
//   page-negative                  -0.3724
//   page-candidates                -0.0516
//   same-price                     -0.3175
//   price-big                      0.7594
//   price-small                    -0.4223
//   label-left                     -0.1893
//   lang-other                     -0.6793
//   lang:en                        0.4452
//   lang:de                        -0.0202
//   lang:fr                        0.2234
//   lang:it                        -0.1031
//   lang:es                        0.257
//   lang:nl                        0.4864
//   lang:pl                        0.5962
//   lang:sv                        -0.8752
//   lang:ja                        -0.3305
//   name-is-shop                   -0.1634
//   name-is-title                  -0.4692
//   holds-title                    0.2392
//   record-lines                   1.928
//   name-one-noun                  0.1565
//   name-sentence                  -0.8506
//   no-price*siblings              -1.5667
//   no-price*brand-known           -1.0034
//   no-price*url                   0.0821
//   no-price*one-noun              0.5486
//   price-range                    -0.7098
//   candidate-siblings             -0.0333
//   page-shop-links                0.1856
//   no-price*shop-links            -0.9843
//   no-price*page-unpriced         2.6595
//   no-price*candidate-siblings    0.9623
//   format:anchor-credit           -0.0219
//   format:anchor-maker            -0.2106
//   format:anchor-runon            0.4466
//   maker-lead                     -1.9089
//   maker-tail                     -1.5229
//   maker-inside                   -0.0545
//   maker-host                     0.7979
//   maker-read-known               -1.2831
//   no-price*brand-heading-run     3.0262
//   format:anchor-prose-brand      0.0699
//   format:anchor-lead             -0.2204
//   format:anchor-cjk              1.7536
//   name-hiragana                  -1.3251
//   name-cjk-punct                 -1.0243
//   name-cjk-quoted                0.764
//   name-cjk-editorial             -0.0062
//   name-cjk-holds-brand           -0.5363
//   format:anchor-group            -0.2304
//   in-record                      -0.2304
//   record-group-size              -0.1279
//   record-group-priced            0.005
//   record-group-linked            -0.3067
//   record-seq                     0.0219
//   record-price                   -0.0035
//   record-shop-link               -0.1516
//   record-buy                     0.212
//   record-brand-first             0.2471
//   record-length                  -0.1177
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2304
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      -0.0788
//   anchor-group*name-proper       0.1521
//   name-used                      -1.5926
//   shared-credit                  1.136
//   headline-negative              -2.0343
//   format:anchor-own-shop         -0.2989
//   own-shop*slot                  0.3972
//   own-shop*url-repeats           0.5023
//   own-shop*page-slots            0.9607
//   own-shop*page-cart             -0.6691
//   format:anchor-of-maker         0.1785
//   cue:first-person               -0.36
//   cue:recommend                  -0.5869
//   cue:report                     -0.2463
//   format:anchor-possessive       -0.454
//   used-goods                     -1.3711
//   page-used-goods                -2.0515
//   block-run                      -1.0422
//   block-short-offer              1.294
//   format:anchor-block            -0.7421
//   format:anchor-maker-first      0.4347
//   cue:past-year                  -0.872
//   cue:parted-or-warned           -0.6817
//   format:anchor-maker-noun       0.5564
//   page-recall-lines              -0.1741
//   page-recall-headline           -0.327
//   page-unreleased-lines          0.016
//   page-unreleased-headline       -0.9714
//   maker-section                  0.0507
//   maker-section-h1               -1.2416
//   maker-section-named            0.6754
//   maker-section-distance         0.2316
//   format:anchor-noun-maker       0.4217
//   maker-shop-price               -0.0693
//   maker-shop-list                -0.4556
//   list-item-maker                0.6691

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1207
//   first-logit                    3.3883
//   same-parent-max                0.4342
//   same-parent-mean               -1.3371
//   same-grandparent-mean          2.2328
//   page-accepted-share            -1.9236
//   format-accepted-share          1.7403
//   no-price*same-parent-mean      0.1331
//   no-price*format-accepted-share -0.0222
//   no-price*first-logit           -0.4151

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.6615,1.4816,1.0214,-0.279,-1.1148,-0.4896,0.4197,0.4374,0.2182,-0.407,-0.8645,-0.3253,-1.8889,0.7881,0.0891,-0.509,1.2793,0.4158,1.1601,-0.2967,0.1759,0.225,5.1759,1.7514,-0.2257,0.3301,-0.3885,-0.0032,0.9978,-0.9665,-1.0259,-0.0853,1.0319,-1.5722,-0.2053,-0.5121,0.8875,0.3117,-1.2867,-0.3064,1.4741,0.0504,0.3277,-0.3724,-0.0516,-0.3175,0.7594,-0.4223,-0.1893,-0.6793,0.4452,-0.0202,0.2234,-0.1031,0.257,0.4864,0.5962,-0.8752,-0.3305,-0.1634,-0.4692,0.2392,1.928,0.1565,-0.8506,-1.5667,-1.0034,0.0821,0.5486,-0.7098,-0.0333,0.1856,-0.9843,2.6595,0.9623,-0.0219,-0.2106,0.4466,-1.9089,-1.5229,-0.0545,0.7979,-1.2831,3.0262,0.0699,-0.2204,1.7536,-1.3251,-1.0243,0.764,-0.0062,-0.5363,-0.2304,-0.2304,-0.1279,0.005,-0.3067,0.0219,-0.0035,-0.1516,0.212,0.2471,-0.1177,0,0,0,-0.2304,0,0,-0.0788,0.1521,-1.5926,1.136,-2.0343,-0.2989,0.3972,0.5023,0.9607,-0.6691,0.1785,-0.36,-0.5869,-0.2463,-0.454,-1.3711,-2.0515,-1.0422,1.294,-0.7421,0.4347,-0.872,-0.6817,0.5564,-0.1741,-0.327,0.016,-0.9714,0.0507,-1.2416,0.6754,0.2316,0.4217,-0.0693,-0.4556,0.6691],"second":[0.1207,3.3883,0.4342,-1.3371,2.2328,-1.9236,1.7403,0.1331,-0.0222,-0.4151],"accept":0.5};
