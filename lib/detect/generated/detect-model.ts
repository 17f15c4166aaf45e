// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 816 labelled pages (6143 candidates, 3606 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.3563
//   format:table                   0.844
//   format:card                    0.6978
//   format:brand-then-line         -0.0767
//   format:heading                 -0.9588
//   format:name-then-price         -0.1895
//   format:caption                 0.492
//   format:linked-prose            0.2978
//   format:anchor-line             0.09
//   format:anchor-list             -0.2563
//   format:anchor-prose            -0.9344
//   format:anchor-record           0.1116
//   format:anchor-carry            -1.2109
//   format:anchor-link             0.7219
//   format:anchor-heading          0.081
//   evidence                       1.0482
//   evidence>=4                    0.599
//   price                          1.6161
//   retailer                       -0.0766
//   url                            0.1399
//   deep-url                       0.1351
//   brand                          3.7274
//   brand-known                    1.9697
//   brand-ambiguous                -0.1106
//   brand-caps                     0.3083
//   name-words                     -0.1879
//   name-long                      -0.1886
//   name-noun                      0.7684
//   name-caps                      -0.6302
//   name-lower-start               -1.0922
//   name-digits                    0.2201
//   name-quote                     0.469
//   chrome                         -0.9343
//   in-article                     -0.3849
//   heading                        -0.3274
//   caption                        0.4843
//   list-item                      -0.2268
//   table-cell                     -0.1374
//   depth                          0.2823
//   siblings                       1.175
//   line-length                    0.0915
//   line-negative                  0.0016
//   page-negative                  -0.5714
//   page-candidates                -0.361
//   same-price                     -0.2244
//   price-big                      0.5294
//   price-small                    0.0092
//   label-left                     0.094
//   lang-other                     -1.0896
//   lang:en                        0.5579
//   lang:de                        -0.0725
//   lang:fr                        0.3741
//   lang:it                        -0.4488
//   lang:es                        0.1427
//   lang:nl                        0.5119
//   lang:pl                        0.487
//   lang:sv                        -0.4554
//   lang:ja                        -0.0074
//   name-is-shop                   -0.2682
//   name-is-title                  -0.1294
//   holds-title                    0.0188
//   record-lines                   0.9439
//   name-one-noun                  0.3857
//   name-sentence                  -0.5854
//   no-price*siblings              -1.1418
//   no-price*brand-known           -1.1171
//   no-price*url                   0.1595
//   no-price*one-noun              0.7047
//   price-range                    -0.4195
//   candidate-siblings             0.0541
//   page-shop-links                0.166
//   no-price*shop-links            -0.3448
//   no-price*page-unpriced         3.0051
//   no-price*candidate-siblings    0.3801
//   format:anchor-credit           0.2052
//   format:anchor-maker            0.2183
//   format:anchor-runon            0.385
//   maker-lead                     -1.3881
//   maker-tail                     -1.2641
//   maker-inside                   -0.0778
//   maker-read-known               -1.0809
//   no-price*brand-heading-run     1.3732
//   format:anchor-prose-brand      -0.2488
//   format:anchor-cjk              0.9763
//   name-hiragana                  -1.016
//   name-cjk-punct                 -0.2727
//   name-cjk-quoted                0.8848
//   name-cjk-editorial             -0.4451
//   name-cjk-holds-brand           -0.1991
//   format:anchor-group            -0.1303
//   in-record                      -0.1303
//   record-group-size              -0.1053
//   record-group-priced            0.0303
//   record-group-linked            -0.1943
//   record-seq                     0.0171
//   record-price                   0.0171
//   record-shop-link               -0.1986
//   record-buy                     -0.1056
//   record-brand-first             -0.1196
//   record-length                  -0.1136
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.1303
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0683
//   anchor-group*name-proper       -0.1218
//   name-used                      -0.8221
//   shared-credit                  0.8565
//   headline-negative              -0.5378
//   format:anchor-own-shop         -0.0895
//   own-shop*slot                  0.4408
//   own-shop*url-repeats           0.1899
//   own-shop*page-slots            0.6343
//   own-shop*page-cart             -0.258
//   format:anchor-of-maker         -0.4206
//   cue:first-person               -0.1382
//   cue:recommend                  -0.224
//   cue:report                     -0.0543
//   format:anchor-possessive       -0.1041
//   used-goods                     -0.7095
//   page-used-goods                -0.8315
//   block-run                      -0.5887
//   block-short-offer              0.8792
//   format:anchor-block            -0.6834
//   format:anchor-maker-first      0.1744
//   cue:past-year                  -0.7291
//   cue:parted-or-warned           -0.5466
//   format:anchor-maker-noun       -0.1713

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0703
//   first-logit                    3.5438
//   same-parent-max                0.5703
//   same-parent-mean               -1.0741
//   same-grandparent-mean          1.6806
//   page-accepted-share            -2.1191
//   format-accepted-share          2.0296
//   no-price*same-parent-mean      0.1717
//   no-price*format-accepted-share 0.2194
//   no-price*first-logit           -0.0382

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.3563,0.844,0.6978,-0.0767,-0.9588,-0.1895,0.492,0.2978,0.09,-0.2563,-0.9344,0.1116,-1.2109,0.7219,0.081,1.0482,0.599,1.6161,-0.0766,0.1399,0.1351,3.7274,1.9697,-0.1106,0.3083,-0.1879,-0.1886,0.7684,-0.6302,-1.0922,0.2201,0.469,-0.9343,-0.3849,-0.3274,0.4843,-0.2268,-0.1374,0.2823,1.175,0.0915,0.0016,-0.5714,-0.361,-0.2244,0.5294,0.0092,0.094,-1.0896,0.5579,-0.0725,0.3741,-0.4488,0.1427,0.5119,0.487,-0.4554,-0.0074,-0.2682,-0.1294,0.0188,0.9439,0.3857,-0.5854,-1.1418,-1.1171,0.1595,0.7047,-0.4195,0.0541,0.166,-0.3448,3.0051,0.3801,0.2052,0.2183,0.385,-1.3881,-1.2641,-0.0778,-1.0809,1.3732,-0.2488,0.9763,-1.016,-0.2727,0.8848,-0.4451,-0.1991,-0.1303,-0.1303,-0.1053,0.0303,-0.1943,0.0171,0.0171,-0.1986,-0.1056,-0.1196,-0.1136,0,0,0,-0.1303,0,0,0.0683,-0.1218,-0.8221,0.8565,-0.5378,-0.0895,0.4408,0.1899,0.6343,-0.258,-0.4206,-0.1382,-0.224,-0.0543,-0.1041,-0.7095,-0.8315,-0.5887,0.8792,-0.6834,0.1744,-0.7291,-0.5466,-0.1713],"second":[0.0703,3.5438,0.5703,-1.0741,1.6806,-2.1191,2.0296,0.1717,0.2194,-0.0382],"accept":0.5};
