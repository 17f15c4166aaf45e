// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 708 labelled pages (5602 candidates, 3228 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.5051
//   format:table                   0.9453
//   format:card                    0.6014
//   format:brand-then-line         0.1405
//   format:heading                 -0.8951
//   format:name-then-price         -0.1893
//   format:caption                 0.4763
//   format:linked-prose            0.2717
//   format:anchor-line             -0.0348
//   format:anchor-list             0.1163
//   format:anchor-prose            -1.1284
//   format:anchor-record           0.2913
//   format:anchor-carry            -1.3178
//   format:anchor-link             0.4927
//   format:anchor-heading          0.1655
//   evidence                       0.9586
//   evidence>=4                    0.6783
//   price                          1.3941
//   retailer                       0.0237
//   url                            0.0618
//   deep-url                       0.1469
//   brand                          3.5628
//   brand-known                    2.073
//   brand-ambiguous                -0.0338
//   brand-caps                     0.0723
//   name-words                     -0.244
//   name-long                      -0.3502
//   name-noun                      0.7666
//   name-caps                      -0.4694
//   name-lower-start               -1.0541
//   name-digits                    0.1806
//   name-quote                     0.608
//   chrome                         -0.828
//   in-article                     0.0199
//   heading                        -0.452
//   caption                        0.372
//   list-item                      -0.3087
//   table-cell                     -0.0471
//   depth                          0.39
//   siblings                       1.0995
//   line-length                    0.6145
//   line-negative                  -0.0267
//   page-negative                  -0.6368
//   page-candidates                -0.6298
//   same-price                     -0.1753
//   price-big                      0.4553
//   price-small                    0.04
//   label-left                     0.2273
//   lang-other                     -1.2796
//   lang:en                        0.4728
//   lang:de                        0.0555
//   lang:fr                        0.295
//   lang:it                        -0.4638
//   lang:es                        0.1016
//   lang:nl                        0.6735
//   lang:pl                        0.6002
//   lang:sv                        -0.4447
//   lang:ja                        -0.0103
//   name-is-shop                   -0.3339
//   name-is-title                  -0.0123
//   holds-title                    0.0358
//   record-lines                   0.8523
//   name-one-noun                  0.4082
//   name-sentence                  -0.7239
//   no-price*siblings              -1.065
//   no-price*brand-known           -1.3342
//   no-price*url                   0.3166
//   no-price*one-noun              0.792
//   price-range                    -0.451
//   candidate-siblings             -0.0934
//   page-shop-links                0.3472
//   no-price*shop-links            -0.6419
//   no-price*page-unpriced         2.613
//   no-price*candidate-siblings    0.1249
//   format:anchor-credit           -0.0078
//   format:anchor-maker            0.2374
//   format:anchor-runon            0.2732
//   maker-lead                     -1.3875
//   maker-tail                     -1.2527
//   maker-inside                   -0.0701
//   maker-read-known               -0.9857
//   no-price*brand-heading-run     1.5284
//   format:anchor-prose-brand      -0.2588
//   format:anchor-cjk              1.2397
//   name-hiragana                  -0.8359
//   name-cjk-punct                 -0.3117
//   name-cjk-quoted                0.8619
//   name-cjk-editorial             -0.4632
//   name-cjk-holds-brand           -0.1896
//   format:anchor-group            -0.0893
//   in-record                      -0.0893
//   record-group-size              -0.0634
//   record-group-priced            0.0359
//   record-group-linked            -0.1555
//   record-seq                     0.023
//   record-price                   0.023
//   record-shop-link               -0.1754
//   record-buy                     -0.0978
//   record-brand-first             -0.1093
//   record-length                  -0.0791
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.0893
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      0.0861
//   anchor-group*name-proper       -0.0961
//   name-used                      -0.7862
//   shared-credit                  0.8647
//   headline-negative              -0.4011
//   format:anchor-own-shop         -0.0322
//   own-shop*slot                  0.4021
//   own-shop*url-repeats           0.1738
//   own-shop*page-slots            0.6454
//   own-shop*page-cart             -0.1462
//   format:anchor-of-maker         -0.5506
//   cue:first-person               0.0097
//   cue:recommend                  -0.159
//   cue:report                     -0.0433
//   format:anchor-possessive       -0.0895
//   used-goods                     -0.6685
//   page-used-goods                -0.8043
//   block-run                      -0.5276
//   block-short-offer              0.9367
//   format:anchor-block            -0.6577
//   cue:past-year                  -0.6046
//   cue:parted-or-warned           -0.5459

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0837
//   first-logit                    3.4761
//   same-parent-max                0.6409
//   same-parent-mean               -1.4531
//   same-grandparent-mean          1.9182
//   page-accepted-share            -2.0653
//   format-accepted-share          1.8217
//   no-price*same-parent-mean      0.0494
//   no-price*format-accepted-share 0.5375
//   no-price*first-logit           -0.0577

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.5051,0.9453,0.6014,0.1405,-0.8951,-0.1893,0.4763,0.2717,-0.0348,0.1163,-1.1284,0.2913,-1.3178,0.4927,0.1655,0.9586,0.6783,1.3941,0.0237,0.0618,0.1469,3.5628,2.073,-0.0338,0.0723,-0.244,-0.3502,0.7666,-0.4694,-1.0541,0.1806,0.608,-0.828,0.0199,-0.452,0.372,-0.3087,-0.0471,0.39,1.0995,0.6145,-0.0267,-0.6368,-0.6298,-0.1753,0.4553,0.04,0.2273,-1.2796,0.4728,0.0555,0.295,-0.4638,0.1016,0.6735,0.6002,-0.4447,-0.0103,-0.3339,-0.0123,0.0358,0.8523,0.4082,-0.7239,-1.065,-1.3342,0.3166,0.792,-0.451,-0.0934,0.3472,-0.6419,2.613,0.1249,-0.0078,0.2374,0.2732,-1.3875,-1.2527,-0.0701,-0.9857,1.5284,-0.2588,1.2397,-0.8359,-0.3117,0.8619,-0.4632,-0.1896,-0.0893,-0.0893,-0.0634,0.0359,-0.1555,0.023,0.023,-0.1754,-0.0978,-0.1093,-0.0791,0,0,0,-0.0893,0,0,0.0861,-0.0961,-0.7862,0.8647,-0.4011,-0.0322,0.4021,0.1738,0.6454,-0.1462,-0.5506,0.0097,-0.159,-0.0433,-0.0895,-0.6685,-0.8043,-0.5276,0.9367,-0.6577,-0.6046,-0.5459],"second":[0.0837,3.4761,0.6409,-1.4531,1.9182,-2.0653,1.8217,0.0494,0.5375,-0.0577],"accept":0.5};
