// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 633 labelled pages (4482 candidates, 2640 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.7086
//   format:table                   0.8153
//   format:card                    1.0009
//   format:brand-then-line         0.0983
//   format:heading                 -0.8362
//   format:name-then-price         -0.2061
//   format:caption                 0.4676
//   format:linked-prose            0.2011
//   format:anchor-line             -0.3686
//   format:anchor-list             -0.0731
//   format:anchor-prose            -1.1844
//   format:anchor-record           -0.0601
//   format:anchor-carry            -1.0566
//   format:anchor-link             0.1394
//   format:anchor-heading          0.5322
//   evidence                       1.3604
//   evidence>=4                    0.5227
//   price                          1.3204
//   retailer                       0.1618
//   url                            0.106
//   deep-url                       0.234
//   brand                          3.4258
//   brand-known                    1.8948
//   brand-ambiguous                -0.0375
//   brand-caps                     0.1186
//   name-words                     -0.6606
//   name-long                      -0.6006
//   name-noun                      0.7189
//   name-caps                      -0.1566
//   name-lower-start               -0.6658
//   name-digits                    0.143
//   name-quote                     0.6771
//   chrome                         -0.7877
//   in-article                     0.1533
//   heading                        -0.1968
//   caption                        0.4412
//   list-item                      -0.1989
//   table-cell                     -0.0071
//   depth                          0.0334
//   siblings                       0.8337
//   line-length                    -0.1215
//   line-negative                  -0.1574
//   page-negative                  -0.7071
//   page-candidates                -0.5326
//   same-price                     -0.3634
//   price-big                      0.2378
//   price-small                    0.0851
//   label-left                     0.0117
//   lang-other                     -0.9455
//   lang:en                        0.45
//   lang:de                        0.0298
//   lang:fr                        0.3893
//   lang:it                        -0.4559
//   lang:es                        -0.2465
//   lang:nl                        0.4046
//   lang:pl                        0.267
//   lang:sv                        0.0278
//   lang:ja                        0.0795
//   name-is-shop                   -0.3594
//   name-is-title                  -0.2651
//   holds-title                    -0.0868
//   record-lines                   1.0476
//   name-one-noun                  0.3252
//   name-sentence                  -0.8256
//   no-price*siblings              -0.5546
//   no-price*brand-known           -1.1766
//   no-price*url                   0.3782
//   no-price*one-noun              0.7075
//   price-range                    -0.5518
//   candidate-siblings             0.6756
//   page-shop-links                0.1668
//   no-price*shop-links            -0.7745
//   no-price*page-unpriced         2.5174
//   no-price*candidate-siblings    -0.7195
//   format:anchor-credit           -0.2899
//   format:anchor-maker            -0.1985
//   format:anchor-runon            0.1698
//   maker-lead                     -1.4549
//   maker-tail                     -1.2364
//   maker-inside                   -0.0757
//   maker-read-known               -1.1778
//   no-price*brand-heading-run     1.2196
//   format:anchor-prose-brand      0.0111
//   format:anchor-cjk              1.0289
//   name-hiragana                  -0.8965
//   name-cjk-punct                 -0.3516
//   name-cjk-quoted                0.8704
//   name-cjk-editorial             -0.3912
//   name-cjk-holds-brand           -0.1647
//   format:anchor-group            -0.1912
//   in-record                      -0.1912
//   record-group-size              -0.1508
//   record-group-priced            -0.1806
//   record-group-linked            -0.1307
//   record-seq                     -0.1917
//   record-price                   -0.1819
//   record-shop-link               -0.3604
//   record-buy                     -0.1041
//   record-brand-first             -0.1084
//   record-length                  -0.2169
//   record-used                    -0.0008
//   record-size-label              0
//   record-group-used              -0.0003
//   record-group-distinct          -0.191
//   page-used                      -0.0003
//   anchor-group*page-used         -0.0003
//   anchor-group*no-shop-link      0.1691
//   anchor-group*name-proper       -0.045
//   name-used                      -0.8301
//   shared-credit                  0.9026

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.1692
//   first-logit                    3.4652
//   same-parent-max                0.6324
//   same-parent-mean               -0.8538
//   same-grandparent-mean          2.1955
//   page-accepted-share            -1.8962
//   format-accepted-share          1.6917
//   no-price*same-parent-mean      -0.4389
//   no-price*format-accepted-share 0.2822
//   no-price*first-logit           0.1349

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.7086,0.8153,1.0009,0.0983,-0.8362,-0.2061,0.4676,0.2011,-0.3686,-0.0731,-1.1844,-0.0601,-1.0566,0.1394,0.5322,1.3604,0.5227,1.3204,0.1618,0.106,0.234,3.4258,1.8948,-0.0375,0.1186,-0.6606,-0.6006,0.7189,-0.1566,-0.6658,0.143,0.6771,-0.7877,0.1533,-0.1968,0.4412,-0.1989,-0.0071,0.0334,0.8337,-0.1215,-0.1574,-0.7071,-0.5326,-0.3634,0.2378,0.0851,0.0117,-0.9455,0.45,0.0298,0.3893,-0.4559,-0.2465,0.4046,0.267,0.0278,0.0795,-0.3594,-0.2651,-0.0868,1.0476,0.3252,-0.8256,-0.5546,-1.1766,0.3782,0.7075,-0.5518,0.6756,0.1668,-0.7745,2.5174,-0.7195,-0.2899,-0.1985,0.1698,-1.4549,-1.2364,-0.0757,-1.1778,1.2196,0.0111,1.0289,-0.8965,-0.3516,0.8704,-0.3912,-0.1647,-0.1912,-0.1912,-0.1508,-0.1806,-0.1307,-0.1917,-0.1819,-0.3604,-0.1041,-0.1084,-0.2169,-0.0008,0,-0.0003,-0.191,-0.0003,-0.0003,0.1691,-0.045,-0.8301,0.9026],"second":[-0.1692,3.4652,0.6324,-0.8538,2.1955,-1.8962,1.6917,-0.4389,0.2822,0.1349],"accept":0.5};
