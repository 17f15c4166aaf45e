// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 520 labelled pages (4038 candidates, 2372 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.0521
//   format:table                   0.9164
//   format:card                    0.9264
//   format:brand-then-line         0.1061
//   format:heading                 -0.7297
//   format:name-then-price         -0.1252
//   format:caption                 0.2916
//   format:linked-prose            0.2717
//   format:anchor-line             -0.547
//   format:anchor-list             -0.573
//   format:anchor-prose            -1.2137
//   format:anchor-record           0.1221
//   format:anchor-carry            -0.452
//   format:anchor-link             0.4781
//   format:anchor-heading          0.8876
//   evidence                       1.3719
//   evidence>=4                    0.7316
//   price                          0.9363
//   retailer                       0.1135
//   url                            0.2088
//   deep-url                       0.2947
//   brand                          3.1441
//   brand-known                    1.9114
//   brand-ambiguous                0.094
//   brand-caps                     -0.1214
//   name-words                     -0.3557
//   name-long                      -0.8553
//   name-noun                      0.9684
//   name-caps                      -0.2271
//   name-lower-start               -0.836
//   name-digits                    0.0101
//   name-quote                     0.5548
//   chrome                         -0.8434
//   in-article                     0.3118
//   heading                        0.069
//   caption                        0.4911
//   list-item                      -0.1168
//   table-cell                     -0.0025
//   depth                          0.0755
//   siblings                       0.8766
//   line-length                    -0.0378
//   line-negative                  -0.1426
//   page-negative                  -0.5262
//   page-candidates                -0.7002
//   same-price                     -0.4756
//   price-big                      0.3198
//   price-small                    0.3372
//   label-left                     -0.178
//   lang-other                     -0.5544
//   lang:en                        0.5118
//   lang:de                        0.0307
//   lang:fr                        0.0631
//   lang:it                        -0.3429
//   lang:es                        -0.3217
//   lang:nl                        0.0412
//   lang:pl                        0.2878
//   lang:sv                        0.167
//   lang:ja                        0.1174
//   name-is-shop                   -0.7141
//   name-is-title                  -0.0378
//   holds-title                    -0.076
//   record-lines                   0.9428
//   name-one-noun                  0.1062
//   name-sentence                  -0.8415
//   no-price*siblings              -0.7371
//   no-price*brand-known           -0.9169
//   no-price*url                   -0.0641
//   no-price*one-noun              0.7277
//   price-range                    -0.2633
//   candidate-siblings             0.8693
//   page-shop-links                0.0845
//   no-price*shop-links            -0.6961
//   no-price*page-unpriced         2.8468
//   no-price*candidate-siblings    -0.7182
//   format:anchor-credit           -0.3976
//   format:anchor-maker            0.2685
//   format:anchor-runon            0.0087
//   maker-lead                     -1.2741
//   maker-tail                     -1.5061
//   maker-inside                   -0.0633
//   maker-read-known               -1.0212
//   format:anchor-group            -0.2392
//   in-record                      -0.2392
//   record-group-size              -0.1583
//   record-group-priced            -0.2437
//   record-group-linked            -0.0909
//   record-seq                     -0.2474
//   record-price                   -0.2419
//   record-shop-link               -0.3289
//   record-buy                     -0.0652
//   record-brand-first             -0.1575
//   record-length                  -0.2497
//   record-used                    -0.0004
//   record-size-label              0
//   record-group-used              -0.0001
//   record-group-distinct          -0.239
//   page-used                      -0.0001
//   anchor-group*page-used         -0.0001
//   anchor-group*no-shop-link      0.0897
//   anchor-group*name-proper       -0.2417
//   name-used                      -0.9587

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.1248
//   first-logit                    3.5035
//   same-parent-max                0.6403
//   same-parent-mean               -1.127
//   same-grandparent-mean          1.7837
//   page-accepted-share            -1.7055
//   format-accepted-share          1.9302
//   no-price*same-parent-mean      -0.1577
//   no-price*format-accepted-share 0.2506
//   no-price*first-logit           -0.2157

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.0521,0.9164,0.9264,0.1061,-0.7297,-0.1252,0.2916,0.2717,-0.547,-0.573,-1.2137,0.1221,-0.452,0.4781,0.8876,1.3719,0.7316,0.9363,0.1135,0.2088,0.2947,3.1441,1.9114,0.094,-0.1214,-0.3557,-0.8553,0.9684,-0.2271,-0.836,0.0101,0.5548,-0.8434,0.3118,0.069,0.4911,-0.1168,-0.0025,0.0755,0.8766,-0.0378,-0.1426,-0.5262,-0.7002,-0.4756,0.3198,0.3372,-0.178,-0.5544,0.5118,0.0307,0.0631,-0.3429,-0.3217,0.0412,0.2878,0.167,0.1174,-0.7141,-0.0378,-0.076,0.9428,0.1062,-0.8415,-0.7371,-0.9169,-0.0641,0.7277,-0.2633,0.8693,0.0845,-0.6961,2.8468,-0.7182,-0.3976,0.2685,0.0087,-1.2741,-1.5061,-0.0633,-1.0212,-0.2392,-0.2392,-0.1583,-0.2437,-0.0909,-0.2474,-0.2419,-0.3289,-0.0652,-0.1575,-0.2497,-0.0004,0,-0.0001,-0.239,-0.0001,-0.0001,0.0897,-0.2417,-0.9587],"second":[-0.1248,3.5035,0.6403,-1.127,1.7837,-1.7055,1.9302,-0.1577,0.2506,-0.2157],"accept":0.5};
