// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 1140 labelled pages (8015 candidates, 4551 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -9.772
//   format:table                   1.4162
//   format:card                    1.0408
//   format:brand-then-line         -0.2937
//   format:heading                 -1.1322
//   format:name-then-price         -0.4899
//   format:caption                 0.3949
//   format:linked-prose            0.369
//   format:anchor-line             0.0598
//   format:anchor-list             -0.4107
//   format:anchor-prose            -0.9073
//   format:anchor-record           -0.2615
//   format:anchor-carry            -1.9415
//   format:anchor-link             0.7717
//   format:anchor-heading          0.1161
//   format:anchor-heading-prose    -0.5303
//   evidence                       1.3182
//   evidence>=4                    0.4704
//   price                          1.4776
//   retailer                       -0.3028
//   url                            0.1725
//   deep-url                       0.1875
//   brand                          5.1139
//   brand-known                    1.7572
//   brand-ambiguous                -0.251
//   brand-caps                     0.3951
//   name-words                     -0.3136
//   name-long                      -0.0919
//   name-noun                      1.0033
//   name-caps                      -1.0765
//   name-lower-start               -1.0742
//   name-digits                    0.0301
//   name-quote                     1.1236
//   chrome                         -1.5198
//   in-article                     -0.2837
//   heading                        -0.4403
//   caption                        0.9469
//   list-item                      0.3122
//   table-cell                     -1.6506
//   depth                          -0.1831
//   siblings                       1.4628
//   line-length                    0.0896
//   line-negative                  0.1648
//   page-negative                  -0.2988
//   page-candidates                -0.1886
//   same-price                     -0.3713
//   price-big                      0.8707
//   price-small                    -0.0829
//   label-left                     -0.0289
//   lang-other                     -0.7598
//   lang:en                        0.4617
//   lang:de                        -0.074
//   lang:fr                        0.3514
//   lang:it                        -0.0997
//   lang:es                        0.3447
//   lang:nl                        0.4791
//   lang:pl                        0.6622
//   lang:sv                        -1.0205
//   lang:ja                        -0.345
//   name-is-shop                   -0.2383
//   name-is-title                  -0.382
//   holds-title                    0.2443
//   record-lines                   1.7767
//   name-one-noun                  0.1104
//   name-sentence                  -0.6566
//   no-price*siblings              -1.3949
//   no-price*brand-known           -1.0045
//   no-price*url                   0.1809
//   no-price*one-noun              0.68
//   price-range                    -0.8451
//   candidate-siblings             0.0169
//   page-shop-links                0.176
//   no-price*shop-links            -0.8328
//   no-price*page-unpriced         2.7151
//   no-price*candidate-siblings    0.8345
//   format:anchor-credit           -0.1183
//   format:anchor-maker            -0.3093
//   format:anchor-runon            0.6254
//   maker-lead                     -1.8952
//   maker-tail                     -1.6514
//   maker-inside                   -0.0424
//   maker-host                     0.8403
//   maker-read-known               -1.6781
//   no-price*brand-heading-run     2.9284
//   format:anchor-prose-brand      0.0587
//   format:anchor-cjk              1.9896
//   name-hiragana                  -1.3551
//   name-cjk-punct                 -1.0163
//   name-cjk-quoted                0.6806
//   name-cjk-editorial             -0.0576
//   name-cjk-holds-brand           -0.5759
//   format:anchor-group            -0.2374
//   in-record                      -0.2374
//   record-group-size              -0.1239
//   record-group-priced            -0.0045
//   record-group-linked            -0.3009
//   record-seq                     0.0053
//   record-price                   -0.0178
//   record-shop-link               -0.1357
//   record-buy                     0.2157
//   record-brand-first             0.2482
//   record-length                  -0.1233
//   record-used                    0
//   record-size-label              0
//   record-group-used              0
//   record-group-distinct          -0.2374
//   page-used                      0
//   anchor-group*page-used         0
//   anchor-group*no-shop-link      -0.1017
//   anchor-group*name-proper       0.1331
//   name-used                      -1.5285
//   shared-credit                  1.1755
//   headline-negative              -2.0293
//   format:anchor-own-shop         -0.0905
//   own-shop*slot                  0.414
//   own-shop*url-repeats           0.4964
//   own-shop*page-slots            0.8824
//   own-shop*page-cart             -0.7462
//   format:anchor-of-maker         0.3058
//   cue:first-person               -0.6043
//   cue:recommend                  -0.4848
//   cue:report                     -0.3077
//   format:anchor-possessive       -0.364
//   used-goods                     -1.2882
//   page-used-goods                -2.4781
//   block-run                      -0.9818
//   block-short-offer              1.2155
//   format:anchor-block            -0.7813
//   format:anchor-maker-first      0.5055
//   cue:past-year                  -0.9998
//   cue:parted-or-warned           -0.6872
//   format:anchor-maker-noun       0.7892
//   page-recall-lines              -0.1674
//   page-recall-headline           -0.3103
//   page-unreleased-lines          0.0126
//   page-unreleased-headline       -0.9569
//   maker-section                  0.6113
//   maker-section-h1               -0.5987
//   maker-section-named            0.536
//   maker-section-distance         0.4977

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           0.0947
//   first-logit                    3.472
//   same-parent-max                0.6348
//   same-parent-mean               -1.7249
//   same-grandparent-mean          2.2306
//   page-accepted-share            -1.8571
//   format-accepted-share          1.8282
//   no-price*same-parent-mean      0.1293
//   no-price*format-accepted-share -0.0253
//   no-price*first-logit           -0.4684

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

export const DETECT_MODEL: DetectModel = {"weights":[-9.772,1.4162,1.0408,-0.2937,-1.1322,-0.4899,0.3949,0.369,0.0598,-0.4107,-0.9073,-0.2615,-1.9415,0.7717,0.1161,-0.5303,1.3182,0.4704,1.4776,-0.3028,0.1725,0.1875,5.1139,1.7572,-0.251,0.3951,-0.3136,-0.0919,1.0033,-1.0765,-1.0742,0.0301,1.1236,-1.5198,-0.2837,-0.4403,0.9469,0.3122,-1.6506,-0.1831,1.4628,0.0896,0.1648,-0.2988,-0.1886,-0.3713,0.8707,-0.0829,-0.0289,-0.7598,0.4617,-0.074,0.3514,-0.0997,0.3447,0.4791,0.6622,-1.0205,-0.345,-0.2383,-0.382,0.2443,1.7767,0.1104,-0.6566,-1.3949,-1.0045,0.1809,0.68,-0.8451,0.0169,0.176,-0.8328,2.7151,0.8345,-0.1183,-0.3093,0.6254,-1.8952,-1.6514,-0.0424,0.8403,-1.6781,2.9284,0.0587,1.9896,-1.3551,-1.0163,0.6806,-0.0576,-0.5759,-0.2374,-0.2374,-0.1239,-0.0045,-0.3009,0.0053,-0.0178,-0.1357,0.2157,0.2482,-0.1233,0,0,0,-0.2374,0,0,-0.1017,0.1331,-1.5285,1.1755,-2.0293,-0.0905,0.414,0.4964,0.8824,-0.7462,0.3058,-0.6043,-0.4848,-0.3077,-0.364,-1.2882,-2.4781,-0.9818,1.2155,-0.7813,0.5055,-0.9998,-0.6872,0.7892,-0.1674,-0.3103,0.0126,-0.9569,0.6113,-0.5987,0.536,0.4977],"second":[0.0947,3.472,0.6348,-1.7249,2.2306,-1.8571,1.8282,0.1293,-0.0253,-0.4684],"accept":0.5};
