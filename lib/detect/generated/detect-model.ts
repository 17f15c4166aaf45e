// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)
// from 597 labelled pages (4267 candidates, 2569 positive).

// First-pass weights by feature (lib/detect/feature-names.ts):
//   bias                           -7.5455
//   format:table                   0.8117
//   format:card                    0.9505
//   format:brand-then-line         0.1013
//   format:heading                 -0.802
//   format:name-then-price         -0.1889
//   format:caption                 0.3605
//   format:linked-prose            0.2008
//   format:anchor-line             -0.3741
//   format:anchor-list             -0.0377
//   format:anchor-prose            -1.0426
//   format:anchor-record           -0.0461
//   format:anchor-carry            -1.1456
//   format:anchor-link             0.2703
//   format:anchor-heading          0.6313
//   evidence                       1.2693
//   evidence>=4                    0.638
//   price                          1.2032
//   retailer                       0.1732
//   url                            0.0971
//   deep-url                       0.1959
//   brand                          3.3048
//   brand-known                    1.9335
//   brand-ambiguous                -0.0157
//   brand-caps                     -0.0703
//   name-words                     -0.3893
//   name-long                      -0.2285
//   name-noun                      0.7022
//   name-caps                      -0.128
//   name-lower-start               -0.7822
//   name-digits                    0.0941
//   name-quote                     0.5689
//   chrome                         -0.8223
//   in-article                     0.1638
//   heading                        -0.1788
//   caption                        0.4307
//   list-item                      -0.1963
//   table-cell                     -0.0056
//   depth                          0.0964
//   siblings                       0.9221
//   line-length                    -0.1962
//   line-negative                  -0.3572
//   page-negative                  -0.6567
//   page-candidates                -0.6219
//   same-price                     -0.3214
//   price-big                      0.3269
//   price-small                    0.0901
//   label-left                     -0.0631
//   lang-other                     -0.997
//   lang:en                        0.3274
//   lang:de                        -0.0039
//   lang:fr                        0.4755
//   lang:it                        -0.3794
//   lang:es                        -0.277
//   lang:nl                        0.4342
//   lang:pl                        0.2147
//   lang:sv                        0.0202
//   lang:ja                        0.1854
//   name-is-shop                   -0.3259
//   name-is-title                  -0.1815
//   holds-title                    -0.0887
//   record-lines                   0.9959
//   name-one-noun                  0.2346
//   name-sentence                  -0.6906
//   no-price*siblings              -0.6102
//   no-price*brand-known           -1.1929
//   no-price*url                   0.3786
//   no-price*one-noun              0.8335
//   price-range                    -0.4255
//   candidate-siblings             0.7367
//   page-shop-links                0.1169
//   no-price*shop-links            -0.7544
//   no-price*page-unpriced         2.6112
//   no-price*candidate-siblings    -0.8184
//   format:anchor-credit           -0.2922
//   format:anchor-maker            -0.0977
//   format:anchor-runon            0.195
//   maker-lead                     -1.3481
//   maker-tail                     -1.2588
//   maker-inside                   -0.0558
//   maker-read-known               -1.1067
//   no-price*brand-heading-run     1.1071
//   format:anchor-prose-brand      0.0454
//   format:anchor-cjk              0.6785
//   name-hiragana                  -0.9395
//   name-cjk-punct                 -0.3851
//   name-cjk-quoted                0.9672
//   name-cjk-editorial             -0.3806
//   name-cjk-holds-brand           -0.1634
//   format:anchor-group            -0.2182
//   in-record                      -0.2182
//   record-group-size              -0.1793
//   record-group-priced            -0.2065
//   record-group-linked            -0.1054
//   record-seq                     -0.2315
//   record-price                   -0.2228
//   record-shop-link               -0.3403
//   record-buy                     -0.0942
//   record-brand-first             -0.0617
//   record-length                  -0.2376
//   record-used                    -0.0008
//   record-size-label              0
//   record-group-used              -0.0003
//   record-group-distinct          -0.2179
//   page-used                      -0.0003
//   anchor-group*page-used         -0.0003
//   anchor-group*no-shop-link      0.1221
//   anchor-group*name-proper       -0.127
//   name-used                      -0.9352
//   headline-negative              -0.5503

// Second-pass weights (lib/detect/second-pass.ts):
//   bias                           -0.1138
//   first-logit                    3.4567
//   same-parent-max                0.6126
//   same-parent-mean               -1.0119
//   same-grandparent-mean          2.1334
//   page-accepted-share            -1.8168
//   format-accepted-share          1.669
//   no-price*same-parent-mean      -0.3363
//   no-price*format-accepted-share 0.2697
//   no-price*first-logit           0.1878

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

export const DETECT_MODEL: DetectModel = {"weights":[-7.5455,0.8117,0.9505,0.1013,-0.802,-0.1889,0.3605,0.2008,-0.3741,-0.0377,-1.0426,-0.0461,-1.1456,0.2703,0.6313,1.2693,0.638,1.2032,0.1732,0.0971,0.1959,3.3048,1.9335,-0.0157,-0.0703,-0.3893,-0.2285,0.7022,-0.128,-0.7822,0.0941,0.5689,-0.8223,0.1638,-0.1788,0.4307,-0.1963,-0.0056,0.0964,0.9221,-0.1962,-0.3572,-0.6567,-0.6219,-0.3214,0.3269,0.0901,-0.0631,-0.997,0.3274,-0.0039,0.4755,-0.3794,-0.277,0.4342,0.2147,0.0202,0.1854,-0.3259,-0.1815,-0.0887,0.9959,0.2346,-0.6906,-0.6102,-1.1929,0.3786,0.8335,-0.4255,0.7367,0.1169,-0.7544,2.6112,-0.8184,-0.2922,-0.0977,0.195,-1.3481,-1.2588,-0.0558,-1.1067,1.1071,0.0454,0.6785,-0.9395,-0.3851,0.9672,-0.3806,-0.1634,-0.2182,-0.2182,-0.1793,-0.2065,-0.1054,-0.2315,-0.2228,-0.3403,-0.0942,-0.0617,-0.2376,-0.0008,0,-0.0003,-0.2179,-0.0003,-0.0003,0.1221,-0.127,-0.9352,-0.5503],"second":[-0.1138,3.4567,0.6126,-1.0119,2.1334,-1.8168,1.669,-0.3363,0.2697,0.1878],"accept":0.5};
