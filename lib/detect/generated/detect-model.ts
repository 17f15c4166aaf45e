// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 996 labelled pages (7429 candidates, 4214 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.2413
//   format:table                   1.4349
//   format:card                    0.9729
//   format:brand-then-line         -0.3877
//   format:heading                 -1.2157
//   format:name-then-price         -0.5332
//   format:caption                 0.6081
//   format:linked-prose            0.2938
//   format:anchor-line             -0.0345
//   format:anchor-list             -0.5391
//   format:anchor-prose            -1.0133
//   format:anchor-record           -0.2193
//   format:anchor-carry            -1.9204
//   format:anchor-link             0.7261
//   format:anchor-heading          0.0802
//   evidence                       1.2325
//   evidence>=4                    0.545
//   price                          1.8291
//   retailer                       -0.2271
//   url                            0.0798
//   deep-url                       0.225
//   brand                          5.0448
//   brand-known                    1.7414
//   brand-ambiguous                -0.2543
//   brand-caps                     0.3827
//   name-words                     -0.256
//   name-long                      0.1135
//   name-noun                      0.8907
//   name-caps                      -0.6299
//   name-lower-start               -1.0709
//   name-digits                    -0.072
//   name-quote                     1.0919
//   chrome                         -1.5096
//   in-article                     -0.6969
//   heading                        -0.4818
//   caption                        0.6694
//   list-item                      0.3682
//   table-cell                     -1.7956
//   depth                          -0.2218
//   siblings                       1.5413
//   line-length                    0.0654
//   line-negative                  0.3178
//   page-negative                  -0.3958
//   page-candidates                -0.353
//   same-price                     -0.3162
//   price-big                      0.8203
//   price-small                    -0.0906
//   label-left                     0.0608
//   lang-other                     -0.7189
//   lang:en                        0.5372
//   lang:de                        -0.0855
//   lang:fr                        0.3196
//   lang:it                        -0.1569
//   lang:es                        0.3771
//   lang:nl                        0.5346
//   lang:pl                        0.7955
//   lang:sv                        -1.0863
//   lang:ja                        -0.5164
//   name-is-shop                   -0.2626
//   name-is-title                  -0.4147
//   holds-title                    -0.064
//   record-lines                   1.5399
//   name-one-noun                  0.1826
//   name-sentence                  -0.6548
//   no-price*siblings              -1.2331
//   no-price*brand-known           -0.7713
//   no-price*url                   0.1562
//   no-price*one-noun              0.5434
//   price-range                    -0.9545
//   candidate-siblings             -0.098
//   page-shop-links                0.0922
//   no-price*shop-links            -0.5363
//   no-price*page-unpriced         2.8858
//   no-price*candidate-siblings    0.6177
//   format:anchor-credit           0.273
//   format:anchor-maker            -0.2628
//   format:anchor-runon            0.3865
//   maker-lead                     -1.855
//   maker-tail                     -1.6984
//   maker-inside                   -0.0558
//   maker-host                     0.8328
//   maker-read-known               -1.3876
//   no-price*brand-heading-run     2.2231
//   format:anchor-prose-brand      -0.1349
//   format:anchor-cjk              2.2678
//   name-hiragana                  -1.0365
//   name-cjk-punct                 -0.7964
//   name-cjk-quoted                0.4443
//   name-cjk-editorial             -0.1953
//   name-cjk-holds-brand           -0.3057
//   format:anchor-group            -0.2446
//   in-record                      -0.2446
//   record-group-size              -0.2013
//   record-group-priced            0.0219
//   record-group-linked            -0.3479
//   record-seq                     0.014
//   record-price                   0.014
//   record-shop-link               -0.3659
//   record-buy                     -0.1847
//   record-brand-first             -0.2139
//   record-length                  -0.2535
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2446
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.1213
//   anchor-group*name-proper       0.0519
//   name-used                      -1.6124
//   shared-credit                  1.5223
//   headline-negative              -1.8976
//   format:anchor-own-shop         -0.0898
//   own-shop*slot                  0.4103
//   own-shop*url-repeats           0.4543
//   own-shop*page-slots            0.7612
//   own-shop*page-cart             -0.7319
//   format:anchor-of-maker         0.4596
//   cue:first-person               -0.7651
//   cue:recommend                  -0.7262
//   cue:report                     -0.4708
//   format:anchor-possessive       -0.2865
//   used-goods                     -1.4246
//   page-used-goods                -2.5139
//   block-run                      -0.9843
//   block-short-offer              1.2887
//   format:anchor-block            -0.9018
//   format:anchor-maker-first      0.0132
//   cue:past-year                  -1.0159
//   cue:parted-or-warned           -0.8798
//   format:anchor-maker-noun       0.6498
//   page-recall-lines              -0.2902
//   page-recall-headline           -0.3744
//   page-unreleased-lines          0.2097
//   page-unreleased-headline       -0.9585

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.1724
//   first-logit                    3.4289
//   same-parent-max                0.5845
//   same-parent-mean               -1.5412
//   same-grandparent-mean          2.4197
//   page-accepted-share            -2.2324
//   format-accepted-share          1.7919
//   no-price*same-parent-mean      0.1377
//   no-price*format-accepted-share -0.0033
//   no-price*first-logit           -0.4439

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.2413,1.4349,0.9729,-0.3877,-1.2157,-0.5332,0.6081,0.2938,-0.0345,-0.5391,-1.0133,-0.2193,-1.9204,0.7261,0.0802,1.2325,0.545,1.8291,-0.2271,0.0798,0.225,5.0448,1.7414,-0.2543,0.3827,-0.256,0.1135,0.8907,-0.6299,-1.0709,-0.072,1.0919,-1.5096,-0.6969,-0.4818,0.6694,0.3682,-1.7956,-0.2218,1.5413,0.0654,0.3178,-0.3958,-0.353,-0.3162,0.8203,-0.0906,0.0608,-0.7189,0.5372,-0.0855,0.3196,-0.1569,0.3771,0.5346,0.7955,-1.0863,-0.5164,-0.2626,-0.4147,-0.064,1.5399,0.1826,-0.6548,-1.2331,-0.7713,0.1562,0.5434,-0.9545,-0.098,0.0922,-0.5363,2.8858,0.6177,0.273,-0.2628,0.3865,-1.855,-1.6984,-0.0558,0.8328,-1.3876,2.2231,-0.1349,2.2678,-1.0365,-0.7964,0.4443,-0.1953,-0.3057,-0.2446,-0.2446,-0.2013,0.0219,-0.3479,0.014,0.014,-0.3659,-0.1847,-0.2139,-0.2535,0,0,0,-0.2446,0,0,0.1213,0.0519,-1.6124,1.5223,-1.8976,-0.0898,0.4103,0.4543,0.7612,-0.7319,0.4596,-0.7651,-0.7262,-0.4708,-0.2865,-1.4246,-2.5139,-0.9843,1.2887,-0.9018,0.0132,-1.0159,-0.8798,0.6498,-0.2902,-0.3744,0.2097,-0.9585],"second":[0.1724,3.4289,0.5845,-1.5412,2.4197,-2.2324,1.7919,0.1377,-0.0033,-0.4439],"accept":0.5};
