// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 633 labelled pages (4610 candidates, 2707 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -8.0735
//   format:table                   0.8125
//   format:card                    0.9878
//   format:brand-then-line         0.0992
//   format:heading                 -0.9236
//   format:name-then-price         -0.2285
//   format:caption                 0.4246
//   format:linked-prose            0.1163
//   format:anchor-line             -0.3478
//   format:anchor-list             0.0111
//   format:anchor-prose            -1.1979
//   format:anchor-record           -0.1093
//   format:anchor-carry            -1.1299
//   format:anchor-link             0.2431
//   format:anchor-heading          0.4845
//   evidence                       1.2284
//   evidence>=4                    0.5808
//   price                          1.4661
//   retailer                       0.1523
//   url                            0.1438
//   deep-url                       0.2638
//   brand                          3.4042
//   brand-known                    2.0227
//   brand-ambiguous                -0.0266
//   brand-caps                     0.1735
//   name-words                     -0.494
//   name-long                      -0.1689
//   name-noun                      0.7361
//   name-caps                      -0.2869
//   name-lower-start               -0.7442
//   name-digits                    0.1663
//   name-quote                     0.6243
//   chrome                         -0.8078
//   in-article                     0.2142
//   heading                        -0.2516
//   caption                        0.424
//   list-item                      -0.0879
//   table-cell                     -0.0441
//   depth                          0.0271
//   siblings                       0.734
//   line-length                    0.1498
//   line-negative                  -0.0522
//   page-negative                  -0.6516
//   page-candidates                -0.6009
//   same-price                     -0.3181
//   price-big                      0.2645
//   price-small                    0.0539
//   label-left                     -0.0442
//   lang-other                     -0.9009
//   lang:en                        0.4587
//   lang:de                        0.0347
//   lang:fr                        0.3865
//   lang:it                        -0.4272
//   lang:es                        -0.097
//   lang:nl                        0.3936
//   lang:pl                        0.2001
//   lang:sv                        0.0573
//   lang:ja                        -0.1057
//   name-is-shop                   -0.3689
//   name-is-title                  -0.0453
//   holds-title                    -0.1036
//   record-lines                   1.1462
//   name-one-noun                  0.3679
//   name-sentence                  -0.8329
//   no-price*siblings              -0.776
//   no-price*brand-known           -1.284
//   no-price*url                   0.1546
//   no-price*one-noun              0.7386
//   price-range                    -0.4603
//   candidate-siblings             0.6747
//   page-shop-links                0.0904
//   no-price*shop-links            -0.5511
//   no-price*page-unpriced         2.6674
//   no-price*candidate-siblings    -0.5559
//   format:anchor-credit           -0.2686
//   format:anchor-maker            -0.1052
//   format:anchor-runon            0.1615
//   maker-lead                     -1.3899
//   maker-tail                     -1.242
//   maker-inside                   -0.0678
//   maker-read-known               -1.1523
//   no-price*brand-heading-run     1.14
//   format:anchor-prose-brand      0.0134
//   format:anchor-cjk              1.1732
//   name-hiragana                  -0.8448
//   name-cjk-punct                 -0.3433
//   name-cjk-quoted                0.8422
//   name-cjk-editorial             -0.3867
//   name-cjk-holds-brand           -0.1541
//   format:anchor-group            -0.1874
//   in-record                      -0.1874
//   record-group-size              -0.1486
//   record-group-priced            -0.1647
//   record-group-linked            -0.1328
//   record-seq                     -0.1667
//   record-price                   -0.1667
//   record-shop-link               -0.3519
//   record-buy                     -0.0916
//   record-brand-first             -0.0892
//   record-length                  -0.2036
//   record-used                    -0.0008
//   record-size-label              0
//   record-group-used              -0.0003
//   record-group-distinct          -0.1871
//   page-used                      -0.0003
//   anchor-group*page-used         -0.0003
//   anchor-group*no-shop-link      0.1645
//   anchor-group*name-proper       -0.0278
//   name-used                      -0.7579
//   shared-credit                  0.8656
//   headline-negative              -0.4931
//   format:anchor-own-shop         -0.0289
//   own-shop*slot                  0.3543
//   own-shop*url-repeats           0.1681
//   own-shop*page-slots            0.5568
//   own-shop*page-cart             -0.1433
//   used-goods                     -0.6452
//   page-used-goods                -0.7321

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.1222
//   first-logit                    3.4719
//   same-parent-max                0.5356
//   same-parent-mean               -0.8909
//   same-grandparent-mean          1.9759
//   page-accepted-share            -1.7005
//   format-accepted-share          1.8224
//   no-price*same-parent-mean      -0.4107
//   no-price*format-accepted-share 0.2517
//   no-price*first-logit           0.1579

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

export const DETECT_MODEL: DetectModel = {"weights":[-8.0735,0.8125,0.9878,0.0992,-0.9236,-0.2285,0.4246,0.1163,-0.3478,0.0111,-1.1979,-0.1093,-1.1299,0.2431,0.4845,1.2284,0.5808,1.4661,0.1523,0.1438,0.2638,3.4042,2.0227,-0.0266,0.1735,-0.494,-0.1689,0.7361,-0.2869,-0.7442,0.1663,0.6243,-0.8078,0.2142,-0.2516,0.424,-0.0879,-0.0441,0.0271,0.734,0.1498,-0.0522,-0.6516,-0.6009,-0.3181,0.2645,0.0539,-0.0442,-0.9009,0.4587,0.0347,0.3865,-0.4272,-0.097,0.3936,0.2001,0.0573,-0.1057,-0.3689,-0.0453,-0.1036,1.1462,0.3679,-0.8329,-0.776,-1.284,0.1546,0.7386,-0.4603,0.6747,0.0904,-0.5511,2.6674,-0.5559,-0.2686,-0.1052,0.1615,-1.3899,-1.242,-0.0678,-1.1523,1.14,0.0134,1.1732,-0.8448,-0.3433,0.8422,-0.3867,-0.1541,-0.1874,-0.1874,-0.1486,-0.1647,-0.1328,-0.1667,-0.1667,-0.3519,-0.0916,-0.0892,-0.2036,-0.0008,0,-0.0003,-0.1871,-0.0003,-0.0003,0.1645,-0.0278,-0.7579,0.8656,-0.4931,-0.0289,0.3543,0.1681,0.5568,-0.1433,-0.6452,-0.7321],"second":[-0.1222,3.4719,0.5356,-0.8909,1.9759,-1.7005,1.8224,-0.4107,0.2517,0.1579],"accept":0.5};
