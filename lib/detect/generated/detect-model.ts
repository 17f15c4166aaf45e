// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 996 labelled pages (7392 candidates, 4182 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.4497
//   format:table                   1.4396
//   format:card                    0.9642
//   format:brand-then-line         -0.3932
//   format:heading                 -1.1893
//   format:name-then-price         -0.5438
//   format:caption                 0.6161
//   format:linked-prose            0.2909
//   format:anchor-line             -0.0413
//   format:anchor-list             -0.4372
//   format:anchor-prose            -1.015
//   format:anchor-record           -0.2239
//   format:anchor-carry            -1.8962
//   format:anchor-link             0.7562
//   format:anchor-heading          0.0986
//   evidence                       1.2411
//   evidence>=4                    0.5285
//   price                          2.0459
//   retailer                       -0.2166
//   url                            0.0721
//   deep-url                       0.2228
//   brand                          5.0543
//   brand-known                    1.738
//   brand-ambiguous                -0.2616
//   brand-caps                     0.3103
//   name-words                     -0.2516
//   name-long                      0.1172
//   name-noun                      0.8763
//   name-caps                      -0.5755
//   name-lower-start               -1.0557
//   name-digits                    -0.0762
//   name-quote                     1.0788
//   chrome                         -1.4919
//   in-article                     -0.711
//   heading                        -0.5095
//   caption                        0.6345
//   list-item                      0.3699
//   table-cell                     -1.7966
//   depth                          -0.185
//   siblings                       1.5283
//   line-length                    0.0391
//   line-negative                  0.3429
//   page-negative                  -0.4129
//   page-candidates                -0.2819
//   same-price                     -0.32
//   price-big                      0.7785
//   price-small                    -0.0864
//   label-left                     0.0653
//   lang-other                     -0.7275
//   lang:en                        0.5127
//   lang:de                        -0.0903
//   lang:fr                        0.2979
//   lang:it                        -0.1825
//   lang:es                        0.3552
//   lang:nl                        0.4618
//   lang:pl                        0.7867
//   lang:sv                        -1.0881
//   lang:ja                        -0.3259
//   name-is-shop                   -0.2627
//   name-is-title                  -0.4465
//   holds-title                    -0.1333
//   record-lines                   1.5462
//   name-one-noun                  0.1667
//   name-sentence                  -0.6618
//   no-price*siblings              -1.2094
//   no-price*brand-known           -0.6796
//   no-price*url                   0.1728
//   no-price*one-noun              0.5845
//   price-range                    -0.8871
//   candidate-siblings             -0.1103
//   page-shop-links                0.0974
//   no-price*shop-links            -0.537
//   no-price*page-unpriced         2.94
//   no-price*candidate-siblings    0.633
//   format:anchor-credit           0.3441
//   format:anchor-maker            -0.2626
//   format:anchor-runon            0.4555
//   maker-lead                     -1.858
//   maker-tail                     -1.6949
//   maker-inside                   -0.0635
//   maker-host                     0.8338
//   maker-read-known               -1.4058
//   no-price*brand-heading-run     2.2046
//   format:anchor-prose-brand      -0.1082
//   format:anchor-cjk              1.6677
//   name-hiragana                  -1.241
//   name-cjk-punct                 -0.8186
//   name-cjk-quoted                0.5486
//   name-cjk-editorial             -0.2033
//   name-cjk-holds-brand           -0.3314
//   format:anchor-group            -0.232
//   in-record                      -0.232
//   record-group-size              -0.1863
//   record-group-priced            -0.0004
//   record-group-linked            -0.3179
//   record-seq                     -0.0078
//   record-price                   -0.0078
//   record-shop-link               -0.3711
//   record-buy                     -0.1884
//   record-brand-first             -0.209
//   record-length                  -0.2542
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.232
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.139
//   anchor-group*name-proper       0.0676
//   name-used                      -1.6094
//   shared-credit                  1.5438
//   headline-negative              -1.7255
//   format:anchor-own-shop         -0.0417
//   own-shop*slot                  0.4014
//   own-shop*url-repeats           0.4765
//   own-shop*page-slots            0.6817
//   own-shop*page-cart             -0.6956
//   format:anchor-of-maker         0.5192
//   cue:first-person               -0.7558
//   cue:recommend                  -0.7035
//   cue:report                     -0.4623
//   format:anchor-possessive       -0.2403
//   used-goods                     -1.4222
//   page-used-goods                -2.5063
//   block-run                      -0.9942
//   block-short-offer              1.2601
//   format:anchor-block            -0.8768
//   format:anchor-maker-first      0.0806
//   cue:past-year                  -1.2371
//   cue:parted-or-warned           -0.8937
//   format:anchor-maker-noun       0.6237
//   page-recall-lines              -0.8701
//   page-recall-headline           -0.8685
//   page-unreleased-lines          -0.0565

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1388
//   first-logit                    3.4173
//   same-parent-max                0.6106
//   same-parent-mean               -1.5882
//   same-grandparent-mean          2.4041
//   page-accepted-share            -2.1675
//   format-accepted-share          1.8094
//   no-price*same-parent-mean      0.1455
//   no-price*format-accepted-share -0.0063
//   no-price*first-logit           -0.4679

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.4497,1.4396,0.9642,-0.3932,-1.1893,-0.5438,0.6161,0.2909,-0.0413,-0.4372,-1.015,-0.2239,-1.8962,0.7562,0.0986,1.2411,0.5285,2.0459,-0.2166,0.0721,0.2228,5.0543,1.738,-0.2616,0.3103,-0.2516,0.1172,0.8763,-0.5755,-1.0557,-0.0762,1.0788,-1.4919,-0.711,-0.5095,0.6345,0.3699,-1.7966,-0.185,1.5283,0.0391,0.3429,-0.4129,-0.2819,-0.32,0.7785,-0.0864,0.0653,-0.7275,0.5127,-0.0903,0.2979,-0.1825,0.3552,0.4618,0.7867,-1.0881,-0.3259,-0.2627,-0.4465,-0.1333,1.5462,0.1667,-0.6618,-1.2094,-0.6796,0.1728,0.5845,-0.8871,-0.1103,0.0974,-0.537,2.94,0.633,0.3441,-0.2626,0.4555,-1.858,-1.6949,-0.0635,0.8338,-1.4058,2.2046,-0.1082,1.6677,-1.241,-0.8186,0.5486,-0.2033,-0.3314,-0.232,-0.232,-0.1863,-0.0004,-0.3179,-0.0078,-0.0078,-0.3711,-0.1884,-0.209,-0.2542,0,0,0,-0.232,0,0,0.139,0.0676,-1.6094,1.5438,-1.7255,-0.0417,0.4014,0.4765,0.6817,-0.6956,0.5192,-0.7558,-0.7035,-0.4623,-0.2403,-1.4222,-2.5063,-0.9942,1.2601,-0.8768,0.0806,-1.2371,-0.8937,0.6237,-0.8701,-0.8685,-0.0565],"second":[0.1388,3.4173,0.6106,-1.5882,2.4041,-2.1675,1.8094,0.1455,-0.0063,-0.4679],"accept":0.5};
