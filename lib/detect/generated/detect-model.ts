// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 520 labelled pages (4019 candidates, 2374 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.9388
//   format:table                   0.8985
//   format:card                    0.8793
//   format:brand-then-line         0.0996
//   format:heading                 -0.7457
//   format:name-then-price         -0.1393
//   format:caption                 0.2575
//   format:linked-prose            0.2686
//   format:anchor-line             -0.588
//   format:anchor-list             -0.5812
//   format:anchor-prose            -1.2397
//   format:anchor-record           0.0943
//   format:anchor-carry            -0.4764
//   format:anchor-link             0.4625
//   format:anchor-heading          0.8933
//   evidence                       1.4034
//   evidence>=4                    0.7124
//   price                          0.928
//   retailer                       0.1245
//   url                            0.2118
//   deep-url                       0.2909
//   brand                          3.1422
//   brand-known                    1.8998
//   brand-ambiguous                0.0736
//   brand-caps                     -0.1198
//   name-words                     -0.415
//   name-long                      -0.8582
//   name-noun                      0.9818
//   name-caps                      -0.2274
//   name-lower-start               -0.8461
//   name-digits                    0.0217
//   name-quote                     0.4954
//   chrome                         -0.8108
//   in-article                     0.2861
//   heading                        -0.0024
//   caption                        0.4834
//   list-item                      -0.1545
//   table-cell                     -0.0024
//   depth                          0.0437
//   siblings                       0.8799
//   line-length                    -0.0476
//   line-negative                  -0.2763
//   page-negative                  -0.6139
//   page-candidates                -0.6732
//   same-price                     -0.4945
//   price-big                      0.331
//   price-small                    0.3346
//   label-left                     -0.1654
//   lang-other                     -0.5891
//   lang:en                        0.5332
//   lang:de                        0.0163
//   lang:fr                        0.1233
//   lang:it                        -0.3405
//   lang:es                        -0.3051
//   lang:nl                        0.0012
//   lang:pl                        0.2679
//   lang:sv                        0.1707
//   lang:ja                        0.1221
//   name-is-shop                   -0.7342
//   name-is-title                  -0.044
//   holds-title                    -0.0717
//   record-lines                   0.9835
//   name-one-noun                  0.0939
//   name-sentence                  -0.8135
//   no-price*siblings              -0.7269
//   no-price*brand-known           -0.9491
//   no-price*url                   -0.0309
//   no-price*one-noun              0.7818
//   price-range                    -0.2749
//   candidate-siblings             0.8536
//   page-shop-links                0.0762
//   no-price*shop-links            -0.7116
//   no-price*page-unpriced         2.7469
//   no-price*candidate-siblings    -0.7943
//   format:anchor-credit           -0.3732
//   format:anchor-maker            0.2382
//   format:anchor-runon            0.0517
//   maker-lead                     -1.2704
//   maker-tail                     -1.4927
//   maker-inside                   -0.0601
//   maker-read-known               -1.0186
//   no-price*brand-heading-run     1.0419

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.0965
//   first-logit                    3.4833
//   same-parent-max                0.6056
//   same-parent-mean               -1.1108
//   same-grandparent-mean          1.7428
//   page-accepted-share            -1.6945
//   format-accepted-share          1.9384
//   no-price*same-parent-mean      -0.2695
//   no-price*format-accepted-share 0.3372
//   no-price*first-logit           -0.1197

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.9388,0.8985,0.8793,0.0996,-0.7457,-0.1393,0.2575,0.2686,-0.588,-0.5812,-1.2397,0.0943,-0.4764,0.4625,0.8933,1.4034,0.7124,0.928,0.1245,0.2118,0.2909,3.1422,1.8998,0.0736,-0.1198,-0.415,-0.8582,0.9818,-0.2274,-0.8461,0.0217,0.4954,-0.8108,0.2861,-0.0024,0.4834,-0.1545,-0.0024,0.0437,0.8799,-0.0476,-0.2763,-0.6139,-0.6732,-0.4945,0.331,0.3346,-0.1654,-0.5891,0.5332,0.0163,0.1233,-0.3405,-0.3051,0.0012,0.2679,0.1707,0.1221,-0.7342,-0.044,-0.0717,0.9835,0.0939,-0.8135,-0.7269,-0.9491,-0.0309,0.7818,-0.2749,0.8536,0.0762,-0.7116,2.7469,-0.7943,-0.3732,0.2382,0.0517,-1.2704,-1.4927,-0.0601,-1.0186,1.0419],"second":[-0.0965,3.4833,0.6056,-1.1108,1.7428,-1.6945,1.9384,-0.2695,0.3372,-0.1197],"accept":0.5};
