// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 744 labelled pages (5812 candidates, 3385 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.6724
//   format:table                   0.8788
//   format:card                    0.7557
//   format:brand-then-line         -0.0463
//   format:heading                 -0.8985
//   format:name-then-price         -0.1797
//   format:caption                 0.4672
//   format:linked-prose            0.2756
//   format:anchor-line             0.0289
//   format:anchor-list             0.0099
//   format:anchor-prose            -1.0894
//   format:anchor-record           0.2258
//   format:anchor-carry            -1.3788
//   format:anchor-link             0.5495
//   format:anchor-heading          0.2232
//   evidence                       1.0008
//   evidence>=4                    0.6678
//   price                          1.4101
//   retailer                       -0.0697
//   url                            0.1318
//   deep-url                       0.2048
//   brand                          3.6607
//   brand-known                    1.9827
//   brand-ambiguous                -0.0778
//   brand-caps                     0.1519
//   name-words                     -0.1335
//   name-long                      -0.2084
//   name-noun                      0.6818
//   name-caps                      -0.6026
//   name-lower-start               -1.0884
//   name-digits                    0.2351
//   name-quote                     0.582
//   chrome                         -0.9051
//   in-article                     -0.1372
//   heading                        -0.3829
//   caption                        0.4295
//   list-item                      -0.1423
//   table-cell                     -0.0438
//   depth                          0.459
//   siblings                       1.1989
//   line-length                    0.5397
//   line-negative                  -0.0344
//   page-negative                  -0.5661
//   page-candidates                -0.5775
//   same-price                     -0.1933
//   price-big                      0.5512
//   price-small                    0.0184
//   label-left                     0.1582
//   lang-other                     -1.1107
//   lang:en                        0.4444
//   lang:de                        0.0485
//   lang:fr                        0.3688
//   lang:it                        -0.5428
//   lang:es                        0.142
//   lang:nl                        0.5558
//   lang:pl                        0.5211
//   lang:sv                        -0.4887
//   lang:ja                        0.0614
//   name-is-shop                   -0.1761
//   name-is-title                  0.0089
//   holds-title                    0.0493
//   record-lines                   1.019
//   name-one-noun                  0.4547
//   name-sentence                  -0.5103
//   no-price*siblings              -1.1876
//   no-price*brand-known           -1.0661
//   no-price*url                   0.1541
//   no-price*one-noun              0.7682
//   price-range                    -0.4509
//   candidate-siblings             0.0545
//   page-shop-links                0.2398
//   no-price*shop-links            -0.628
//   no-price*page-unpriced         2.6971
//   no-price*candidate-siblings    -0.0586
//   format:anchor-credit           -0.1018
//   format:anchor-maker            0.1443
//   format:anchor-runon            0.3132
//   maker-lead                     -1.3939
//   maker-tail                     -1.4286
//   maker-inside                   -0.0905
//   maker-read-known               -1.0263
//   no-price*brand-heading-run     1.4116
//   format:anchor-prose-brand      -0.2602
//   format:anchor-cjk              1.1859
//   name-hiragana                  -0.8855
//   name-cjk-punct                 -0.3166
//   name-cjk-quoted                0.8508
//   name-cjk-editorial             -0.4676
//   name-cjk-holds-brand           -0.2152
//   format:anchor-group            -0.0878
//   in-record                      -0.0878
//   record-group-size              -0.0743
//   record-group-priced            0.0298
//   record-group-linked            -0.1562
//   record-seq                     0.0173
//   record-price                   0.0173
//   record-shop-link               -0.1805
//   record-buy                     -0.1102
//   record-brand-first             -0.1199
//   record-length                  -0.0847
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.0878
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0927
//   anchor-group*name-proper       -0.0884
//   name-used                      -0.8931
//   shared-credit                  0.9266
//   headline-negative              -0.429
//   format:anchor-own-shop         -0.0809
//   own-shop*slot                  0.4462
//   own-shop*url-repeats           0.1973
//   own-shop*page-slots            0.6548
//   own-shop*page-cart             -0.2439
//   format:anchor-of-maker         -0.4912
//   cue:first-person               -0.0185
//   cue:recommend                  -0.2033
//   cue:report                     -0.0534
//   format:anchor-possessive       -0.062
//   used-goods                     -0.7582
//   page-used-goods                -0.9016
//   block-run                      -0.5347
//   block-short-offer              0.8504
//   format:anchor-block            -0.5974
//   format:anchor-maker-first      0.2161
//   cue:past-year                  -0.6452
//   cue:parted-or-warned           -0.5474

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0106
//   first-logit                    3.5485
//   same-parent-max                0.7466
//   same-parent-mean               -1.4134
//   same-grandparent-mean          1.6108
//   page-accepted-share            -1.9555
//   format-accepted-share          2.1269
//   no-price*same-parent-mean      0.2914
//   no-price*format-accepted-share 0.1093
//   no-price*first-logit           -0.1138

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.6724,0.8788,0.7557,-0.0463,-0.8985,-0.1797,0.4672,0.2756,0.0289,0.0099,-1.0894,0.2258,-1.3788,0.5495,0.2232,1.0008,0.6678,1.4101,-0.0697,0.1318,0.2048,3.6607,1.9827,-0.0778,0.1519,-0.1335,-0.2084,0.6818,-0.6026,-1.0884,0.2351,0.582,-0.9051,-0.1372,-0.3829,0.4295,-0.1423,-0.0438,0.459,1.1989,0.5397,-0.0344,-0.5661,-0.5775,-0.1933,0.5512,0.0184,0.1582,-1.1107,0.4444,0.0485,0.3688,-0.5428,0.142,0.5558,0.5211,-0.4887,0.0614,-0.1761,0.0089,0.0493,1.019,0.4547,-0.5103,-1.1876,-1.0661,0.1541,0.7682,-0.4509,0.0545,0.2398,-0.628,2.6971,-0.0586,-0.1018,0.1443,0.3132,-1.3939,-1.4286,-0.0905,-1.0263,1.4116,-0.2602,1.1859,-0.8855,-0.3166,0.8508,-0.4676,-0.2152,-0.0878,-0.0878,-0.0743,0.0298,-0.1562,0.0173,0.0173,-0.1805,-0.1102,-0.1199,-0.0847,0,0,0,-0.0878,0,0,0.0927,-0.0884,-0.8931,0.9266,-0.429,-0.0809,0.4462,0.1973,0.6548,-0.2439,-0.4912,-0.0185,-0.2033,-0.0534,-0.062,-0.7582,-0.9016,-0.5347,0.8504,-0.5974,0.2161,-0.6452,-0.5474],"second":[-0.0106,3.5485,0.7466,-1.4134,1.6108,-1.9555,2.1269,0.2914,0.1093,-0.1138],"accept":0.5};
